import EssayKit

/// The table of authorities: `legit authorities`.
public enum AuthorityReport {
    /// An authority in one line: authors, title, container, year.
    public static func line(_ authority: Authority) -> String {
        var parts: [String] = []
        if !authority.authors.isEmpty { parts.append(authority.authors.joined(separator: " & ")) }
        parts.append(authority.title)
        if let container = authority.container {
            parts.append([authority.volume, container, authority.firstPage].compactMap { $0 }.joined(separator: " "))
        }
        if let number = authority.documentNumber, !authority.title.contains(number) { parts.append(number) }
        var line = parts.joined(separator: ", ")
        if let year = authority.year { line += " (\(year))" }
        return line
    }

    static func heading(_ kind: Authority.Kind) -> String {
        switch kind {
        case .article: "Articles"
        case .book: "Books"
        case .resolution: "Resolutions"
        case .document: "Documents"
        case .treaty: "Treaties"
        case .report: "Reports"
        case .speech: "Speeches"
        case .letter: "Letters"
        case .webpage: "Web pages"
        case .other: "Other works"
        }
    }

    /// Every authority, grouped by kind, with the footnotes that cite it.
    public static func text(_ essay: Essay) -> String {
        var out = counted(essay.authorities.count, "authority", "authorities") + "\n"
        for kind in Authority.Kind.allCases {
            let works = essay.authorities.filter { $0.kind == kind }
            guard !works.isEmpty else { continue }
            out += "\n\(heading(kind))\n"
            for work in works {
                out += "  " + line(work) + "\n"
                out += "    [\(work.id)]  " + (work.footnotes.count == 1 ? "note " : "notes ") + work.footnotes.joined(separator: ", ") + "\n"
            }
        }
        return out
    }
}
