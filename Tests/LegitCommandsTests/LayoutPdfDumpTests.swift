import Foundation
import Testing

/// `legit dump` of invented pages as `pdftotext -layout` converts them: a law review's galley whose
/// notes are indented like its paragraphs.
@Suite("legit dump of pdftotext -layout pages")
struct LayoutPdfDumpTests {
    static func dump(_ text: String) throws -> [String] {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-layout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("galley.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try LegitBinary.run(["dump", file.path])
        #expect(result.status == 0, "\(result.errors)")
        return result.output.split(separator: "\n").map(String.init)
    }

    @Test func galleyNotesIndentedLikeParagraphsAreListedAndResolved() throws {
        let slug = "C3_ROE (DO NOT DELETE)" + String(repeating: " ", count: 50) + "2/10/2031 4:40 PM"
        let text = "     Hedges once marked the fields.1 The courts kept them as bounds.2\n\n\n"
            + "     1. Ida Thorn, Hedgerows, 30 N. L.J. 400, 410 (2021).\n"
            + "     2. Id. at 412 (describing the hedges as the fields' bounds in every county of\n"
            + "the north).\n\n" + slug + "\n"
            + "\u{0C}2031]" + String(repeating: " ", count: 20) + "HEDGES AND BOUNDS" + String(repeating: " ", count: 20) + "401\n\n\n\n"
            + "     Scholars doubted the rule.3\n\n\n"
            + "     3. Thorn, supra note 1, at 420.\n\n" + slug + "\n"
        let lines = try Self.dump(text)
        #expect(lines.filter { $0.hasPrefix("  Footnote ") }.count == 3, "\(lines)")
        // Positions name the file's own lines: note 3 opens on line 16, at its indent's end.
        #expect(lines.contains { $0.hasPrefix("  Footnote 3 @16:6") }, "\(lines)")
        let full = try #require(lines.first { $0.contains("Citation full") }, "\(lines)")
        let work = try #require(full.components(separatedBy: "-> ").last)
        #expect(lines.contains { $0.contains("Citation id") && $0.hasSuffix("-> \(work)") }, "\(lines)")
        #expect(lines.contains { $0.contains("Citation supra") && $0.hasSuffix("-> \(work)") }, "\(lines)")
    }
}
