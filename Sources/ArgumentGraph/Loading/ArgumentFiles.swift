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
}
