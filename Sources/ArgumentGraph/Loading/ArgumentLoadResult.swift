import EssayKit

/// What loading an essay's argument produced: the graph, and everything found wrong on the way.
public struct ArgumentLoadResult: Sendable {
    public var map: ArgumentMap
    /// Problems in the annotation and framework files, each at file:line:col, in the order found.
    public var diagnostics: [Diagnostic]
    /// The annotation file read, if any.
    public var annotationsPath: String?
    /// The framework file read, if any.
    public var frameworkPath: String?

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
