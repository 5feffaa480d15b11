/// One reference to a work inside a footnote, in full or short form, resolved to an authority.
public struct Citation: Hashable, Sendable {
    /// How a citation names its work.
    public enum Form: String, Hashable, Sendable, Codable {
        /// The work's full citation.
        case full
        /// A short form naming the work by author or short title, without *supra*.
        case short
        /// *Id.*: the work cited just before.
        case id
        /// *supra* note N: the work cited in full in note N.
        case supra
        /// *infra* note N: the work a later note N cites in full (`Roe, infra note 40`).
        case infra
    }

    public var form: Form
    /// The introductory signal as written (`See`, `See, e.g.,`, `Cf.`, `citing`), or nil.
    public var signal: String?
    /// The citation's text, without its signal: a slice shared with the footnote's text.
    public var text: Substring
    /// The UTF-8 range of the citation (signal included) in the footnote's text.
    public var textRange: Range<Int>
    public var pinpoint: Pinpoint?
    /// The id of the authority the citation names, once resolved.
    public var authorityID: String?
    /// For *Id.* and *supra*: the label of the footnote whose citation this one leans on.
    public var refersTo: String?
    public var range: SourceRange
    /// A case citation's explanatory parentheticals, each without its brackets (`holding that ...`).
    public var parentheticals: [String] = []
    /// A case citation's subsequent history as written (`aff'd, 5 F.3d 1 (2d Cir. 1995)`).
    public var history: String?

    public init(form: Form, signal: String?, text: Substring, textRange: Range<Int>, pinpoint: Pinpoint?,
                authorityID: String?, refersTo: String?, range: SourceRange) {
        self.form = form
        self.signal = signal
        self.text = text
        self.textRange = textRange
        self.pinpoint = pinpoint
        self.authorityID = authorityID
        self.refersTo = refersTo
        self.range = range
    }
}

/// The exact place in a work a citation points at.
public struct Pinpoint: Hashable, Sendable, Codable, CustomStringConvertible {
    public enum Kind: String, Hashable, Sendable, Codable {
        case page, pages, note, paragraph, article
        /// A section: `§ 1983`, `§§ 3–5`.
        case section
        case other
    }

    /// Whether the pinpoint opens with a mark (`¶`, `§`, `art.`, `n.`) rather than a page number.
    public var isMarked: Bool {
        guard let first = text.utf8.first else { return false }
        return !(first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
    }

    public var kind: Kind
    /// The pinpoint as written: `553`, `577–88`, `556 n.19`, `¶ 72`, `art. 19(2)`.
    public var text: String

    public init(kind: Kind, text: String) {
        self.kind = kind
        self.text = text
    }

    public var description: String { text }
}
