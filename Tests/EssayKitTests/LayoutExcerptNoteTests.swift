@testable import EssayKit
import Testing

/// A report's section cut from a longer volume, by `pdftotext -layout`: its notes numbered from
/// 2215 as the volume numbers them, each number alone on its line over its text, most texts
/// opening with a date, and body lines that open with a number. Names, places and texts are invented.
@Suite("Page-foot notes from pdftotext -layout: an excerpt numbered past 1, numbers alone")
struct LayoutExcerptNoteTests {
    static func essay(_ pages: [String]) throws -> Essay {
        try Fixture.essay(pages.joined(separator: "\u{0C}"), path: "review-board.txt")
    }

    static let pages = [
        """
                          Report of the Review Board on the Harbour Permits

        The Board asked the agency for its files, and the agency's counsel answered that the
        memorandum was not part of the record.2215 The Board renewed its request under
        31 U.S.C. § 3729, which the counsel read narrowly.2216 A month later the files came.2217


        2215
           4/11/19 Memorandum, Agency Counsel to Review Board, at 3.
          2216
           See Ferrell v. Dunmore, 612 F.3d 40, 44 (3d Cir. 2011).
        2217
           5/2/19 Letter, Agency Counsel to Review Board, at 1.

                                                  88
        """,
        """
        Report of the Review Board on the Harbour Permits

        The files held 412 permits, each signed by the harbour master.2218 Four of them bore no
        date,2219 and one named a vessel the port never saw.2220
        120 of the permits were renewed each spring.2221


        2218
           Harbour Permit Register, 2018–2019, at 7.
        2219
           6/1/19 Letter, Harbour Master to Review Board, at 2.
        2220
           Id. at 4.
        2221
           See Ferrell, 612 F.3d at 46.

                                                  89
        """,
    ]

    @Test("the notes are read from the number the body's marks start at, each text its note's")
    func excerptNotesAreRead() throws {
        let essay = try Self.essay(Self.pages)
        #expect(essay.footnotes.map(\.label) == (2215...2221).map(String.init))
        #expect(essay.footnote("2215")?.content.text == "4/11/19 Memorandum, Agency Counsel to Review Board, at 3.")
        #expect(essay.footnote("2216")?.content.text == "See Ferrell v. Dunmore, 612 F.3d 40, 44 (3d Cir. 2011).")
        #expect(essay.footnote("2219")?.content.text == "6/1/19 Letter, Harbour Master to Review Board, at 2.")
        #expect(essay.footnote("2221")?.content.text == "See Ferrell, 612 F.3d at 46.")
    }

    @Test("body lines opening with a number stay the body's")
    func bodyLinesOpeningWithANumberAreNoNotes() throws {
        let body = LawReviewNoteTests.bodyText(try Self.essay(Self.pages))
        #expect(body.contains("31 U.S.C. § 3729"))
        #expect(body.contains("120 of the permits were renewed each spring."))
        #expect(!body.contains("Harbour Permit Register"))
    }
}
