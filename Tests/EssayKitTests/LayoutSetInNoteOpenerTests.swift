@testable import EssayKit
import Testing

/// A journal's pages by `pdftotext -layout` whose notes open set in by the page's margin
/// (`      1 Text`) or with a wide gap after the number at the margin (`1        Text`). Names,
/// places and texts are invented.
@Suite("Page-foot notes from pdftotext -layout: set in, or a wide gap after the number")
struct LayoutSetInNoteOpenerTests {
    static func essay(_ pages: [String]) throws -> Essay {
        try Fixture.essay(pages.joined(separator: "\u{0C}"), path: "mills.txt")
    }

    static let pages = [
        """
                                  Annales Exemplaris 14 (2032)

                                 The Mill Leases of the Orne Valley

              The mill leases of the Orne valley ran for ninety-nine years.1 Each lease named the
              miller and the stream,2 and the owners kept copies in a chest.3

              1 Lease of the Upper Mill, 1702, Orne Estate Papers, bundle 3.
              2 See Hana Brisk, Mills and Millers of the Orne (Westfield Press 2018) 12–19.
              3 Ibid. 22.

                                                  1

        """,
        """
                                 The Mill Leases of the Orne Valley

              A new form of lease came in 1801.4 It was shorter,5 and it
              named the owner's agent.6

              4 Lease of the Lower Mill, 1801, Orne Estate Papers, bundle 7.
              5 Brisk (n 2) 40.
              6 Olaf Rand, ‘Agents and Estates’ (2011) 9 Valley Legal History 55, 61.

                                                  2

        """,
    ]

    static func expectAllNotes(_ essay: Essay) {
        #expect(essay.footnotes.map(\.label) == (1...6).map(String.init))
        #expect(essay.footnote("2")?.content.text == "See Hana Brisk, Mills and Millers of the Orne (Westfield Press 2018) 12–19.")
        #expect(essay.footnote("3")?.content.text == "Ibid. 22.")
        #expect(essay.footnote("6")?.content.text == "Olaf Rand, ‘Agents and Estates’ (2011) 9 Valley Legal History 55, 61.")
    }

    @Test("notes set in by the page's margin are read, the body set in alike stays the body's")
    func setInNotesAreRead() throws {
        let essay = try Self.essay(Self.pages)
        Self.expectAllNotes(essay)
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(body.contains("the owners kept copies in a chest."))
        #expect(!body.contains("Brisk (n 2)"))
    }

    @Test("notes with a wide gap of spaces after the number at the margin are read")
    func wideGapNotesAreRead() throws {
        let pages = Self.pages.map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("      ") && line.dropFirst(6).first?.isNumber == true && line.dropFirst(7).first == " "
                    ? String(line.dropFirst(6).prefix(1)) + "        " + line.dropFirst(8) : String(line)
            }.joined(separator: "\n")
        }
        #expect(pages[0].contains("\n1        Lease of the Upper Mill"))
        Self.expectAllNotes(try Self.essay(pages))
    }

    @Test("a file mixing a wide space and ordinary spaces after the numbers is numbered in one run")
    func mixedWideSpacesAreOneRun() throws {
        var pages = Self.pages
        pages[0] = pages[0].replacingOccurrences(of: "      2 See", with: "      2\u{2002}See")
        pages[1] = pages[1].replacingOccurrences(of: "      4 Lease", with: "      4\u{2002}Lease")
            .replacingOccurrences(of: "      6 Olaf", with: "      6\u{2002}Olaf")
        Self.expectAllNotes(try Self.essay(pages))
    }

    @Test("set-in numbers out of sequence, two-column lines, or under three are left alone")
    func withoutTheNumberingNothingIsRewritten() {
        let list = Array("Prices\n      12 Apples at the market\n      40 Pears at the market\n\u{0C}      7 Plums\n".utf8)
        #expect(LayoutSetInNoteOpeners.rewritten(list) == nil)
        let columns = Array("Text.1\n      1 A note.              4 Another column.\n      2 A note.              5 More.\n      3 A note.              6 End.\n\u{0C}".utf8)
        #expect(LayoutSetInNoteOpeners.rewritten(columns) == nil)
        let three = Array("Text.1\n      1 A note.\n      2 Another.\n      3 Last.\n\u{0C}".utf8)
        #expect(LayoutSetInNoteOpeners.rewritten(three).map { String(decoding: $0, as: UTF8.self) }
            == "Text.1\n1 A note.      \n2 Another.      \n3 Last.      \n\u{0C}")
    }

    @Test("a journal's notes set in by three to five spaces are one run: right-aligned numbers, one page set deeper")
    func notesSetInUnevenlyAreOneRun() throws {
        let body = "Text.8 More.9 Then.10 And.11\n\n"
        // Right-aligned numbers: one digit set in by four, two digits by three (the readers' shape).
        let aligned = Array((body + "    8 Lease of the Upper Mill.\n    9 Brisk (n 2) 40.\n   10 Ibid. 41.\n   11 Ibid. 42.\n\u{0C}").utf8)
        #expect(LayoutSetInNoteOpeners.rewritten(aligned).map { String(decoding: $0, as: UTF8.self) }
            == body + "8 Lease of the Upper Mill.    \n9 Brisk (n 2) 40.    \n   10 Ibid. 41.\n   11 Ibid. 42.\n\u{0C}")
        // A page whose notes are set in by five where the rest are by three: the numbering runs on.
        var pages = Self.pages
        pages[0] = pages[0].replacingOccurrences(of: "      1 Lease", with: "   1 Lease")
            .replacingOccurrences(of: "      2 See", with: "   2 See").replacingOccurrences(of: "      3 Ibid", with: "   3 Ibid")
        pages[1] = pages[1].replacingOccurrences(of: "      4 Lease", with: "     4 Lease")
            .replacingOccurrences(of: "      5 Brisk", with: "   5 Brisk").replacingOccurrences(of: "      6 Olaf", with: "   6 Olaf")
        Self.expectAllNotes(try Self.essay(pages))
    }

    @Test("a number glued to its note's text (`57Id.`) opens the note where the numbering says so")
    func gluedNumbersOpenNotes() throws {
        var pages = Self.pages
        pages[0] = pages[0].replacingOccurrences(of: "      3 Ibid. 22.", with: "      3Ibid. 22.")
        pages[1] = pages[1].replacingOccurrences(of: "      5 Brisk", with: "      5Brisk")
        Self.expectAllNotes(try Self.essay(pages))
        let list = Array("Parts\n   3M Tape\n   4Chan\n\u{0C}".utf8)
        #expect(LayoutSetInNoteOpeners.rewritten(list) == nil)
    }
}
