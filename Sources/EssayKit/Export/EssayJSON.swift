/// The JSON shapes of the parsed essay, shared by `legit dump`, `footnote`, `authorities` and `export`.
///
/// Fields are only ever added, never renamed; keys are sorted by the encoder.
public enum EssayJSON {
    /// A source range as `{"start": {"line", "column"}, "end": {...}}`.
    public typealias Range = SourceRange

    /// A work the essay cites: `legit authorities --json`.
    public struct Authority: Codable, Hashable, Sendable {
        public var id: String
        public var kind: String
        public var authors: [String]
        public var title: String
        public var year: Int?
        public var container: String?
        public var volume: String?
        public var firstPage: String?
        public var documentNumber: String?
        public var url: String?
        public var shortNames: [String]
        /// The numbers of the footnotes citing it, in order.
        public var footnotes: [Int]
        /// Their labels, for essays whose notes carry letters (`12a`).
        public var footnoteLabels: [String]

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(kind, forKey: .kind)
            try container.encode(authors, forKey: .authors)
            try container.encode(title, forKey: .title)
            try container.encode(year, forKey: .year)
            try container.encode(self.container, forKey: .container)
            try container.encode(volume, forKey: .volume)
            try container.encode(firstPage, forKey: .firstPage)
            try container.encode(documentNumber, forKey: .documentNumber)
            try container.encode(url, forKey: .url)
            try container.encode(shortNames, forKey: .shortNames)
            try container.encode(footnotes, forKey: .footnotes)
            try container.encode(footnoteLabels, forKey: .footnoteLabels)
        }

