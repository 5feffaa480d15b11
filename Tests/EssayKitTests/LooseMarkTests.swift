import EssayKit
import Testing

/// Note marks plain text prints apart from their words: set apart after a word's comma or full
/// stop (`the visa, 3 which`), glued after a pinpoint's full stop (`Id. at 153.2 The`), after a
/// question mark (`land”?6`), or lost (the note's number at a line's start). The pages are parted
/// by `<<PAGE_BREAK>>` as a text corpus parts them; texts, names and journals are invented.
@Suite("Note marks set apart from their words")
struct LooseMarkTests {
    static let slug = "4 ROEDOE 101-140 (DO NOT DELETE) 12/4/2031 7:18 PM"
    static let footer = "Electronic copy available at: https://papers.example.org/abstract=1234567"

    static func essay(_ pages: [String]) throws -> Essay {
        try Fixture.essay(pages.joined(separator: "\n\n<<PAGE_BREAK>>\n\n") + "\n", path: "orchard.txt")
    }

    /// Notes `N Text` at the pages' feet; marks 2 and 3 set apart, real numbers around them.
    static let numberedPages = [
        """
        \(slug)
        ORCHARD WATER RIGHTS
        Jane Roe*
        The court heard the case in March and held that the growers kept
        their water share.1 The State appealed at once, and the panel took the
        case. 2 In 2019, 14 growers sued again, and page 10 of the record lists
        claims 1, 2, 3 of the suit under § 10 of the code; the visa, 3
        which the court set aside, cost $4 million. No. 4 of the docket was
        * Professor of Law, Northern University.
        1 Doe v. Roe, 1 F.4th 2, 7 (9th Cir. 2030).
        2 Ann Vale, Water Shares, 12 N. L.J. 4 (2020).
        3 See id. at 8.
        101
        \(footer)
        """,
        """
        \(slug)
        102 NORTHERN LAW JOURNAL [Vol. 9:101
        4 The old cases agree, and the new ones do too.5 The rule has worked
        for decades, for who doubts that “the share runs with the land”?6
        4 Id. at 10.
        5 Vale, supra note 2, at 11.
        6 Roe v. Doe, 5 F.3d 6, 9 (2d Cir. 1999).
        102
        \(footer)
        """,
        """
        \(slug)
        2031] Orchard Water Rights 103
        The critics are wrong.7 The rule stands.
        7 Id. at 12.
        103
        \(footer)
        """,
    ]

    @Test("a mark set apart after a word's comma or full stop opens its note; numbers in the text stay numbers")
    func setApartMarks() throws {
        let essay = try Self.essay(Self.numberedPages)
        #expect(essay.footnotes.filter { $0.number > 0 }.map(\.label) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(essay.footnote("2")?.content.text == "Ann Vale, Water Shares, 12 N. L.J. 4 (2020).")
        #expect(essay.footnote("3")?.content.text == "See id. at 8.")
        #expect(essay.footnote("4")?.content.text == "Id. at 10.")
        #expect(essay.footnote("6")?.content.text == "Roe v. Doe, 5 F.3d 6, 9 (2d Cir. 1999).")
        // Note 4's mark was lost (its number opens the page's text): the notes after it still are read.
        #expect(Fixture.marks(essay) == ["1<-share.", "2<-case.", "3<-visa,", "5<-too.", "6<-land”?", "7<-wrong."])
    }

