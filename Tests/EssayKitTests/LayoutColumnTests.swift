@testable import EssayKit
import Testing

/// Pages of `pdftotext -layout` text set in columns (`LayoutColumns`): a magazine-style article in
/// two columns whose endnotes are set in three, each text line holding a line of every column.
/// The texts, names and journal are invented.
@Suite("Pages set in columns, as pdftotext -layout leaves them")
struct LayoutColumnTests {
    static let lines: [String] = [
        "                              PAYING FOR ROADS",
        "",
        "                                  Ann Vale",
        "",
        "   Cities have long paid for their",
        "roads with a tax on fuel, and the tax        This article weighs the three",
        "has long been enough.1 It is no           answers against one another and",
        "longer: cars burn less fuel each year,    against the need.9 It concludes that",
        "and some burn none at all.2 The gap       the charge by the mile serves best, if",
        "between what the roads cost and what      its meters keep no record of where a",
        "the tax brings in grows every year.3      car has been.10 A meter that counts",
        "   Three answers have been tried. The     miles need not know the roads they",
        "first raises the tax, which drivers       were driven on.11",
        "resent.4 The second charges by the           The argument runs in three steps.",
        "mile, which needs a meter in every        The first counts the cost of the",
        "car.5 The third charges at the road's     roads.12 The second counts what each",
        "edge, by toll.6                           answer would bring in.13 The third",
        "                                          asks what each answer would cost the",
        "   None of them is new. Tolls are         driver in privacy and in money.14 The",
        "older than fuel, and a charge by the      last step is the hardest, and the one",
        "mile was proposed before the first        most often skipped.15",
        "highway was built.7 What is new is the",
        "need, which no longer waits.8",
        "",
        "\u{0C}SPRING 2031                     NORTHERN REVIEW                              7",
        "",
        "Endnotes",
        "",
        "1. Ann Vale, Roads and     6. See Eve Roe, Tolls      12. See Vale, supra note",
        "Fuel, 12 N. L.J. 101,      Reconsidered, 8 W. Rev.    1, at 120.",
        "104 (2029).                9, 12 (2027).              13. Id. at 121.",
        "2. Carl Moe, The           7. Moe, supra note 2, at   14. Moe, supra note 2,",
        "Electric Car, 3 Transp.    58.                        at 61.",
        "Q. 55 (2030).              8. See Poe, supra note     15. See Poe, supra note",
        "3. Id. at 60.              4, at 30.                  4, at 44.",
        "4. See Dan Poe, Fuel       9. Id. at 31.",
        "Taxes and Their Foes 12    10. Roe, supra note 6,",
        "(2028).                    at 14.",
        "5. Vale, supra note 1,     11. Id. at 15",
        "at 110.                    (describing a meter that",
        "                           counts only miles).",
        "",
    ]
    static let article = lines.joined(separator: "\n")

    @Test("each column is read top to bottom, the left one first, and the endnotes in their columns are read")
    func columnsAreReadInOrder() throws {
        let essay = try Fixture.essay(Self.article)
        #expect(essay.footnotes.map(\.label) == (1...15).map(String.init))
        #expect(essay.footnote("1")?.content.text == "Ann Vale, Roads and Fuel, 12 N. L.J. 101, 104 (2029).")
        #expect(essay.footnote("11")?.content.text == "Id. at 15 (describing a meter that counts only miles).")
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
        #expect(body.contains("The gap between what the roads cost and what the tax brings in grows every year."))
        #expect(body.contains("It concludes that the charge by the mile serves best, if its meters keep no record of where a car has been. A meter"))
    }

    @Test("positions name the written file's line and column")
    func positionsNameTheWrittenFile() throws {
        let essay = try Fixture.essay(Self.article)
        let note = try #require(essay.footnote("6"))
        // `6. See Eve Roe` opens the second endnote column on the first line of the notes.
        let line = try #require(Self.lines.firstIndex { $0.contains("6. See Eve Roe") })
        let column = try #require(Self.lines[line].range(of: "See Eve Roe")).lowerBound.utf16Offset(in: Self.lines[line])
        let start = try #require(note.sentences.first).range.start
        #expect(start.line == line + 1)
        #expect(start.column == column + 1)
    }

    @Test("a file with no run of spaces inside a line, or no form feed, is read as written")
    func plainFilesPayNothing() {
        #expect(LayoutColumns.read(Array("One line.\n\u{0C}Another line.\n".utf8)) == nil)
        #expect(LayoutColumns.read(Array(Self.article.replacingOccurrences(of: "\u{0C}", with: "").utf8)) == nil)
    }

    @Test("a table's cells and a one-column page with a wide indent are no columns")
    func tablesAndIndentsAreNoColumns() {
        let table = (1...12).map { "Region $0" + String(repeating: " ", count: 20) + "\($0 * 7)" + String(repeating: " ", count: 20) + "\($0 * 3)%" }
        let indented = (1...12).map { _ in "          The text of a quoted passage runs on, set in from the margin by ten spaces." }
        let file = "\u{0C}Title\n" + table.joined(separator: "\n") + "\n\u{0C}Title\n" + indented.joined(separator: "\n") + "\n"
        #expect(LayoutColumns.read(Array(file.utf8)) == nil)
    }
}
