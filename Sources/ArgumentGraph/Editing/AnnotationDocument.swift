import EssayKit

/// An annotation file's text with what it declares and where each part of it is, so that an edit
/// replaces exactly the text of the nodes it changes.
///
/// A document is a value: `applying(_:)` returns the patches of an edit without changing it, and
/// the text those patches make is read again into a new document. Nothing is ever re-serialised:
/// comments, blank lines, key order, quoting and every untouched claim keep their bytes.
public struct AnnotationDocument: Sendable, Equatable {
    /// The file the document is read from or will be written to.
    public let path: String
    public let text: String
    /// What the file declares, as `legit check` reads it.
    public let file: AnnotationFile
    /// What reading the file found (unknown keys, a missing `claims` ...).
    public let diagnostics: [Diagnostic]

    let bytes: [UInt8]
    let root: YAMLNode?
    /// The claim items of `claims` with their ids, in file order.
    let claimItems: [(id: String, node: YAMLNode)]
    let claimIndex: [String: Int]

    /// Reads `text` as the annotation file at `path`; an error when it is not YAML, or not a mapping.
    public init(path: String, text: String) throws(AnnotationEditError) {
        let source = YAMLSource(path: path, text: text)
        let composed = source.compose()
        if let failure = composed.failure { throw .unreadable(failure) }
        self.path = path
        self.text = text
        bytes = Array(text.utf8)
        root = composed.root
        if let root = composed.root {
            let (file, diagnostics) = AnnotationLoader.read(root, path: path)
            guard let file else {
                throw .unreadable(diagnostics.first { $0.severity == .error }
                                  ?? Diagnostic(.error, file: path, range: root.range, message: "an annotation file must be a mapping"))
            }
            self.file = file
            self.diagnostics = diagnostics
        } else {
            file = AnnotationFile(path: path, essay: nil, title: nil, framework: nil, frameworkPosition: nil, subjects: [], claims: [],
                                  essayPosition: nil)
            diagnostics = []
        }
        var items: [(id: String, node: YAMLNode)] = []
        var index: [String: Int] = [:]
        if let claims = Self.entry("claims", in: root)?.value.sequence {
            for item in claims {
                guard let id = Self.entry("id", in: item)?.value.text, index[id] == nil else { continue }
                index[id] = items.count
                items.append((id, item))
            }
        }
        claimItems = items
        claimIndex = index
    }

    /// A document made of parts already read (see `patched(_:into:)`).
    init(path: String, text: String, bytes: [UInt8], root: YAMLNode?, file: AnnotationFile, diagnostics: [Diagnostic],
         claimItems: [(id: String, node: YAMLNode)], claimIndex: [String: Int]) {
        self.path = path
        self.text = text
        self.bytes = bytes
        self.root = root
        self.file = file
        self.diagnostics = diagnostics
        self.claimItems = claimItems
        self.claimIndex = claimIndex
    }

    /// A new annotation file for the essay `essayFileName`: a header of comments, the essay's
    /// name and title, the framework when one is named, and no claims yet.
    public static func new(path: String, essayFileName: String, title: String?, framework: String? = nil) -> AnnotationDocument {
        var text = """
            # Annotations of \(essayFileName): a reading of its argument, kept beside the essay.
            # Written by `legit annotate` and by hand alike: legit keeps comments, order and quoting
            # as they are, and changes only the lines of what it edits. See `legit annotate --help`.

            """
        text += "essay: " + YAMLScalarWriter.render(essayFileName, style: .plain) + "\n"
        if let title { text += "title: " + YAMLScalarWriter.doubleQuoted(title) + "\n" }
        if let framework { text += "framework: " + YAMLScalarWriter.render(framework, style: .plain) + "\n" }
        text += "claims: []\n"
        // The header is ours and always reads.
        guard let document = try? AnnotationDocument(path: path, text: text) else {
            preconditionFailure("the header of a new annotation file does not read back")
        }
        return document
    }

