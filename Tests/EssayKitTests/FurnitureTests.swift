import EssayKit
import Testing

@Suite("Page furniture: footers, galley slugs and running heads in any case")
struct FurnitureTests {
    static func text(_ essay: Essay) -> String {
        (essay.sections.flatMap(\.blocks).map(\.content.text) + essay.footnotes.map(\.content.text)).joined(separator: "\n")
    }

    @Test("pdftotext prints a law review's head in parts, each a paragraph: the year or volume mark alone (`2013]`, `[Vol. 12:1`) goes too")
    func headMarksAloneGo() throws {
        var text = "# T\n\nThe court turned to the\n"
        for page in 2...7 {
            text += page % 2 == 0 ? "\u{0C}\(page)\n\nHARBOR LAW JOURNAL\n\n[Vol. 12:1\n\n" : "\u{0C}2013]\n\nAGENCY DISCRETION\n\n\(page)\n\n"
            text += "words of page \(page) and\n"
        }
        let essay = try Fixture.essay(text + "the end.\n")
        #expect(essay.sections.count == 1)
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text)
            == ["The court turned to the words of page 2 and words of page 3 and words of page 4 and words of page 5 and words of page 6 and words of page 7 and the end."])
    }

    @Test func repositoryFootersGo() throws {
        let essay = try Fixture.essay("""
            # T

            Body one.<sup>1</sup> It goes

            ---

            1. First note.

            Electronic copy available at: <https://ssrn.com/abstract=3456789>

            on here.<sup>2</sup>

            ---

            2. Second note.
            Electronic copy available at: https://ssrn.com/abstract=3456789

            This preprint research paper has not been peer reviewed. Electronic copy available at: https://ssrn.com/abstract=1
            """)
        #expect(essay.footnotes.map(\.content.text) == ["First note.", "Second note."])
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["Body one. It goes on here."])
    }

    @Test func galleySlugsGo() throws {
        let essay = try Fixture.essay("""
            # T

            KAYE_FINAL (DO NOT DELETE) 4/20/2019 10:21 AM

            Body one.<sup>1</sup> It goes

            ---

            1. First note.

            \\\\jciprod01\\productn\\B\\BIN\\37-2\\BIN205.txt unknown Seq: 3 20-APR-19 10:21

            on here.

            Smith_Final 5/3/19 2:14 PM
            """)
        #expect(Self.text(essay) == "Body one. It goes on here.\nFirst note.")
    }

    @Test("a galley's file name in capitals (`ROE ARTICLE.DOC`) and a date stamp with the month's name go; an address ending `.doc` stays")
    func fileNameAndMonthStampsGo() throws {
        let essay = try Fixture.essay("""
            # T

            VALE_FINAL.DOCX

            MARCH 3, 2031 10:15 AM

            Body one.<sup>1</sup> It goes

            ---

            1. See the memo at www.example.org/memo.doc

            Sept. 9, 2030 4:02 PM

            on here.
            """)
        #expect(Self.text(essay) == "Body one. It goes on here.\nSee the memo at www.example.org/memo.doc")
    }

    @Test("running heads in mixed case, marked by a year bracket, a volume or by coming back")
    func mixedCaseRunningHeads() throws {
        let essay = try Fixture.essay("""
            # Legitimacy and Internet Governance

            Body one.<sup>1</sup> It goes

            ---

            1. First note.

            2019] Legitimacy and Internet Governance 137

            on here.<sup>2</sup> And further

            ---

            2. Second note.

            138 *Berkeley Journal of International Law* [Vol. 37:289

            on, to page three.<sup>3</sup>

            ---

            3. Third note.

            Legitimacy and Internet Governance 139

            The next paragraph.<sup>4</sup>

            ---

            4. Fourth note.

            Legitimacy and Internet Governance 141

            The last paragraph, with Part 2 of it.
            """)
        #expect(Self.text(essay) == """
            Body one. It goes on here. And further on, to page three.
            The next paragraph.
            The last paragraph, with Part 2 of it.
            First note.
            Second note.
            Third note.
            Fourth note.
            """)
    }

    @Test("a short line with a number that comes once, or reads as a sentence, stays")
    func lookAlikesStay() throws {
        let essay = try Fixture.essay("""
            # T

            Section 230 of the Act

            The figure was 12

            Id. at 12

            Id. at 14
            """)
        #expect(essay.sections.flatMap(\.blocks).count + essay.sections.count >= 3)
        #expect(Self.text(essay).contains("The figure was 12"))
        #expect(Self.text(essay).contains("Id. at 12"))
        #expect(Self.text(essay).contains("Id. at 14"))
    }

    /// A working paper's text edition: pages parted by `<<PAGE_BREAK>>`, each opening with a
    /// running head `page/pages`, or with heads that alternate on odd and even pages.
    static func workingPaper(heads: (Int) -> String) -> String {
        var text = "THE LEDGER OF GRANTS\nJane Q. Roe*\nGrant boards keep ledgers that no one reads, and this paper reads them.\n"
        let pages = [
            "INTRODUCTION\nGrant boards keep ledgers that no one reads, and this paper reads them all in turn.1\n1 A first note.\n",
            "the boards decide most grants before they meet, and say so in their minutes.2\n2 A second note.\n",
            "I. THE LEDGERS\nThe ledgers are kept in a form that every board shares with the others.3\n3 A third note.\n",
            "and the form has not changed since the first board met in the old town hall.4\n4 A fourth note.\n",
            "II. THE MEETINGS\nThe meetings are short, and the minutes say little about what was decided.5\n5 A fifth note.\n",
        ]
        for (index, page) in pages.enumerated() {
            text += "\n<<PAGE_BREAK>>\n\n" + heads(index + 2) + "\n" + page
        }
        return text
    }

    @Test("a running head numbered as a page of so many (`ROE, THE LEDGER 3/6`) is furniture, not a heading, nor part of the one under it")
    func pageOfPagesHeads() throws {
        let essay = try Fixture.essay(Self.workingPaper { "ROE, THE LEDGER OF GRANTS \($0)/6" }, path: "paper.md")
        #expect(essay.sections.map(\.title) == [nil, "INTRODUCTION", "THE LEDGERS", "THE MEETINGS"])
        #expect(!Self.text(essay).contains("LEDGER OF GRANTS"))
    }

    @Test("heads that alternate on odd and even pages, the authors' names and the short title, with no number")
    func alternatingHeads() throws {
        let essay = try Fixture.essay(Self.workingPaper { $0 % 2 == 0 ? "ROE & DOE" : "THE LEDGER OF GRANTS" }, path: "paper.md")
        #expect(essay.sections.map(\.title) == [nil, "INTRODUCTION", "THE LEDGERS", "THE MEETINGS"])
        #expect(!Self.text(essay).contains("ROE & DOE"))
    }

    @Test("a page number after a short prefix and a hyphen (`HRB-3`), alone on page after page, is furniture; once, it stays")
    func prefixedPageNumbers() throws {
        var text = "# A Report on Grant Boards\n\nBackground\n\nGrant boards keep ledgers that no one reads, though the law asks them to.\n"
        for page in 2...5 { text += "\nHRB-\(page)\n\u{0C}The ledgers of page \(page) are kept in a form every board shares.\n" }
        let essay = try Fixture.essay(text)
        #expect(!essay.sections.contains { ($0.title ?? "").hasPrefix("HRB") })
        #expect(!Self.text(essay).contains("HRB-"))
        let once = try Fixture.essay("# T\n\nBackground\n\nThe visa is named\n\nHRB-3\n\nin the rules, and no other.\n")
        #expect(Self.text(once).contains("HRB-3") || once.sections.contains { $0.title == "HRB-3" })
    }

    @Test("a heading whose words are the running head's (`I. THE LEDGERS` under heads `THE LEDGERS`) stays a heading")
    func headingLikeTheHeadStays() throws {
        let essay = try Fixture.essay(Self.workingPaper { $0 % 2 == 0 ? "ROE & DOE" : "THE LEDGERS" }, path: "paper.md")
        #expect(essay.sections.map(\.title) == [nil, "INTRODUCTION", "THE LEDGERS", "THE MEETINGS"])
    }
}
