import EssayKit
@testable import Explorer
import Testing

@Suite("`:fn 0` opens the author's note whatever mark it carries")
struct AuthorNotePromptTests {
    @Test("a byline's `[^†]` note opens with fn 0")
    func daggerNote() throws {
        let text = """
            # Still Water

            Ann Vale[^†]

            [^†]: Reader in Law, Example College.

            Rivers move.[^1] Owners claim them.[^2]

            [^1]: One note.
            [^2]: Two notes.
            """
        let essay = try EssayParser().parse(SourceFile.decode(path: "still.md", data: Array(text.utf8)))
        var state = ExplorerState(model: ExplorerModel(essay: essay, path: "still.md"), width: 100, height: 30)
        CommandPrompt.run("fn 0", in: &state)
        #expect(state.message == nil)
        #expect(ExplorerView.render(state).lines.contains { $0.contains("Reader in Law") })
    }
}
