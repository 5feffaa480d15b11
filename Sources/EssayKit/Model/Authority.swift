/// A work the essay cites (an article, book, UN document, treaty, web page ...), cited once or often.
public struct Authority: Hashable, Sendable {
    /// The kinds of work legit tells apart, in the order a table of authorities lists them.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        /// A court decision: `Marbury v. Madison, 5 U.S. 137 (1803)`.
        case `case`
        /// A constitution: `U.S. Const.`.
        case constitution
        /// A statute, code or session law: `42 U.S.C.`, `Mass. Gen. Laws ch. 93A`, `Pub. L. No. 111-148`.
        case statute
        /// A regulation or register: `16 C.F.R.`, `75 Fed. Reg. 1234`.
        case regulation
        case article, book, resolution, document, treaty, report, speech, letter, webpage, other
        /// A party's or amicus's brief, named by its party: `Brief for Respondents 27`.
        case brief
        /// A news story: `Given Surname, Title, Outlet (Aug. 3, 2009)`.
        case news
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
    /// A case's court: its id in Free Law Project's courts-db (`ca2`, `scotus`), when known.
    public var court: String?
    /// A case's court by name (`Court of Appeals for the Second Circuit`), when known.
    public var courtName: String?
    /// A case's other reporters (`84 S. Ct. 710`), as parallel citations give them.
    public var parallelCitations: [String] = []
    /// A case's reporter as its first full citation printed it, when other than `container`, the
    /// tables' spelling (`U.S.P.Q.2d` for `U.S.P.Q. 2d (BNA)`, `F.Supp.2d` for `F. Supp. 2d`): the
    /// cite as the essay writes it.
    public var printedReporter: String?

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
