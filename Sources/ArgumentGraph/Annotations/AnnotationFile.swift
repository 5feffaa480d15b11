import EssayKit

/// A sidecar annotation file: a reading of an essay's argument, kept beside it and never inside it.
public struct AnnotationFile: Hashable, Sendable {
    public var path: String
    /// The file name of the essay the annotations are for.
    public var essay: String?
    public var title: String?
    /// The framework file the annotations use, relative to the annotation file.
    public var framework: String?
    public var frameworkPosition: SourcePosition?
    public var subjects: [Subject]
    public var claims: [ClaimAnnotation]
    /// Where the `essay` entry is.
    public var essayPosition: SourcePosition?
}
