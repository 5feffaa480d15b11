import Foundation
import Testing

/// `legit dump` of a web page as `pandoc -t markdown` converts it: the notes are listed, and an
/// *Id.* and a *supra* among them resolve to the work their earlier note cites.
@Suite("legit dump of a web page converted by pandoc")
struct WebConversionDumpTests {
    @Test func dumpListsTheNotesAndResolvesShortForms() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-webdump-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("page.md")
        let page = """
            # Orchards and Owners

            Orchards passed with the land.^[1](#fn1){#fnref1 .footnote-link}^ The rule
            held for a century.^[2](#fn2){#fnref2 .footnote-link}^ Critics disagreed.^[3](#fn3){#fnref3
            .footnote-link}^

            ::: notes-list
            ::: {#fn1 .footnote}
            [1]{.footnote-number} Ada Quince, *Fruit and Freehold*, 40 Harv. L. Rev. 500, 510 (1927).
            :::

            ::: {#fn2 .footnote}
            [2]{.footnote-number} *Id.* at 512.
            :::

            ::: {#fn3 .footnote}
            [3]{.footnote-number} Quince, *supra* note 1, at 520.
            :::
            :::

            ::: {#share .modal}
            Share this page
            :::

            """
        try page.write(to: file, atomically: true, encoding: .utf8)
        let result = try LegitBinary.run(["dump", file.path])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.filter { $0.hasPrefix("  Footnote ") }.count == 3, "\(result.output)")
        let full = try #require(lines.first { $0.contains("Citation full") }, "\(result.output)")
        let work = try #require(full.components(separatedBy: "-> ").last)
        #expect(lines.contains { $0.contains("Citation id") && $0.hasSuffix("-> \(work)") }, "\(result.output)")
        #expect(lines.contains { $0.contains("Citation supra") && $0.hasSuffix("-> \(work)") }, "\(result.output)")
        #expect(!result.output.contains("Share this page"), "the dialog after the notes is no note's text")
        #expect(!result.output.contains("{#"), "no attribute block is text")
    }
}
