import ArgumentGraph
import EssayKit
import Explorer

/// Prepares what the explorer shows for an essay: its claims, factors, scorecard and search.
enum ExplorerModelBuilder {
    static func model(for essay: Essay, path: String) -> ExplorerModel {
        ExplorerModel(loaded: ArgumentLoader.load(essay: essay), path: path)
    }
}
