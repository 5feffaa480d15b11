import ArgumentGraph

/// The essays of a folder, as the explorer's first screen lists them, with how to open one and how
/// to search them all.
///
/// Opening and searching are functions, so the list shows at once and each essay's argument graph
/// is built only when the reader opens it; tests give small functions of their own.
public struct Library: Sendable {
    /// One essay of the list.
    public struct Entry: Hashable, Sendable {
        public var path: String
        public var title: String
        public var author: String?
        /// Numbered footnotes (the author's note not counted).
        public var footnotes: Int
        /// Annotated claims, or nil when the essay has no annotation file.
        public var claims: Int?
        /// Why the file could not be read, when it could not.
        public var problem: String?

        public init(path: String, title: String, author: String?, footnotes: Int, claims: Int?, problem: String? = nil) {
            self.path = path
            self.title = title
            self.author = author
            self.footnotes = footnotes
            self.claims = claims
            self.problem = problem
        }

        /// The file's name.
        public var name: String { path.split(separator: "/").last.map(String.init) ?? path }
    }

    /// One hit of a search across the essays.
    public struct Hit: Hashable, Sendable {
        /// The essay's position in `entries`.
        public var essay: Int
        public var kind: SearchHit.Kind
        /// What the list shows of the hit: its id or label and the start of its text.
        public var text: String
        /// Where the essay opens.
        public var target: SearchTarget

        public init(essay: Int, kind: SearchHit.Kind, text: String, target: SearchTarget) {
            self.essay = essay
            self.kind = kind
            self.text = text
            self.target = target
        }
    }

    /// The folder, for the header.
    public var folder: String
    public var entries: [Entry]
    /// Builds what the explorer shows of essay `index`; nil when it cannot be opened.
    public var open: @Sendable (Int) -> ExplorerModel?
    /// The best hits for a query, over every essay, best first, with how many there are in all.
    public var search: @Sendable (String) -> SearchResults<Hit>
    /// The reading place saved for an essay's path, if any.
    public var savedPosition: @Sendable (String) -> ReadingAnchor?

    public init(folder: String, entries: [Entry], open: @escaping @Sendable (Int) -> ExplorerModel?,
                search: @escaping @Sendable (String) -> SearchResults<Hit>, savedPosition: @escaping @Sendable (String) -> ReadingAnchor? = { _ in nil }) {
        self.folder = folder
        self.entries = entries
        self.open = open
        self.search = search
        self.savedPosition = savedPosition
    }
}
