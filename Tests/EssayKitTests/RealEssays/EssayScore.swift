import EssayKit
import Foundation

/// How legit's citations of one essay compare with its gold, note by note.
struct EssayScore {
    /// What became of one citing note.
    enum Outcome: Equatable {
        /// The note's resolved works are the gold works, in order, and its first pinpoint is the gold one.
        case right
        /// legit names a work the note does not cite, maps an authority inconsistently, misorders the works
        /// or gives another first pinpoint.
        case wrong(String)
        /// Nothing wrong, but some gold works are not resolved.
        case unresolved(String)
        /// legit has no footnote with the note's label.
        case missing
    }

    /// One citing note's result, with what legit made of it.
    struct NoteResult {
        var label: String
        var gold: GoldFile.Note
        var outcome: Outcome
        /// legit's citations of the note: form, text, authority and pinpoint.
        var legit: [String]
    }

    var name: String
    var results: [NoteResult]
    /// Gold works that legit split into more than one authority.
    var splitWorks: [String]
    /// Notes the gold calls uncited in which legit resolved a citation anyway.
    var citationsInUncitedNotes: [String]

    var citing: Int { results.count }
    var right: Int { results.filter { $0.outcome == .right }.count }
    var wrong: Int { results.filter { if case .wrong = $0.outcome { true } else { false } }.count }
    var unresolved: Int { results.filter { if case .unresolved = $0.outcome { true } else { false } }.count }
    var missing: Int { results.filter { $0.outcome == .missing }.count }
    var fraction: Double { citing == 0 ? 1 : Double(right) / Double(citing) }

    /// Scores `essay` against `gold`.
    init(name: String, essay: Essay, gold: GoldFile) {
        self.name = name
        var fields: [String: GoldMatcher.Fields] = [:]
        for authority in essay.authorities { fields[authority.id] = GoldMatcher.Fields(authority) }
        var mapping: [String: String?] = [:]
        var authoritiesOfWork: [String: Set<String>] = [:]
        var authorityOfKey: [String: String] = [:]
        var sectionOfKey: [String: String] = [:]
        var results: [NoteResult] = []
        var uncited: [String] = []

        for note in gold.notes {
            guard let footnote = essay.footnote(note.label) else {
                if note.isCiting { results.append(NoteResult(label: note.label, gold: note, outcome: .missing, legit: [])) }
                continue
            }
            let citations = footnote.citations
            let shown = citations.map { Self.describe($0, essay) }
            guard note.isCiting else {
                if citations.contains(where: { $0.authorityID != nil }) { uncited.append(note.label) }
                continue
            }
            let goldWorks = Self.distinct(note.cites.map(\.work))
            var legitAuthorities: [String] = []
            var unitFields: [String: GoldMatcher.Fields] = [:]
            for citation in citations {
                guard let unit = Self.unit(citation, essay), let base = fields[unit.authority] else { continue }
                if !legitAuthorities.contains(unit.key) { legitAuthorities.append(unit.key) }
                authorityOfKey[unit.key] = unit.authority
                if let section = unit.section { sectionOfKey[unit.key] = section }
                unitFields[unit.key] = unit.section.map { base.adding(word: $0) } ?? base
            }
            var legitWorks: [String?] = []
            for key in legitAuthorities {
                let work: String?
                if let known = mapping[key] {
                    work = known
                } else {
                    let candidates = gold.works.values.filter { field in unitFields[key].map { GoldMatcher.matches($0, field) } ?? false }
                        .map(\.id).sorted()
                    work = goldWorks.first { candidates.contains($0) && !legitWorks.contains($0) } ?? candidates.first
                    mapping[key] = work
                }
                legitWorks.append(work)
                if let work {
                    // A whole code's per-rule authorities (or sections in its pinpoints) are its rules, one
                    // each: only two authorities for one rule split it.
                    let rule = gold.works[work].flatMap { Self.isWholeCode($0) ? Self.ruleNumber(authorityOfKey[key].flatMap(essay.authority)) ?? sectionOfKey[key] : nil }
                    authoritiesOfWork[work + (rule.map { "#" + $0 } ?? ""), default: []].insert(key)
                }
            }
            let outcome: Outcome
            if legitWorks == goldWorks.map(Optional.some) {
                let first = note.cites[0]
                let firstUnit = legitAuthorities[0]
                let pin = citations.first { Self.unit($0, essay)?.key == firstUnit }?.pinpoint?.text
                if GoldMatcher.pinMatches(legit: pin, gold: first.pin, goldCite: gold.works[first.work]?.cite)
                    || gold.works[first.work].map({ Self.wholeCodePinMatches(legitRule: Self.ruleNumber(authorityOfKey[firstUnit].flatMap(essay.authority)), legit: pin, gold: first.pin, work: $0) }) == true {
                    outcome = .right
                } else {
                    outcome = .wrong("first pinpoint \(pin.map { "'\($0)'" } ?? "none"), gold \(first.pin.map { "'\($0)'" } ?? "none")")
                }
            } else if let stray = zip(legitAuthorities, legitWorks).first(where: { pair in pair.1.map { !goldWorks.contains($0) } ?? true }) {
                outcome = .wrong("\(stray.0) is \(stray.1 ?? "no gold work"), which the note does not cite")
            } else if Set(legitWorks).count < legitWorks.count {
                outcome = .wrong("two authorities for one work")
            } else if legitWorks.count == goldWorks.count || !Self.isSubsequence(legitWorks.compactMap { $0 }, of: goldWorks) {
                outcome = .wrong("works in another order")
            } else {
                let unfound = goldWorks.filter { !legitWorks.contains($0) }
                outcome = .unresolved("not resolved: \(unfound.joined(separator: ", "))")
            }
            results.append(NoteResult(label: note.label, gold: note, outcome: outcome, legit: shown))
        }
        self.results = results
        splitWorks = Set(authoritiesOfWork.filter { $0.value.count > 1 }.map { String($0.key.prefix { $0 != "#" }) }).sorted()
        citationsInUncitedNotes = uncited
    }

