import EssayKit
import Foundation

/// Decides whether one of legit's authorities is a gold work, and whether two pinpoints are the same,
/// case- and punctuation-insensitively (the rules are in `Fixtures/real/README.md`).
enum GoldMatcher {
    /// An authority's text fields, folded once: every stored text, number and list of texts except its id,
    /// the footnotes citing it and the raw text of its first citation (so a work counts only when legit
    /// identified it, not when it merely kept the words).
    struct Fields {
        var kind: String
        /// Each field folded to lower-case letters and digits, spaces removed.
        var squeezed: [String]
        /// Each field's words, folded.
        var words: Set<String>

        init(_ authority: Authority) {
            kind = authority.kind.rawValue
            var texts: [String] = []
            for child in Mirror(reflecting: authority).children {
                guard let label = child.label, !["id", "footnotes", "firstCitedIn", "kind"].contains(label) else { continue }
                texts += Self.texts(child.value)
            }
            squeezed = texts.map(GoldMatcher.squeeze).filter { !$0.isEmpty }
            words = Set(texts.flatMap(GoldMatcher.words))
        }

        private static func texts(_ value: Any) -> [String] {
            let mirror = Mirror(reflecting: value)
            if mirror.displayStyle == .optional { return mirror.children.first.map { texts($0.value) } ?? [] }
            switch value {
            case let text as String: return [text]
            case let text as Substring: return [String(text)]
            case let number as Int: return [String(number)]
            case let list as [String]: return list
            default:
                if let raw = value as? any RawRepresentable, let text = raw.rawValue as? String { return [text] }
                return mirror.displayStyle == .collection ? mirror.children.flatMap { texts($0.value) } : []
            }
        }

        /// Whether `number` is one of the words, or begins one that goes on with a letter (a section
        /// `2000e` in `2000e(k)`, but not `1983` in `19834`).
        func hasNumber(_ number: String) -> Bool {
            words.contains(number) || words.contains { $0.hasPrefix(number) && $0.dropFirst(number.count).first?.isLetter == true }
        }

        /// These fields with one more word (the section a pinpoint opens with).
        func adding(word: String) -> Fields {
            var copy = self
            let words = GoldMatcher.words(word)
            copy.words.formUnion(words)
            copy.squeezed.append(GoldMatcher.squeeze(word))
            return copy
        }

        func contains(squeezed piece: String) -> Bool {
            !piece.isEmpty && squeezed.contains { $0.contains(piece) }
        }
    }

    /// Whether `fields` (one authority) carries every identifying field `work` gives.
    static func matches(_ fields: Fields, _ work: GoldFile.Work) -> Bool {
        if work.kind == "case", fields.kind != "case" { return false }
        if let cite = work.cite, !citeMatches(fields, cite) { return false }
        // A name is a case's parties; given for another kind of work it names the work as a title does.
        if let name = work.name, work.kind == "case" ? !nameMatches(fields, name) : !fields.contains(squeezed: squeeze(name)) { return false }
        if let title = work.title, !fields.contains(squeezed: squeeze(title)) { return false }
        if let number = work.number, !fields.contains(squeezed: squeeze(number)) { return false }
        for author in work.authors where !fields.contains(squeezed: squeeze(author)) { return false }
        if let year = work.year, !fields.words.contains(squeeze(year)) { return false }
        if let url = work.url, !fields.contains(squeezed: squeeze(url)) { return false }
        return true
    }

    /// A citation `VOL REPORTER PAGE` (or `CODE § SECTION`, `Harbour Act 1990 s 12`): each part with a
    /// digit must be one of the authority's words, and each run of the other parts between them, run
    /// together, must lie inside one of its fields (a year parts an Act's name from its section).
    static func citeMatches(_ fields: Fields, _ cite: String) -> Bool {
        // A volume with its issue (`49:1 Political Theory 109`, McGill's and others' form) is the volume:
        // legit keeps no issue.
        let parts = cite.split(whereSeparator: \.isWhitespace).enumerated().map { index, part in
            squeeze(index == 0 ? volumeWithoutIssue(String(part)) : String(part))
        }.filter { !$0.isEmpty }
        var numbers: [String] = []
        var runs: [String] = [""]
        for part in parts {
            if part.contains(where: \.isNumber) && !isSeries(part) {
                numbers.append(part)
                runs.append("")
            } else {
                runs[runs.count - 1] += part
            }
        }
        guard numbers.allSatisfy(fields.hasNumber) else {
            return fields.contains(squeezed: squeeze(cite))
        }
        return runs.allSatisfy { $0.isEmpty || fields.contains(squeezed: $0) }
    }

