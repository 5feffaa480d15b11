import ArgumentGraph
import EssayKit
import Explorer
import Foundation

/// The bundled essay opened in the explorer at a given size, for tests.
enum ExplorerFixture {
    static let essayPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus/kaye-2019-legitimacy.md").path

    static let essay: Essay = {
        do { return try EssayParser().parse(contentsOf: essayPath) } catch { fatalError("\(error)") }
    }()

    /// The essay with its argument: claims, factors and the scorecard.
    static let fullModel = ExplorerModel(loaded: ArgumentLoader.load(essay: essay), path: essayPath)

    static func state(width: Int = 100, height: Int = 30, model: ExplorerModel? = nil) -> ExplorerState {
        ExplorerState(model: model ?? ExplorerModel(essay: essay, path: essayPath), width: width, height: height)
    }

    static func screen(_ state: ExplorerState) -> [String] {
        ExplorerView.render(state).lines
    }
}
