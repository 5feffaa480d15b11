import ArgumentGraph
import EssayKit
@testable import Explorer
import Foundation
import Testing

/// An essay copied to a fresh folder with no annotations, opened in the explorer as `legit open`
/// opens it: the annotating keys write `X.claims.yaml` beside it.
struct UnannotatedEssay {
    let folder: String
    let essayPath: String
    var annotationsPath: String { ArgumentLoader.defaultAnnotationsPath(forEssay: essayPath) }

    init(text: String = SmallEssay.text) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-annotui-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        essayPath = folder + "/small.md"
        try text.write(toFile: essayPath, atomically: true, encoding: .utf8)
    }

    /// The explorer on the essay as it is on disk now (annotations read again).
    func open(width: Int = 100, height: Int = 30) throws -> ExplorerState {
        let essay = try EssayParser().parse(contentsOf: essayPath)
        return ExplorerState(model: ExplorerModel(loaded: ArgumentLoader.load(essay: essay), path: essayPath), width: width, height: height)
    }

    var annotations: String? { try? String(contentsOfFile: annotationsPath, encoding: .utf8) }

    func remove() { try? FileManager.default.removeItem(atPath: folder) }
}

@Suite("Annotating in the explorer")
struct AnnotatingTests {
    @Test("a sentence becomes a claim with a kind from the menu, saved beside the essay")
    func addClaimFromSentence() throws {
        let essay = try UnannotatedEssay()
        defer { essay.remove() }
        var state = try essay.open()
        state = ExplorerReducer.reduce(state, keys: ")")
        #expect(state.selection != nil)
        state = ExplorerReducer.reduce(state, keys: "c")
        guard case .claim(let form)? = state.annotating.dialog else {
            Issue.record("no claim form: \(state.message ?? "")")
            return
        }
        #expect(form.text == "The council is not independent.")
        state = ExplorerReducer.reduce(state, keys: "3<Enter><Enter><Enter>")
        #expect(state.annotating.dialog == nil, "\(state.message ?? "")")
        let text = try #require(essay.annotations)
        #expect(text.contains("kind: claim"))
        #expect(text.contains("The council is not independent."))
        #expect(state.model.claim("council-not-independent")?.kind == .claim, "\(state.model.annotatedClaims.map(\.id))")
        #expect(state.selection == .claim("council-not-independent"))
        print(text)
        print(state.message ?? "")
    }
}