    /// `49:1` → `49`, `17(2)` → `17`; any other part unchanged.
    static func volumeWithoutIssue(_ part: String) -> String {
        guard let mark = part.firstIndex(where: { $0 == ":" || $0 == "(" }), mark != part.startIndex,
              part[..<mark].allSatisfy(\.isNumber), part[part.index(after: mark)...].contains(where: \.isNumber),
              part[part.index(after: mark)...].allSatisfy({ $0.isNumber || $0 == ")" || $0 == "-" || $0 == "–" }) else { return part }
        return String(part[..<mark])
    }

    /// A reporter's series (`2d`, `3d`, `4th`): part of the reporter's name, not a number to find.
    static func isSeries(_ part: String) -> Bool {
        guard let first = part.firstIndex(where: { !$0.isNumber }), first != part.startIndex else { return false }
        return ["st", "nd", "rd", "d", "th"].contains(String(part[first...]))
    }

    /// A party name: one of its distinctive words (three letters or more, not a corporate or common word)
    /// must be among the authority's words.
    static func nameMatches(_ fields: Fields, _ name: String) -> Bool {
        let distinctive = words(name).filter { $0.count >= 3 && !commonNameWords.contains($0) }
        guard !distinctive.isEmpty else { return fields.contains(squeezed: squeeze(name)) }
        return distinctive.contains { fields.words.contains($0) || fields.contains(squeezed: $0) }
    }

    private static let commonNameWords: Set<String> = [
        "the", "and", "united", "states", "state", "inc", "co", "corp", "corporation", "company", "ltd", "llc",
        "assn", "association", "dept", "department", "comm", "commission", "bd", "board", "city", "county",
        "people", "rel", "parte", "matter", "for", "its", "org", "organization", "intl", "international",
        "nat", "natl", "national", "educ", "education", "health", "services", "service", "women", "womens",
    ]

    /// Whether legit's pinpoint `legit` is the gold pinpoint `gold` (both nil counts as the same). Spaces,
    /// case, commas, a leading `at`, `p.`/`pp.`, `§` or the
    /// Commonwealth section mark `s`/`ss` before a number, and dash styles do not matter, nor an abbreviated range end (`277–83` is
    /// `277-283`), nor a statute section printed before a subsection pin (`102(a)` for `(a)`).
    static func pinMatches(legit: String?, gold: String?, goldCite: String?) -> Bool {
        let left = legit.map(normalizePin) ?? ""
        let right = gold.map(normalizePin) ?? ""
        if left == right { return true }
        guard !left.isEmpty else { return false }
        guard let section = goldCite.flatMap(lastNumber).map(normalizePin) else { return false }
        if right.isEmpty { return left == section }
        // The gold printing the section with its subdivision (`39.8` of `Sup. Ct. R. 39`) where legit
        // gives the subdivision alone (`.8`), the convention for statutes and rules.
        if right == section + left, left.first == "." || left.first == "(" { return true }
        return right.hasPrefix("(") && left == section + right
    }

    static func normalizePin(_ pin: String) -> String {
        var text = pin.lowercased()
        // `--` is LaTeX's and Pandoc Markdown's en dash, which legit reads as a range's dash.
        for dash in ["--", "–", "—", "‑", "−"] { text = text.replacingOccurrences(of: dash, with: "-") }
        text = text.replacingOccurrences(of: "\u{00A0}", with: " ")
        text = abbreviatingUnits(text)
        // A rule's mark before its number is the rule's, as a section's `§` is (`r 3.9` is `3.9`).
        for prefix in ["at ", "pp. ", "p. ", "pp.", "p.", "§§", "§", "r "] where text.hasPrefix(prefix) {
            text.removeFirst(prefix.count)
            break
        }
        text = EssayScore.droppingCommonwealthSectionMark(text)
        text = text.filter { !$0.isWhitespace && $0 != "," }
        return expandRanges(text)
    }

