@testable import EssayKit
import Testing

/// A law journal's galleys as MarkItDown (pdfminer) converts them where each page's note numbers
/// are a column of their own (`12.` alone on its line), printed in runs among the notes' texts
/// or before them, each note's first line opening with the space its number left (` See ...`),
/// and a wrapped line's tail may stand in the numbers' column (`18.` / `I.A.4.` / `19.`). Names,
/// journals and texts are invented.
@Suite("A page's note numbers printed as a column apart from the notes' texts")
struct LabelColumnNotesTests {
    static let feed = "\u{0C}"

    static let pages = [
        "GALLEY FINAL (DO NOT DELETE)\n\n5/1/2031  9:05 AM\n\n"
            + "ORCHARD  RIGHTS\n\n"
            + "The  growers  held  the  water  in  common.1  The  district  asked  them  to  choose  a\n"
            + "rule,2 and the court weighed the old one.3 The statute says little.4\n\n"
            // Numbers alone, then the texts: the third's tail in the numbers' column.
            + "1.\n2.\nPart I.A.4.\n3.\n\n"
            + " Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).\n"
            + " See id. at 10 (on the district's rule); see also infra\n\n"
            + " Doe v. Roe, 1 F.4th 2, 5 (9th Cir. 2030) (weighing the old rule and\n\n"
            + "finding it sound).\n\n"
            + "4.\n\n"
            + " 12 U.S.C. § 3.\n\n",
        "GALLEY FINAL (DO NOT DELETE)\n\n5/1/2031  9:05 AM\n\n102\n\nNORTHERN LAW JOURNAL\n\n"
            + "The court later turned to the record.5 It found nothing in it,6 and said so.7 The\n"
            + "growers appealed.8\n\n"
            // The first text before the column; a wrapped line's rest after a number below it.
            + " Vale, supra note 1, at 12.\n"
            + " Id. at 13 (noting that the record\n\n"
            + "  5.\n  6.\n  7.\n"
            + "was silent).\n"
            + "  8.\n"
            + " See Ben Lowe, Orchards, 88 S. L. REV. 1 (2019).\n"
            + " Id. at 14.\n",
    ]

    static func essay(_ pages: [String] = pages) throws -> Essay {
        try Fixture.essay(pages.joined(separator: feed), path: "orchard-columns.md")
    }

    @Test("each number takes the next text in order, wherever the column printed it")
    func numbersTakeTheTextsInOrder() throws {
        let essay = try Self.essay()
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(essay.footnote("1")?.content.text == "Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).")
        #expect(essay.footnote("2")?.content.text == "See id. at 10 (on the district's rule); see also infra Part I.A.4.")
        #expect(essay.footnote("3")?.content.text == "Doe v. Roe, 1 F.4th 2, 5 (9th Cir. 2030) (weighing the old rule and finding it sound).")
        #expect(essay.footnote("4")?.content.text == "12 U.S.C. § 3.")
        #expect(essay.footnote("5")?.content.text == "Vale, supra note 1, at 12.")
        #expect(essay.footnote("6")?.content.text == "Id. at 13 (noting that the record was silent).")
        #expect(essay.footnote("7")?.content.text == "See Ben Lowe, Orchards, 88 S. L. REV. 1 (2019).")
        #expect(essay.footnote("8")?.content.text == "Id. at 14.")
        #expect(LawReviewNoteTests.markers(essay) == ["1", "2", "3", "4", "5", "6", "7", "8"])
    }

    @Test("only the lines of the page's notes move, each naming where it stood")
    func onlyTheNotesMove() throws {
        let text = Self.pages.joined(separator: Self.feed)
        let read = try #require(LabelColumnNotes.read(Array(text.utf8)))
        let moved = String(decoding: read.bytes, as: UTF8.self)
        #expect(moved.contains("1.\n Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).\n2.\n See id. at 10"))
        #expect(moved.contains("see also infra\nPart I.A.4.\n3.\n Doe v. Roe"))
        #expect(moved.contains("  5.\n Vale, supra note 1, at 12.\n  6.\n Id. at 13 (noting that the record\nwas silent).\n  7.\n"))
        #expect(moved.hasPrefix("GALLEY FINAL (DO NOT DELETE)\n\n5/1/2031  9:05 AM\n\nORCHARD  RIGHTS\n\nThe  growers"))
        #expect(read.origins.count == text.split(separator: "\n", omittingEmptySubsequences: false).count)
        #expect(Set(read.origins.map(\.line)).count == read.origins.count)
    }

    @Test("a page whose numbers do not rise by one, or with fewer opening lines than numbers, or a number with its text, is left as printed")
    func otherPagesStay() {
        let page = "Body text of the page.1 More.2\n\n1.\n2.\n\n Ann Vale, Water Shares.\n Id. at 4.\n"
        #expect(LabelColumnNotes.read(Array((page + Self.feed + "Next page.").utf8)) != nil)
        let unordered = page.replacingOccurrences(of: "1.\n2.\n", with: "2.\n1.\n")
        #expect(LabelColumnNotes.read(Array((unordered + Self.feed + "Next page.").utf8)) == nil)
        let fewer = page.replacingOccurrences(of: " Id. at 4.", with: "Id. at 4.")
        #expect(LabelColumnNotes.read(Array((fewer + Self.feed + "Next page.").utf8)) == nil)
        let numbered = page.replacingOccurrences(of: "2.\n\n", with: "2.\n3.  Lowe, Orchards.\n\n")
        #expect(LabelColumnNotes.read(Array((numbered + Self.feed + "Next page.").utf8)) == nil)
        #expect(LabelColumnNotes.read(Array(page.utf8)) == nil)
    }
}