    /// What a citation names, for scoring: its authority, or, when its pinpoint opens with a section or
    /// article (`§102(a)`, `sec. 69a para 4`, `art. 4`), the authority and that section, so a code
    /// kept as one authority with the section in the pinpoint is scored like a code section of its own.
    /// A work that is no code (a commentary's `§ 69a ref. 32`, a numbered directive's `art. 4`) is one
    /// work whatever part of it is cited.
    static func unit(_ citation: Citation, _ essay: Essay) -> (key: String, authority: String, section: String?)? {
        guard let id = citation.authorityID else { return nil }
        guard let pin = citation.pinpoint?.text, let section = leadingSection(pin) else { return (id, id, nil) }
        if let authority = essay.authority(id), !Self.isCode(authority) { return (id, id, nil) }
        return ("\(id)#\(section)", id, section)
    }

    /// Whether a gold work is a code or set of rules as a whole (`CPR`, `Civil Procedure Rules 1998`,
    /// `Harbour Courts Act 1990`): a statute, regulation, constitution, treaty or other work whose cite
    /// and name hold no number but a year, so its notes' pinpoints carry the section or rule.
    static func isWholeCode(_ work: GoldFile.Work) -> Bool {
        guard ["statute", "regulation", "constitution", "treaty", "other"].contains(work.kind) else { return false }
        let printed = [work.cite, work.name, work.title].compactMap { $0 }.joined(separator: " ")
        return printed.split { !$0.isLetter && !$0.isNumber && $0 != "." }.allSatisfy { word in
            !word.contains(where: \.isNumber) || word.count == 4 && word.allSatisfy(\.isNumber)
        }
    }

    /// The rule or section an authority legit keeps per rule is named by: the number its title ends
    /// with (`44.3` of `CPR 44.3`, `23` of `Fed. R. Civ. P. 23`, `1983` of `42 U.S.C. § 1983`), or nil
    /// (a whole Act, `Harbour Courts Act 1990 (UK)`, ends in no section).
    static func ruleNumber(_ authority: Authority?) -> String? {
        guard let authority, isCode(authority), let last = authority.title.split(separator: " ").last else { return nil }
        let number = last.drop { $0 == "§" }
        guard number.first?.isNumber == true, authority.year.map({ String($0) != number }) ?? true else { return nil }
        return String(number)
    }