    /// The one spelling each unit of a pinpoint is compared in, singular or plural, in full or
    /// abbreviated, with or without its period (`Part`/`pt`, `paragraph`/`para`/`¶`, `section`/`s`/`§`,
    /// `article`/`art.`/`Art`, `rule`/`r`, `schedule`/`sch`, `chapter`/`ch`, `division`/`div`, `clause`/`cl`).
    static let unitSpellings: [String: String] = {
        var table: [String: String] = [:]
        let units: [(String, [String])] = [
            ("§", ["section", "sections", "sec", "secs", "s", "ss"]),
            ("pt", ["part", "parts", "pt", "pts"]),
            ("para", ["paragraph", "paragraphs", "para", "paras", "¶", "¶¶"]),
            ("art", ["article", "articles", "art", "arts"]),
            ("r", ["rule", "rules", "r", "rr"]),
            ("sch", ["schedule", "schedules", "sch", "schs", "sched"]),
            ("ch", ["chapter", "chapters", "ch", "chs", "chap"]),
            ("div", ["division", "divisions", "div", "divs"]),
            ("cl", ["clause", "clauses", "cl", "cls"]),
            ("reg", ["regulation", "regulations", "reg", "regs"]),
        ]
        for (canonical, spellings) in units {
            for spelling in spellings { table[spelling] = canonical }
        }
        return table
    }()

    /// `text` (lower case) with each unit word that a number or bracket follows written as
    /// `unitSpellings` writes it (`part 5.3` → `pt 5.3`, `para. 4` → `para 4`, `section 12(3)` → `§ 12(3)`).
    static func abbreviatingUnits(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let first = rest.first {
            let isUnitStart = first.isLetter || first == "¶"
            guard isUnitStart, out.last.map({ !$0.isLetter && !$0.isNumber }) ?? true else {
                out.append(first)
                rest = rest.dropFirst()
                continue
            }
            let word = rest.prefix { $0.isLetter || $0 == "¶" }
            var after = rest.dropFirst(word.count)
            if after.first == "." { after = after.dropFirst() }
            let spaced = after.drop { $0 == " " }
            // A unit word counts only before its number (`pt 5.3`, `s 12(3)`, `pt IIIA`): `at` or a
            // title's `part` is no unit.
            if let canonical = unitSpellings[String(word)], let next = spaced.first,
               next.isNumber || next == "(" || word != "s" && "ivxlc".contains(next) {
                out += canonical + " "
                rest = spaced
            } else {
                out += word
                rest = rest.dropFirst(word.count)
            }
        }
        return out
    }

    /// `277-83` → `277-283`; leaves other text alone.
    private static func expandRanges(_ text: String) -> String {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        guard pieces.count == 2, let start = Int(pieces[0]), Int(pieces[1]) != nil, pieces[1].count < pieces[0].count else {
            return text
        }
        let head = String(String(start).dropLast(pieces[1].count))
        return pieces[0] + "-" + head + pieces[1]
    }

    private static func lastNumber(_ cite: String) -> String? {
        cite.split(whereSeparator: \.isWhitespace).last.map(String.init).flatMap { $0.contains(where: \.isNumber) ? $0 : nil }
    }

    /// Lower-case letters and digits only, diacritics removed.
    static func squeeze(_ text: String) -> String {
        String(String.UnicodeScalarView(fold(text).unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }))
    }

    /// The folded words of `text` (split at spaces, slashes, semicolons, colons and brackets; a comma or
    /// hyphen inside a number such as `36,987` or `08-925` stays part of it).
    static func words(_ text: String) -> [String] {
        fold(text).split { $0.isWhitespace || "/;:()[]".contains($0) }.map { squeeze(String($0)) }.filter { !$0.isEmpty }
    }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil).lowercased()
    }
}