    @Test("a mark set apart after a defined term's parenthesis, or before a sentence opening And or A, opens its note; a count stays a number")
    func setApartAfterParenthesisOrBeforeAnd() throws {
        let essay = try Self.essay([
            """
            \(Self.slug)
            ORCHARD WATER RIGHTS
            Jane Roe*
            The growers wrote to the Water Board (“Board”). 1 The Board kept
            the share for the growers who were legal insiders. 2 And by March,
            the court held that 3 of the 9 claims failed.3 Then it closed. 4 A
            second hearing followed.
            * Professor of Law, Northern University.
            1 Letter from Growers to Board (Mar. 2, 2030).
            2 Ann Vale, Water Shares, 12 N. L.J. 4 (2020).
            3 See id. at 8.
            4 Id. at 9.
            101
            \(Self.footer)
            """,
        ])
        #expect(essay.footnotes.filter { $0.number > 0 }.map { $0.label } == ["1", "2", "3", "4"])
        #expect(essay.footnote("2")?.content.text == "Ann Vale, Water Shares, 12 N. L.J. 4 (2020).")
        #expect(Fixture.marks(essay).map { $0.prefix(2) } == ["1<", "2<", "3<", "4<"])
        #expect(Fixture.marks(essay).contains("3<-failed."))
    }

    @Test("a mark set apart before a closing parenthesis, or with a justified line's two spaces after it, opens its note; a page in parentheses stays a number")
    func setApartBeforeParenthesisOrTwoSpaces() throws {
        let essay = try Self.essay([
            """
            \(Self.slug)
            ORCHARD WATER RIGHTS
            Jane Roe*
            The growers wrote to the Board.1 They sought the sovereign (or
            semisovereign 2 ) control of the river (see page 3 ) by owners of
            the orchards. The court held for them.  3  In March the State
            appealed. 4  The panel agreed (and the whole
            bench 5) in May, as the record shows (page 6).
            * Professor of Law, Northern University.
            1 Letter from Growers to Board (Mar. 2, 2030).
            2 Ann Vale, The Semisovereign Orchard, 12 N. L.J. 4 (2020).
            3 See id. at 8.
            4 Id. at 9.
            5 Id. at 10.
            101
            \(Self.footer)
            """,
        ])
        #expect(essay.footnotes.filter { $0.number > 0 }.map { $0.label } == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("2")?.content.text == "Ann Vale, The Semisovereign Orchard, 12 N. L.J. 4 (2020).")
        #expect(essay.footnote("5")?.content.text == "Id. at 10.")
        #expect(Fixture.marks(essay) == ["1<-Board.", "2<-semisovereign", "3<-them.", "4<-appealed.", "5<-bench"])
    }

    /// Notes `N. text` at the pages' feet; mark 2 glued after a pinpoint's full stop, decimals
    /// whose digits are the next note's number around it.
    static let dottedPages = [
        """
        \(slug)
        ORCHARD WATER RIGHTS
        Jane Roe*
        The court heard the case in March.1 It relied on the old rule, as the
        share “runs with the land.” Id. at 153.2 The State appealed under
        § 241.3 of the code, and at 12.3 percent of the cost the growers paid.3
        * Professor of Law, Northern University.
        1. Doe v. Roe, 1 F.4th 2, 7 (9th Cir. 2030).
        2. Id.
        3. Ann Vale, Water Shares, 12 N. L.J. 4 (2020).
        101
        \(footer)
        """,
        """
        \(slug)
        102 NORTHERN LAW JOURNAL [Vol. 9:101
        The panel agreed with Vale, supra note 3, at 22.4
        Its reading held, at 0.5 of the cost.5 The rule stands.
        4. Id. at 23.
        5. Id. at 24.
        102
        \(footer)
        """,
        """
        \(slug)
        2031] Orchard Water Rights 103
        The critics are wrong.6 The rule stands.
        6. Id. at 25.
        103
        \(footer)
        """,
    ]

    @Test("a mark glued after a pinpoint's full stop is the pinpoint and the mark; a decimal stays a number")
    func marksAfterPinpoints() throws {
        let essay = try Self.essay(Self.dottedPages)
        #expect(essay.footnotes.filter { $0.number > 0 }.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(Fixture.marks(essay) == ["1<-March.", "2<-153.", "3<-paid.", "4<-22.", "5<-cost.", "6<-wrong."])
    }
}
