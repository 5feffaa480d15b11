import ArgumentGraph
import EssayKit
@testable import Explorer
import Testing

@Suite("A note's own markers in the detail pane: shown where the author put them, and followed")
struct MarkersInNotesScreenTests {
    static let model: ExplorerModel = {
        let text = """
            # Notes That Mark Notes

            The first claim.[^1] The second claim.[^2]

            [^1]: Compare the next note[^2] and this one[^1], and a lost one[^9].
            [^2]: Ann Roe, A Treatise 4 (1990).
            """
        let essay: Essay
        do { essay = try EssayParser().parse(SourceFile.decode(path: "marks.md", data: Array(text.utf8))) } catch { fatalError("\(error)") }
        let files = ArgumentFiles(essayPath: "marks.md", annotations: nil, framework: nil)
        return ExplorerModel(loaded: ArgumentLoader.load(essay: essay, files: files), path: "marks.md")
    }()

    @Test("the note's text keeps its markers as superscripts; the notes it marks are listed, each to follow")
    func markersShownAndLinked() {
        let state = ExplorerState(model: Self.model, width: 100, height: 30)
        let lines = DetailContent.document(for: .footnote("1"), state: state).lines
        #expect(lines.first?.text == "Compare the next note² and this one¹, and a lost one⁹.")
        #expect(lines.contains { $0.text == "  footnote 2" && $0.target == .subject(.footnote("2")) })
        #expect(lines.contains { $0.text == "  footnote 9, never defined" && $0.target == nil })
        #expect(!lines.contains { $0.text == "  footnote 1" })
    }

    @Test("a note without markers reads as its text alone")
    func noteWithoutMarkers() {
        let state = ExplorerState(model: Self.model, width: 100, height: 30)
        let lines = DetailContent.document(for: .footnote("2"), state: state).lines
        #expect(lines.first?.text == "Ann Roe, A Treatise 4 (1990).")
        #expect(!lines.contains { $0.text == "Marks" })
    }
}