    /// A whole code's gold pinpoint (`CPR @ 44.3(4)(a)`) against legit's rule of that code (`CPR 44.3`) and
    /// its subdivision (`(4)(a)`): the rule's number and the subdivision together must be the gold
    /// pinpoint, so a wrong rule (`CPR 44.2` at `(4)(a)`) is still wrong.
    static func wholeCodePinMatches(legitRule: String?, legit: String?, gold: String?, work: GoldFile.Work) -> Bool {
        guard let legitRule, let gold, isWholeCode(work) else { return false }
        let subdivision = legit.map(GoldMatcher.normalizePin) ?? ""
        guard subdivision.isEmpty || subdivision.first == "(" || subdivision.first == "." else { return false }
        return GoldMatcher.normalizePin(legitRule) + subdivision == GoldMatcher.normalizePin(gold)
    }

    /// Whether `authority` may be a whole code kept as one authority: a statute, regulation, constitution
    /// or treaty with no document number.
    static func isCode(_ authority: Authority) -> Bool {
        switch authority.kind {
        case .statute, .regulation, .constitution, .treaty, .other: authority.documentNumber == nil
        default: false
        }
    }

    /// The section a pinpoint opens with (`102` in `§102(a)`, `1831-1839` in `§§1831-1839`), or nil.
    static func leadingSection(_ pin: String) -> String? {
        let plain = pin.trimmingCharacters(in: .whitespaces)
        let unmarked = droppingCommonwealthSectionMark(plain)
        var rest = Substring(unmarked == plain ? plain : "§" + unmarked)
        let markers = ["§§", "§", "sections", "section", "secs.", "sec.", "sec", "articles", "article", "arts.", "art."]
        guard let marker = markers.first(where: { rest.lowercased().hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(marker.count).drop { $0 == " " || $0 == "\u{00A0}" || $0 == "~" }
        let section = rest.prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "–" }
        let trimmed = section.hasSuffix(".") ? section.dropLast() : section
        return trimmed.contains(where: \.isNumber) ? String(trimmed) : nil
    }

    /// `pin` without a leading Commonwealth section mark (`s 44(1)`, `ss 12-14`: the mark, a space, a
    /// digit), which prints what the Bluebook prints as `§`; any other text unchanged.
    static func droppingCommonwealthSectionMark(_ pin: String) -> String {
        for mark in ["ss ", "s "] where pin.hasPrefix(mark) {
            let rest = pin.dropFirst(mark.count)
            if rest.first?.isNumber == true { return String(rest) }
        }
        return pin
    }

    /// A citation as the report prints it: form, text, authority with its main fields, pinpoint.
    static func describe(_ citation: Citation, _ essay: Essay) -> String {
        var line = "\(citation.form.rawValue) '\(citation.text.prefix(90))'"
        if let id = citation.authorityID, let authority = essay.authority(id) {
            let parts = [authority.kind.rawValue, authority.title, authority.container ?? "", authority.volume ?? "",
                         authority.firstPage ?? "", authority.documentNumber ?? ""].filter { !$0.isEmpty }
            line += " -> \(id) (\(parts.joined(separator: " | ")))"
        } else {
            line += " -> unresolved"
        }
        if let pin = citation.pinpoint { line += " @ \(pin.text)" }
        return line
    }

    private static func distinct(_ ids: [String]) -> [String] {
        var seen: [String] = []
        for id in ids where !seen.contains(id) { seen.append(id) }
        return seen
    }

    private static func isSubsequence(_ small: [String], of large: [String]) -> Bool {
        var index = large.startIndex
        for item in small {
            guard let found = large[index...].firstIndex(of: item) else { return false }
            index = found + 1
        }
        return true
    }
}
