/// A parsed essay: front matter, sections of blocks, footnotes, resolved citations and authorities.
public struct Essay: Sendable {
    public var source: SourceFile
    /// The title (the `# ` line), markup removed.
    public var title: String
    public var titleRange: SourceRange?
    /// The author byline, without its note marker.
    public var author: String?
    /// The label of the byline's note marker (`*`), if any.
    public var authorNoteLabel: String?
    /// The DOI, as a URL or bare.
    public var doi: String?
    /// The copyright line.
    public var copyright: String?
    /// The abstract, keywords and classification codes printed before the text.
    public var frontMatter = EssayFrontMatter()
    public var sections: [Section]
    /// Every footnote in label order, the author's `*` note (number 0) first when present.
    public var footnotes: [Footnote] {
        didSet { footnoteIndex = LabelIndex(footnotes.map(\.label)) }
    }
    /// Every work cited, in order of first citation.
    public var authorities: [Authority] {
        didSet { authorityIndex = Self.index(authorities.map(\.id)) }
    }
    private var footnoteIndex: LabelIndex
    private var authorityIndex: [String: Int]
    /// What the parser and the citation resolver found wrong.
    public var diagnostics: [Diagnostic]

    public init(source: SourceFile, title: String, titleRange: SourceRange?, author: String?, authorNoteLabel: String?,
                doi: String?, copyright: String?, sections: [Section], footnotes: [Footnote], authorities: [Authority],
                diagnostics: [Diagnostic]) {
        self.init(source: source, title: title, titleRange: titleRange, author: author, authorNoteLabel: authorNoteLabel, doi: doi,
                  copyright: copyright, sections: sections, footnotes: footnotes, authorities: authorities, diagnostics: diagnostics,
                  footnoteIndex: LabelIndex(footnotes.map(\.label)), authorityIndex: Self.index(authorities.map(\.id)))
    }

    /// An essay with its indexes made already, as the parser has them: the footnotes' positions by
    /// label, and the authorities' by id.
    init(source: SourceFile, title: String, titleRange: SourceRange?, author: String?, authorNoteLabel: String?,
         doi: String?, copyright: String?, sections: [Section], footnotes: [Footnote], authorities: [Authority],
         diagnostics: [Diagnostic], footnoteIndex: LabelIndex, authorityIndex: [String: Int]) {
        self.source = source
        self.title = title
        self.titleRange = titleRange
        self.author = author
        self.authorNoteLabel = authorNoteLabel
        self.doi = doi
        self.copyright = copyright
        self.sections = sections
        self.footnotes = footnotes
        self.authorities = authorities
        self.diagnostics = diagnostics
        self.footnoteIndex = footnoteIndex
        self.authorityIndex = authorityIndex
    }

    private static func index(_ keys: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        index.reserveCapacity(keys.count)
        for (position, key) in keys.enumerated() where index[key] == nil { index[key] = position }
        return index
    }

    /// The footnote with label `label`.
    public func footnote(_ label: String) -> Footnote? {
        footnoteIndex[label].map { footnotes[$0] }
    }

    /// The authority with id `id`.
    public func authority(_ id: String) -> Authority? {
        authorityIndex[id].map { authorities[$0] }
    }

    /// The sentence at `locator`.
    public func sentence(at locator: SentenceLocator) -> Sentence? {
        guard sections.indices.contains(locator.section) else { return nil }
        let blocks = sections[locator.section].blocks
        guard blocks.indices.contains(locator.block) else { return nil }
        let block = blocks[locator.block]
        if let item = locator.item {
            guard block.items.indices.contains(item), block.items[item].sentences.indices.contains(locator.sentence) else { return nil }
            return block.items[item].sentences[locator.sentence]
        }
        guard block.sentences.indices.contains(locator.sentence) else { return nil }
        return block.sentences[locator.sentence]
    }

    /// The offsets in the sentence at `locator`'s text after which its footnote markers sit, in order.
    func markerOffsets(at locator: SentenceLocator) -> [Int] {
        guard let sentence = sentence(at: locator) else { return [] }
        let block = sections[locator.section].blocks[locator.block]
        let content = locator.item.map { block.items[$0].content } ?? block.content
        return content.markers.compactMap { marker in
            sentence.textRange.contains(marker.offset) ? marker.offset - sentence.textRange.lowerBound : nil
        }
    }

    /// Every body sentence with its locator, in reading order.
    public var bodySentences: [(locator: SentenceLocator, sentence: Sentence)] {
        sections.enumerated().flatMap { sectionIndex, section in
            section.blocks.enumerated().flatMap { blockIndex, block in
                block.allSentences.map { entry in
                    (SentenceLocator(section: sectionIndex, block: blockIndex, item: entry.item, sentence: entry.index), entry.sentence)
                }
            }
        }
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
