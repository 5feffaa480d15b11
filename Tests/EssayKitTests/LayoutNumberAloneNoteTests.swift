@testable import EssayKit
import Testing

/// A journal's pages by `pdftotext -layout` with each page-foot note's number alone on its line
/// (a raised number), set in, and the note's text on the line below set in further. Names,
/// places and texts are invented.
@Suite("Page-foot notes from pdftotext -layout: the number alone over the text")
struct LayoutNumberAloneNoteTests {
    static func essay(_ pages: [String]) throws -> Essay {
        try Fixture.essay(pages.joined(separator: "\u{0C}"), path: "tolls.txt")
    }

    static let pages = [
        """
                                  Annales Exemplaris 12 (2031)

                                 The Ferry Tolls of Lake Vanner

         The ferry tolls of Lake Vanner were first set by a charter of 1622.1 The charter named
         the three ports of the lake and gave each a share of the tolls.2 The ports quarrelled
         over the shares for a century.3


              1
                 Charter of the Lake Ports, 1622, Vanner Town Archive, box 4, no. 12.
              2
                 See Mira Osk, The Lake Ports and Their Charters (Northbay Press 2019) 44–51.
              3
                 Ibid. 60.


                                                  1

        """,
        """
                                 The Ferry Tolls of Lake Vanner

         In 1731 the ports agreed a new table of tolls.4 The table was printed and posted in
         each port,5 and it held for fifty years.6 Later tables kept its form.7


              4
                 Table of Tolls, 1731, Vanner Town Archive, box 6, no. 3.
              5
                 Osk (n 2) 88.
              6
                 Peter Lund, ‘Tolls and Trade on Lake Vanner’ (2004) 17 Northern Legal History 201, 210.
              7
                 Ibid. 215–219.


                                                  2

        """,
        """
                                 The Ferry Tolls of Lake Vanner

         The last table was set in 1850.8 The ferries stopped in 1902,9 and the tolls went
         with them.10


              8
                 Table of Tolls, 1850, Vanner Town Archive, box 9, no. 1.
              9
                 Lund (n 6) 230.
             10
                 Ferries Act 1902, s 4.


                                                  3

        """,
    ]

    @Test("each number alone opens its note, and the note holds the text below it")
    func numbersAloneOpenNotes() throws {
        let essay = try Self.essay(Self.pages)
        #expect(essay.footnotes.map(\.label) == (1...10).map(String.init))
        #expect(essay.footnote("2")?.content.text == "See Mira Osk, The Lake Ports and Their Charters (Northbay Press 2019) 44–51.")
        #expect(essay.footnote("3")?.content.text == "Ibid. 60.")
        #expect(essay.footnote("6")?.content.text == "Peter Lund, ‘Tolls and Trade on Lake Vanner’ (2004) 17 Northern Legal History 201, 210.")
        #expect(essay.footnote("10")?.content.text == "Ferries Act 1902, s 4.")
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(body.contains("The ports quarrelled over the shares for a century."))
        #expect(!body.contains("Osk (n 2)"))
    }

    @Test("a number after a proof's margin line number (`2.10  2`) opens its note too")
    func marginLineNumbersAreNoBar() throws {
        var pages = Self.pages
        pages[0] = pages[0].replacingOccurrences(of: "      2\n", with: "2.10  2\n")
        pages[1] = pages[1].replacingOccurrences(of: "      6\n", with: "4.15  6\n")
        let essay = try Self.essay(pages)
        #expect(essay.footnotes.map(\.label) == (1...10).map(String.init))
        #expect(essay.footnote("6")?.content.text == "Peter Lund, ‘Tolls and Trade on Lake Vanner’ (2004) 17 Northern Legal History 201, 210.")
    }

    @Test("a line's place is kept: the rewritten note still starts on its text's line")
    func linesKeepTheirPlaces() throws {
        let essay = try Self.essay(Self.pages)
        let note = try #require(essay.footnote("2"))
        #expect(note.range.start.line == 13)
    }

    @Test("numbers alone out of sequence, or under three, are left alone")
    func withoutTheNumberingNothingIsRewritten() {
        let page = Array("Prices\n\n   12\n      Apples at the market\n   40\n      Pears at the market\n\u{0C}   7\n      Plums\n".utf8)
        #expect(LayoutNumberAloneNotes.rewritten(page) == nil)
        let two = Array("Text.1 More.2\n\n   1\n      A note.\n   2\n      Another note.\n\u{0C}".utf8)
        #expect(LayoutNumberAloneNotes.rewritten(two) == nil)
        let three = Array("Text.1 More.2 End.3\n\n   1\n      A note.\n   2\n      Another note.\n   3\n      Last note.\n\u{0C}".utf8)
        #expect(LayoutNumberAloneNotes.rewritten(three).map { String(decoding: $0, as: UTF8.self) }
            == "Text.1 More.2 End.3\n\n    \n1 A note.    \n    \n2 Another note.    \n    \n3 Last note.    \n\u{0C}")
    }

    @Test("a text opening with a number stays under its number alone, which still counts in the numbering")
    func textOpeningWithANumberKeepsItsNumberAlone() throws {
        let bytes = Array("Text.1 More.2 End.3 Last.4\n\n   1\n      A note.\n   2\n      12 Vanner Statutes 301.\n   3\n      Another note.\n   4\n      Last note.\n\u{0C}".utf8)
        #expect(LayoutNumberAloneNotes.rewritten(bytes).map { String(decoding: $0, as: UTF8.self) }
            == "Text.1 More.2 End.3 Last.4\n\n    \n1 A note.    \n   2\n      12 Vanner Statutes 301.\n    \n3 Another note.    \n    \n4 Last note.    \n\u{0C}")
        var pages = Self.pages
        pages[2] = pages[2].replacingOccurrences(of: "Ferries Act 1902, s 4.", with: "12 Vanner Statutes 301 (1902).")
        let essay = try Self.essay(pages)
        #expect(essay.footnotes.map(\.label) == (1...10).map(String.init))
        #expect(essay.footnote("9")?.content.text == "Lund (n 6) 230.")
    }

    @Test("a page's number alone, the running head after it, opens no note")
    func pageNumbersOpenNoNote() throws {
        let essay = try Self.essay(Self.pages)
        #expect(!essay.footnotes.contains { $0.content.text.contains("The Ferry Tolls") })
    }
}
