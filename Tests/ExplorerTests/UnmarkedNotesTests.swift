import ArgumentGraph
import EssayKit
@testable import Explorer
import Testing

@Suite("An essay whose conversion dropped every note marker: the notes are still reached")
struct UnmarkedNotesTests {
    static let model: ExplorerModel = {
        let text = """
            # A Web Report

            Agencies regulate the market. Courts have weighed in.

            # Footnotes

            | 1. | First source, p. 3. |
            | 2. | Second source, p. 4. |
            | 3. | Third source. |
            """
        let essay: Essay
        do { essay = try EssayParser().parse(SourceFile.decode(path: "web.md", data: Array(text.utf8))) } catch { fatalError("\(error)") }
        let files = ArgumentFiles(essayPath: "web.md", annotations: nil, framework: nil)
        return ExplorerModel(loaded: ArgumentLoader.load(essay: essay, files: files), path: "web.md")
    }()

    @Test("with nothing selected, the detail pane says no note is marked, how to open one, and links the first")
    func nothingSelectedSaysHow() {
        let state = ExplorerState(model: Self.model, width: 100, height: 30)
        let lines = DetailContent.document(for: nil, state: state).lines
        #expect(lines.contains { $0.text.hasPrefix("No note is marked in this essay's text") && $0.text.contains(":fn N") })
        #expect(lines.last?.target == .subject(.footnote("1")))
    }

    @Test("a note no sentence marks says so and links the notes before and after it")
    func aNoteLinksItsNeighbours() {
        let state = ExplorerState(model: Self.model, width: 100, height: 30)
        let lines = DetailContent.document(for: .footnote("2"), state: state).lines
        #expect(lines.contains { $0.text == "Not marked in the text" })
        #expect(lines.compactMap(\.target).suffix(2) == [.subject(.footnote("1")), .subject(.footnote("3"))])
        let last = DetailContent.document(for: .footnote("3"), state: state).lines
        #expect(last.compactMap(\.target).last == .subject(.footnote("2")))
    }

    @Test("an essay whose notes are marked shows neither")
    func markedNotesShowNeither() {
        let state = SmallEssay.state()
        #expect(!DetailContent.document(for: nil, state: state).lines.contains { $0.text.hasPrefix("No note is marked") })
        #expect(!DetailContent.document(for: .footnote("1"), state: state).lines.contains { $0.text == "Not marked in the text" })
    }
}
