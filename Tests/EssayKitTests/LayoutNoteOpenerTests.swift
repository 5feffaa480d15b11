@testable import EssayKit
import Testing

/// A typeset journal's pages by `pdftotext -layout`: each page-foot note opens after an indent of
/// five to seven spaces with its number and an EN SPACE (U+2002), a few with an ordinary space,
/// wrapped lines flush left; the body holds a numbered list indented as the notes are. Names,
/// journals and texts are invented.
@Suite("Page-foot notes from pdftotext -layout: indented, a wide space after the number")
struct LayoutNoteOpenerTests {
    static let en = "\u{2002}"

    static func essay(_ pages: [String]) throws -> Essay {
        try Fixture.essay(pages.joined(separator: "\u{0C}"), path: "heat.txt")
    }

    static let pages = [
        """
        Annales Exemplaris No 9999
        LEX CCCXII                 City 2023

                                 ANNA KOWALSKA
                       Local Heat Networks and Their Regulation

             The reform of local heat networks began with a statute of 2015.1 The statute set out
        four aims:
             1. to open the networks to new suppliers;
             2. to cap the prices paid by households;
             3. to set up a regional register;
             4. to fund the replacement of old pipes.
        The first stage of the reform ended in 2017.2 The courts then read the statute narrowly.3
             The second stage brought the regional agreements.4

              1\(en)Act on Local Heat Networks of 3 May 2015 (consolidated text: Official Gazette of 2019,
        item 88, as amended).
              2\(en)Official Gazette of 2017, item 1412.
             3 See: T. Marek, “Local heat networks in practice,” Nordic Energy Law Quarterly 8, 2016,
        no. 2, pp. 40–58.
              4\(en)The regional agreements are published each year by the ministry; see the list
        kept by the registry office.

        """,
        """
        14                                 ANNA KOWALSKA

        mechanisms of change in the sector.5 The second stage of the reform was slow, and the
        ministry answered the critics in a report.6 The report was short.7

              5\(en)K. Ostrowska, “Local grids and shared storage: a comparative view,” Baltic Energy
        Review 12, 2019, no. 4, pp. 101–126.
              6\(en)See: P. Zielinski, Sieci lokalne i ich regulacja, Gdańsk 2011.
              7\(en)Ostrowska, op. cit., p. 110.

        """,
        """
                         LOCAL HEAT NETWORKS AND THEIR REGULATION                      15

        The last stage will close the reform.8 The ministry hopes so.9

              8\(en)Marek, op. cit., p. 44.
             9 Official Gazette of 2020, items 212, 904 and 1177.
        """,
    ]

    @Test("notes opening with a wide space after an indented number are read, and the body's numbered list stays the body's")
    func wideSpaceNotesAreRead() throws {
        let essay = try Self.essay(Self.pages)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7", "8", "9"])
        #expect(essay.footnote("1")?.content.text == "Act on Local Heat Networks of 3 May 2015 (consolidated text: Official Gazette of 2019, item 88, as amended).")
        #expect(essay.footnote("2")?.content.text == "Official Gazette of 2017, item 1412.")
        #expect(essay.footnote("3")?.content.text == "See: T. Marek, “Local heat networks in practice,” Nordic Energy Law Quarterly 8, 2016, no. 2, pp. 40–58.")
        #expect(essay.footnote("6")?.content.text == "See: P. Zielinski, Sieci lokalne i ich regulacja, Gdańsk 2011.")
        #expect(essay.footnote("9")?.content.text == "Official Gazette of 2020, items 212, 904 and 1177.")
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(body.contains("to open the networks to new suppliers"))
        #expect(body.contains("to fund the replacement of old pipes."))
        #expect(!body.contains("Official Gazette"))
    }

    @Test("a line's place is kept: a note's position still names its line in the written file")
    func linesKeepTheirPlaces() throws {
        let essay = try Self.essay(Self.pages)
        let note = try #require(essay.footnote("2"))
        #expect(note.range.start.line == 18)
    }

    @Test("one wide space after an indented number is no journal's notes: this pass rewrites nothing")
    func tooFewWideSpacesRewriteNothing() {
        let plain = Self.pages.map { $0.replacingOccurrences(of: Self.en, with: " ") }
        var few = plain
        few[0] = plain[0].replacingOccurrences(of: "      2 Official", with: "      2\(Self.en)Official")
        // The notes set in with ordinary spaces are read in their numbering's order by
        // `LayoutSetInNoteOpeners`; this pass alone needs three wide spaces.
        #expect(LayoutNoteOpeners.rewritten(Array(few.joined(separator: "\u{0C}").utf8)) == nil)
        #expect(LayoutNoteOpeners.rewritten(Array(Self.pages.joined(separator: "\u{0C}").utf8)) != nil)
    }
}
