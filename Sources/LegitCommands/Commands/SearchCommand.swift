import ArgumentGraph
import ArgumentParser
import EssayKit
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search claims, sentences, footnotes and authorities, ranked by BM25 (across every essay, for a folder).",
        discussion: """
            Case, accents, apostrophes and hyphens are ignored ("Caron's" finds "Caron’s", \
            "multistakeholder" finds "multi-stakeholder"). Put phrases in double quotes: \
            legit search '"judicial review" council'.
            """)

    @Argument(help: "The words to look for; quote the whole query in the shell when it has spaces.") var query: String

    // `.unconditional`, so `--limit -1` is read as the value it is (and refused), not as a missing one.
    @Option(parsing: .unconditional, help: "At most this many hits.") var limit = 10
    @Option(help: "Only hits of this kind: claim, statement, footnote or authority.") var kind: String?

    @OptionGroup var options: EssayOptions
    @OptionGroup var argument: ArgumentOptions

    func run() throws {
        guard limit > 0 else { throw CommandFailure("--limit takes a positive number of hits, not \(limit)") }
        let parsed = SearchQuery(parsing: query)
        guard !parsed.isEmpty else { throw CommandFailure("the query \(quoted: query) has no words to search for") }
        var kinds: Set<SearchHit.Kind>?
        if let kind {
            guard let value = SearchHit.Kind(id: kind) else {
                throw CommandFailure("unknown kind \(quoted: kind); use one of \(SearchHit.Kind.ids.joined(separator: ", "))")
            }
            kinds = [value]
        }
        if try options.isFolderOfMany() {
            if argument.annotations != nil {
                throw CommandFailure("--annotations names the annotations of one essay; choose it with --essay NAME")
            }
            let corpus = try options.loadArguments(frameworkPath: argument.framework)
            let results = corpus.index.results(for: parsed, kinds: kinds, limit: limit)
            if options.json {
                try StandardOutput.json(try JSONOutput.string(results.hits.map(\.hit)))
                return
            }
            let essays = corpus.entries.map(\.essay)
            let heading = Self.heading(shown: results.hits.count, total: results.total, query: query,
                                       essays: (results.essays, corpus.index.essayCount))
            try StandardOutput.text(Self.text(results.hits.map { ($0.hit, essays[$0.essay]) }, heading: heading), terminator: "")
            return
        }
        let essay = try options.loadEssay()
        let map = argument.loadMap(for: essay)
        let results = SearchIndex(map: map).results(for: parsed, kinds: kinds, limit: limit)
        if options.json {
            try StandardOutput.json(try JSONOutput.string(results.hits))
            return
        }
        let heading = Self.heading(shown: results.hits.count, total: results.total, query: query, essays: nil)
        try StandardOutput.text(Self.text(results.hits.map { ($0, essay) }, heading: heading), terminator: "")
    }

    /// `3 hits for veto`, or `showing 10 of 25 hits for veto` when the limit left some out; for
    /// several essays, how many of them hold a hit.
    static func heading(shown: Int, total: Int, query: String, essays: (hit: Int, all: Int)?) -> String {
        var out = total == 0 ? "no hits for \(query)" : shown < total ? "showing \(shown) of \(counted(total, "hit")) for \(query)"
            : "\(counted(total, "hit")) for \(query)"
        if let essays { out += total == 0 ? " in \(counted(essays.all, "essay"))" : ", in \(essays.hit) of \(counted(essays.all, "essay"))" }
        return out
    }

    /// The hits, best first: rank, essay (when several), kind, id, section, notes and score, then a snippet.
    static func text(_ hits: [(hit: SearchHit, essay: Essay?)], heading: String) -> String {
        let highlight = isatty(STDOUT_FILENO) != 0
        var out = heading + "\n"
        for (rank, entry) in hits.enumerated() {
            let hit = entry.hit
            var head = String(rank + 1).leftPadded(3) + ". "
            if let path = hit.essay { head += EssayCorpus.fileName(path) + "  " }
            head += "\(hit.kind.rawValue) \(hit.id)"
            if let section = hit.section, let essay = entry.essay { head += "  " + ArgumentText.sectionTag(section, in: essay) }
            if !hit.footnotes.isEmpty, hit.kind != .footnote { head += "  n." + hit.footnotes.prefix(6).joined(separator: ",") }
            head += String(format: "  (%.2f)", hit.score)
            out += "\n" + head + "\n"
            out += "     " + ArgumentText.wrap(Self.snippet(hit, highlight: highlight), column: 5) + "\n"
        }
        return out
    }

    /// Up to about 180 characters of the hit's text around its first match, matches marked.
    static func snippet(_ hit: SearchHit, highlight: Bool) -> String {
        let bytes = Array(hit.text.utf8)
        guard let first = hit.matches.first else { return ArgumentText.excerpt(hit.text, limit: 180) }
        var start = max(0, first.start - 70)
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        if start > 0, let space = bytes[start..<first.start].firstIndex(of: 0x20) { start = space + 1 }
        var end = min(bytes.count, first.end + 110)
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        if end < bytes.count, let space = bytes[first.end..<end].lastIndex(of: 0x20) { end = space }
        let open = highlight ? "\u{1B}[1m" : "«"
        let close = highlight ? "\u{1B}[0m" : "»"
        var out = start > 0 ? "…" : ""
        var cursor = start
        for match in hit.matches where match.start >= start && match.end <= end {
            out += String(decoding: bytes[cursor..<match.start], as: UTF8.self)
            out += open + String(decoding: bytes[match.start..<match.end], as: UTF8.self) + close
            cursor = match.end
        }
        out += String(decoding: bytes[cursor..<end], as: UTF8.self)
        if end < bytes.count { out += "…" }
        return out
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
