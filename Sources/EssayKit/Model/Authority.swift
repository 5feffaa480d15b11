/// A work the essay cites (an article, book, UN document, treaty, web page ...), cited once or often.
public struct Authority: Hashable, Sendable {
    /// The kinds of work legit tells apart.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case article, book, resolution, document, treaty, report, speech, letter, webpage, other
    }

    /// A stable id made from the first author's surname (or issuer), a title word and the year.
    public var id: String
    public var kind: Kind
    public var authors: [String]
    public var title: String
    public var year: Int?
    /// The journal, publisher, site or body the work appears in.
    public var container: String?
    public var volume: String?
    /// The first page, for articles.
    public var firstPage: String?
    /// An official document number (`A/HRC/35/22`, `57/238`, `999 U.N.T.S. 14688`).
    public var documentNumber: String?
    public var url: String?
    /// Short names the essay gives the work (`[hereinafter Legitimacy]`).
    public var shortNames: [String]
    /// The labels of the footnotes that cite it, in order.
    public var footnotes: [String]
    /// The footnote and text of its first full citation.
    public var firstCitedIn: String

    public init(id: String, kind: Kind, authors: [String], title: String, year: Int?, container: String?, volume: String? = nil,
                firstPage: String? = nil, documentNumber: String? = nil, url: String?, shortNames: [String] = [],
                footnotes: [String] = [], firstCitedIn: String) {
        self.id = id
        self.kind = kind
        self.authors = authors
        self.title = title
        self.year = year
        self.container = container
        self.volume = volume
        self.firstPage = firstPage
        self.documentNumber = documentNumber
        self.url = url
        self.shortNames = shortNames
        self.footnotes = footnotes
        self.firstCitedIn = firstCitedIn
    }
}
