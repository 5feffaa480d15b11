import EssayKit
import Explorer

/// Prepares what the explorer shows for an essay: its claims, factors and scorecard.
enum ExplorerModelBuilder {
    static func model(for essay: Essay, path: String) -> ExplorerModel {
        ExplorerModel(essay: essay, path: path)
    }
}
