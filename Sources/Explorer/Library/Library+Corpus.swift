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
                corpus.index.search(query, limit: Library.hitLimit).compactMap { found in
                    Library.hit(found, essay: corpus.entries[found.essay].essay)
                }
            },
            savedPosition: { path in positions?.load(for: path) })
    }

    /// A corpus hit as the library lists it and opens it.
    static func hit(_ found: CorpusSearchIndex.Hit, essay: Essay?) -> Hit? {
        let hit = found.hit
        let target: ExplorerModel.SearchHit.Target
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
        return Hit(essay: found.essay, kind: hit.kind.rawValue, text: label + ": " + excerpt(hit), target: target)
    }

    /// The hit's text from a few words before its first match, so the match shows in a short row.
    static func excerpt(_ hit: SearchHit) -> String {
        let bytes = Array(hit.text.utf8)
        guard let first = hit.matches.first, first.start > 30, first.start <= bytes.count else { return hit.text }
        var start = first.start - 24
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        if let space = bytes[start..<first.start].firstIndex(of: 0x20) { start = space + 1 }
        return "…" + String(decoding: bytes[start...], as: UTF8.self)
    }
}
