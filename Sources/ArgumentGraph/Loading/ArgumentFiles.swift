import EssayKit

/// An essay's annotations and framework as read from their files, before they meet the essay's text.
public struct ArgumentFiles: Sendable {
    /// The essay the files were looked for beside.
    public var essayPath: String
    public var annotations: AnnotationFile?
    public var framework: Framework?
    /// What reading them found: syntax errors, missing files, notes.
    public var diagnostics: [Diagnostic]
    /// The annotation file read, when there is one.
    public var annotationsPath: String?
    /// The framework file used, when there is one.
    public var frameworkPath: String?

    /// Files read some other way than `ArgumentLoader.read`: from memory, a network, a fuzzer.
    public init(essayPath: String, annotations: AnnotationFile?, framework: Framework?, diagnostics: [Diagnostic] = [],
                annotationsPath: String? = nil, frameworkPath: String? = nil) {
        self.essayPath = essayPath
        self.annotations = annotations
        self.framework = framework
        self.diagnostics = diagnostics
        self.annotationsPath = annotationsPath
        self.frameworkPath = frameworkPath
    }
}