    public static func == (lhs: AnnotationDocument, rhs: AnnotationDocument) -> Bool {
        lhs.path == rhs.path && lhs.bytes == rhs.bytes
    }

    /// The ids of the claims, in file order.
    public var claimIDs: [String] { claimItems.map(\.id) }

    /// Whether a claim has the id `id`.
    public func hasClaim(_ id: String) -> Bool { claimIndex[id] != nil }

    /// The claim with id `id`, as the file declares it.
    public func claim(_ id: String) -> ClaimAnnotation? {
        file.claims.first { $0.id == id }
    }

    /// The line (1-based) the claim `id` starts on.
    public func line(ofClaim id: String) -> Int? {
        claimIndex[id].map { claimItems[$0].node.position.line }
    }

    func item(_ id: String) -> YAMLNode? {
        claimIndex[id].map { claimItems[$0].node }
    }

    // MARK: - Where things are

    /// The entry `key` of the mapping `node`.
    static func entry(_ key: String, in node: YAMLNode?) -> (key: YAMLNode, value: YAMLNode)? {
        node?.mapping?.first { $0.key.text == key }
    }

    /// The offset of the first byte of the line holding `offset`.
    func lineStart(_ offset: Int) -> Int {
        var index = min(offset, bytes.count)
        while index > 0, bytes[index - 1] != 0x0A { index -= 1 }
        return index
    }

    /// The offset just past the line break ending the line that holds `offset` (the text's end
    /// when that line has none).
    func lineEnd(_ offset: Int) -> Int {
        var index = max(0, offset)
        while index < bytes.count, bytes[index] != 0x0A { index += 1 }
        return min(index + 1, bytes.count)
    }

    /// Whether the bytes from `from` to `to` are all spaces.
    func onlySpaces(_ from: Int, _ to: Int) -> Bool {
        from <= to && bytes[from..<to].allSatisfy { $0 == 0x20 }
    }

    /// The column (in bytes, 0-based) of `offset` in its line.
    func column(_ offset: Int) -> Int { offset - lineStart(offset) }

    /// Where a node's own text ends: a block scalar's trailing line breaks and indentation left out.
    func contentEnd(_ node: YAMLNode) -> Int {
        var end = node.span.upperBound
        if node.style == .literal || node.style == .folded {
            while end > node.span.lowerBound, [0x0A, 0x20, 0x0D, 0x09].contains(bytes[end - 1]) { end -= 1 }
        }
        if case .mapping(let entries, let mark) = node, !mark.isFlow, let last = entries.last { end = max(mark.start, contentEnd(last.value)) }
        if case .sequence(let items, let mark) = node, !mark.isFlow, let last = items.last { end = max(mark.start, contentEnd(last)) }
        return end
    }

    /// The lines a block collection's member takes: from the start of its first line (its `-` for
    /// a sequence item) to past the line break of its last.
    func memberLines(_ node: YAMLNode, end: Int? = nil) -> Range<Int>? {
        var start = node.span.lowerBound
        // A sequence item's text starts after its `- `, possibly on the line before.
        var scan = start
        while scan > 0, [0x20, 0x0A, 0x0D].contains(bytes[scan - 1]) { scan -= 1 }
        if scan > 0, bytes[scan - 1] == 0x2D { start = scan - 1 }
        let first = lineStart(start)
        guard onlySpaces(first, start) else { return nil }
        let last = end ?? contentEnd(node)
        return first..<lineEnd(max(last - 1, start))
    }

    /// The indentation of a block mapping's keys.
    func keyIndent(_ mapping: YAMLNode) -> Int {
        mapping.mapping?.last.map { column($0.key.span.lowerBound) } ?? column(mapping.span.lowerBound)
    }

    /// `text` with a line break before it when `offset` is not at the start of a line.
    func atLineStart(_ text: String, _ offset: Int) -> String {
        offset == 0 || bytes[offset - 1] == 0x0A ? text : "\n" + text
    }
}