        public init(_ authority: EssayKit.Authority, essay: Essay) {
            id = authority.id
            kind = authority.kind.rawValue
            authors = authority.authors
            title = authority.title
            year = authority.year
            container = authority.container
            volume = authority.volume
            firstPage = authority.firstPage
            documentNumber = authority.documentNumber
            url = authority.url
            shortNames = authority.shortNames
            footnoteLabels = authority.footnotes
            footnotes = authority.footnotes.compactMap { label in essay.footnote(label)?.number }
        }
    }

    /// The short description of an authority inside a citation.
    public struct AuthorityReference: Codable, Hashable, Sendable {
        public var id: String
        public var kind: String
        public var authors: [String]
        public var title: String
        public var year: Int?
        public var url: String?

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(kind, forKey: .kind)
            try container.encode(authors, forKey: .authors)
            try container.encode(title, forKey: .title)
            try container.encode(year, forKey: .year)
            try container.encode(url, forKey: .url)
        }

        public init(_ authority: EssayKit.Authority) {
            id = authority.id
            kind = authority.kind.rawValue
            authors = authority.authors
            title = authority.title
            year = authority.year
            url = authority.url
        }
    }

    /// One citation in a footnote.
    public struct Citation: Codable, Hashable, Sendable {
        public var form: String
        public var signal: String?
        public var text: String
        /// The pinpoint as written (`553`, `577–88`, `¶ 72`), or null.
        public var pinpoint: String?
        public var pinpointKind: String?
        /// The label of the footnote an *Id.* or *supra* leans on.
        public var refersTo: String?
        /// The resolved work, or null when it could not be resolved (see `legit check`).
        public var authority: AuthorityReference?
        public var range: Range

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(form, forKey: .form)
            try container.encode(signal, forKey: .signal)
            try container.encode(text, forKey: .text)
            try container.encode(pinpoint, forKey: .pinpoint)
            try container.encode(pinpointKind, forKey: .pinpointKind)
            try container.encode(refersTo, forKey: .refersTo)
            try container.encode(authority, forKey: .authority)
            try container.encode(range, forKey: .range)
        }

        public init(_ citation: EssayKit.Citation, essay: Essay) {
            form = citation.form.rawValue
            signal = citation.signal
            text = String(citation.text)
            pinpoint = citation.pinpoint?.text
            pinpointKind = citation.pinpoint?.kind.rawValue
            refersTo = citation.refersTo
            authority = citation.authorityID.flatMap { essay.authority($0) }.map(AuthorityReference.init)
            range = citation.range
        }
    }

    /// A body sentence that marks a footnote.
    public struct CitingSentence: Codable, Hashable, Sendable {
        public var text: String
        public var section: String
        public var range: Range
    }

    /// A part of a footnote: a citation clause or the author's commentary.
    public struct Segment: Codable, Hashable, Sendable {
        public var kind: String
        public var text: String
    }

    /// One footnote: `legit footnote --json`. The author's `*` note has number 0.
    public struct Footnote: Codable, Hashable, Sendable {
        public var number: Int
        public var label: String
        public var text: String
        public var citations: [Citation]
        public var segments: [Segment]
        public var citedBy: [CitingSentence]
        public var range: Range

        public init(_ footnote: EssayKit.Footnote, essay: Essay) {
            number = footnote.number
            label = footnote.label
            text = footnote.content.text
            citations = footnote.citations.map { Citation($0, essay: essay) }
            segments = footnote.segments.map { Segment(kind: $0.kind.rawValue, text: String($0.text)) }
            citedBy = footnote.citedBy.compactMap { locator in
                essay.sentence(at: locator).map {
                    CitingSentence(text: String($0.text), section: essay.sections[locator.section].displayTitle, range: $0.range)
                }
            }
            range = footnote.range
        }
    }

    /// A sentence inside a block.
    public struct Sentence: Codable, Hashable, Sendable {
        public var text: String
        public var footnotes: [Int]
        public var footnoteLabels: [String]
        public var range: Range
    }

    /// A list item inside a list block.
    public struct Item: Codable, Hashable, Sendable {
        public var label: String
        public var text: String
        public var sentences: [Sentence]
        public var range: Range
    }

    /// A paragraph, quotation or list.
    public struct Block: Codable, Hashable, Sendable {
        public var kind: String
        public var text: String
        public var items: [Item]
        public var sentences: [Sentence]
        /// The labels of the footnotes marked in the block.
        public var footnotes: [String]
        public var range: Range
    }

    /// A section with its blocks.
    public struct Section: Codable, Hashable, Sendable {
        /// The heading (`I. THE LEGITIMACY FRAMEWORK`), or `Introduction` for the untitled opening.
        public var title: String
        public var number: String?
        public var level: Int
        public var blocks: [Block]
        public var range: Range

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(number, forKey: .number)
            try container.encode(level, forKey: .level)
            try container.encode(blocks, forKey: .blocks)
            try container.encode(range, forKey: .range)
        }
    }

    /// The whole parsed essay: `legit dump --json`.
    public struct Document: Codable, Hashable, Sendable {
        public var title: String
        public var author: String?
        public var authorNote: String?
        public var doi: String?
        public var copyright: String?
        /// The abstract's paragraphs, the keywords and the classification codes (`EssayFrontMatter`).
        public var abstract: [String]
        public var keywords: [String]
        public var classification: [String]
        public var sections: [Section]
        public var footnotes: [Footnote]
        public var authorities: [Authority]
        public var diagnostics: [Diagnostic]

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(title, forKey: .title)
            try container.encode(author, forKey: .author)
            try container.encode(authorNote, forKey: .authorNote)
            try container.encode(doi, forKey: .doi)
            try container.encode(copyright, forKey: .copyright)
            try container.encode(abstract, forKey: .abstract)
            try container.encode(keywords, forKey: .keywords)
            try container.encode(classification, forKey: .classification)
            try container.encode(sections, forKey: .sections)
            try container.encode(footnotes, forKey: .footnotes)
            try container.encode(authorities, forKey: .authorities)
            try container.encode(diagnostics, forKey: .diagnostics)
        }

        public init(_ essay: Essay) {
            title = essay.title
            author = essay.author
            authorNote = essay.authorNoteLabel
            doi = essay.doi
            copyright = essay.copyright
            abstract = essay.frontMatter.abstract
            keywords = essay.frontMatter.keywords
            classification = essay.frontMatter.classification
            sections = essay.sections.map { EssayJSON.section($0, essay: essay) }
            footnotes = essay.footnotes.map { Footnote($0, essay: essay) }
            authorities = essay.authorities.map { Authority($0, essay: essay) }
            diagnostics = essay.diagnostics
        }
    }

    /// The JSON form of one section.
    public static func section(_ section: EssayKit.Section, essay: Essay) -> Section {
        Section(title: section.displayTitle, number: section.number, level: section.level,
                blocks: section.blocks.map { block($0, essay: essay) }, range: section.range)
    }

    static func block(_ block: EssayKit.Block, essay: Essay) -> Block {
        Block(kind: block.kind.rawValue, text: block.content.text,
              items: block.items.map { item in
                  Item(label: item.label, text: item.content.text, sentences: item.sentences.map { sentence($0, essay: essay) }, range: item.range)
              },
              sentences: block.sentences.map { sentence($0, essay: essay) },
              footnotes: block.footnoteLabels, range: block.range)
    }

    static func sentence(_ sentence: EssayKit.Sentence, essay: Essay) -> Sentence {
        Sentence(text: String(sentence.text), footnotes: sentence.footnotes.compactMap { essay.footnote($0)?.number },
                 footnoteLabels: sentence.footnotes, range: sentence.range)
    }
}
