import EssayKit

/// The table of authorities: `legit authorities`.
public enum AuthorityReport {
    /// An authority in one line: authors, title, container, year (`Authority.reference`).
    public static func line(_ authority: Authority) -> String {
        authority.reference
    }

    static func heading(_ kind: Authority.Kind) -> String {
        switch kind {
        case .case: "Cases"
        case .constitution: "Constitutions"
        case .statute: "Statutes"
        case .regulation: "Regulations"
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
        case .brief: "Briefs"
        case .news: "News"
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
                if work.footnotes.isEmpty {
                    // A work of the reference list no note cites.
                    out += "    [\(work.id)]  listed in the references, cited in no note\n"
                } else {
                    out += "    [\(work.id)]  " + (work.footnotes.count == 1 ? "note " : "notes ") + work.footnotes.joined(separator: ", ") + "\n"
                }
            }
        }
        return out
    }
}
