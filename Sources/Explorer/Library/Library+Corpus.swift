import ArgumentGraph
import EssayKit

extension Library {
    /// How many hits a search across the essays lists at most.
    public static let hitLimit = 200

    /// The library of a loaded corpus: each essay's argument is built when it is opened, and search
    /// runs on the corpus index (claims, statements, footnotes and authorities of every essay).
    public init(corpus: ArgumentCorpus, positions: ReadingPositionStore? = nil) {
        let entries = corpus.entries.enumerated().map { index, entry -> Entry in
            guard let essay = entry.essay else {
                return Entry(path: entry.path, title: entry.name, author: nil, footnotes: 0, claims: nil,
                             problem: entry.failure?.message ?? "cannot be read")
            }
            return Entry(path: entry.path, title: essay.title, author: essay.author,
                         footnotes: essay.footnotes.filter { $0.number > 0 }.count, claims: corpus.claimCount(index))
        }
        let folder = corpus.corpus.folder?.path ?? ""
        self.init(
            folder: folder, entries: entries,
            open: { index in
                guard let loaded = corpus.argument(index) else { return nil }
                return ExplorerModel(loaded: loaded, path: corpus.entries[index].path)
            },
            search: { query in
                let results = corpus.index.results(for: SearchQuery(parsing: query), limit: Library.hitLimit)
                let hits = results.hits.compactMap { found in Library.hit(found, essay: corpus.entries[found.essay].essay) }
                return SearchResults(hits: hits, total: results.total, essays: results.essays)
            },
            savedPosition: { path in positions?.load(for: path) })
    }

    /// A corpus hit as the library lists it and opens it.
    static func hit(_ found: CorpusSearchIndex.Hit, essay: Essay?) -> Hit? {
        let hit = found.hit
        let target: SearchTarget
        var label = "\(hit.kind.rawValue) \(hit.id)"
        switch hit.kind {
        case .claim: target = .claim(hit.id)
        case .footnote:
            target = .footnote(hit.id)
            label = "note \(hit.id)"
        case .authority: target = .authority(hit.id)
        case .statement:
            guard let essay, let locator = hit.sentence, let sentence = essay.sentence(at: locator) else { return nil }
            target = .sentence(ReadingBlockRef(section: locator.section, block: locator.block, item: locator.item), sentence.textRange)
            let section = essay.sections[locator.section]
            label = section.number.map { "§" + $0 } ?? String(section.displayTitle.prefix(16))
        }
        return Hit(essay: found.essay, kind: hit.kind, text: label + ": " + OverlayContent.excerpt(hit), target: target)
    }
}
