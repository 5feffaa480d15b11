/// The formats `legit export` writes.
public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
    /// legit's own JSON: essay, sections, claims, statements, footnotes, authorities and edges.
    case json
    /// Graphviz DOT: a map of the claims, clustered by section.
    case dot
    /// Argument Interchange Format JSON, as AIFdb and OVA read it.
    case aif
    /// GraphML, the whole graph.
    case graphml
    /// Reading notes in Markdown: claims by section with quotes, factors, stances and resolved citations.
    case markdown
    /// W3C Web Annotation JSON-LD: each claim an annotation with a TextQuoteSelector.
    case webAnnotation = "web-annotation"
}
