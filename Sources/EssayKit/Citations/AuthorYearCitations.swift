import Foundation

/// Resolves a paper's author-year citations against its reference list.
///
/// Each entry of the list is a work in the table of authorities. A note's `Smith and Jones (2010,
/// 45)` names the one entry with those surnames and that year; when two entries fit, or none, the
/// citation stays unresolved and `legit check` says why, naming the candidates. An *Id.* or
/// *Ibid.* right after an author-year citation means its work. Only an essay with a reference list
/// is read so: without one the rule is silent.
enum AuthorYearCitations {
    /// Adds `entries` to `essay`'s authorities and the author-year citations of its notes to them.
    static func fill(_ essay: inout Essay, entries: [ReferenceEntry]) {
        guard !entries.isEmpty else { return }
        var authorities = essay.authorities
        var taken = Set(authorities.map(\.id))
        var ids: [String] = []
        for entry in entries {
            let id = uniqueID(for: entry, taken: &taken)
            ids.append(id)
            authorities.append(Authority(id: id, kind: entry.kind, authors: entry.surnames, title: entry.title, year: entry.yearNumber,
                                         container: entry.container, url: nil, firstCitedIn: entry.text))
        }
        let keys = entries.map { $0.surnames.map(key) }
        var footnotes = essay.footnotes
        var diagnostics: [Diagnostic] = []
        // The citations made here, by footnote position, as offsets of their text: an *Id.* after one means its work.
        var made: [Int: Set<Int>] = [:]
        // The works whose citations changed.
        var touched = Set(ids)
        // The works cited in the author's brackets that the list lacks, by their names and year.
        var unlisted: [String: String] = [:]
        for position in footnotes.indices {
            let text = footnotes[position].content.text
            guard text.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { continue }
            let matches = AuthorYearForm.matches(in: text)
            guard !matches.isEmpty else { continue }
            var citations = footnotes[position].citations
            for match in matches {
                if insideFullCitation(match, citations, text) { continue }
                let candidates = self.candidates(match, entries: entries, keys: keys)
                guard candidates.count == 1 || match.isCitationShaped else { continue }
                if candidates.isEmpty, standsAsFullCitation(match, citations, text) { continue }
                var workID = candidates.count == 1 ? ids[candidates[0]] : nil
                if candidates.isEmpty, isUnlistedWork(match, in: text, entries: entries) {
                    let name = match.names.map(fold).joined(separator: "+") + (match.etAl ? "+etal" : "") + " " + match.year
                    if let known = unlisted[name] {
                        workID = known
                    } else {
                        let id = uniqueID(surname: match.names[0], year: match.year, title: "", taken: &taken)
                        unlisted[name] = id
                        let cited = match.names.joined(separator: " and ") + (match.etAl ? " et al." : "") + " " + match.year
                        authorities.append(Authority(id: id, kind: .other, authors: match.names, title: "", year: Int(match.year.prefix(4)),
                                                     container: nil, url: nil, firstCitedIn: cited))
                        workID = id
                    }
                }
                for old in citations where old.textRange.overlaps(match.range) { if let id = old.authorityID { touched.insert(id) } }
                citations.removeAll { $0.textRange.overlaps(match.range) }
                let content = footnotes[position].content
                let range = content.sourceRange(of: match.range, in: essay.source) ?? footnotes[position].range
                let slice = Self.slice(text, match.range)
                var citation = Citation(form: .short, signal: nil, text: slice, textRange: match.range, pinpoint: match.pinpoint,
                                        authorityID: workID, refersTo: nil, range: range)
                citation.parentheticals = []
                citations.append(citation)
                made[position, default: []].insert(match.range.lowerBound)
                if workID == nil {
                    diagnostics.append(Diagnostic(.warning, file: essay.source.path, range: range,
                                                  message: reason(match, candidates: candidates, entries: entries, ids: ids, footnote: footnotes[position].label)))
                }
            }
            citations.sort { $0.textRange.lowerBound < $1.textRange.lowerBound }
            footnotes[position].citations = citations
        }
        guard !made.isEmpty else {
            essay.authorities = authorities
            return
        }
        touched.formUnion(followIds(&footnotes, made: made))
        touched.formUnion(unlisted.values)
        // The changed works' footnotes, from the citations as they now are.
        var citing: [String: [String]] = [:]
        for footnote in footnotes {
            for id in footnote.citations.compactMap(\.authorityID) where touched.contains(id) && citing[id]?.last != footnote.label {
                citing[id, default: []].append(footnote.label)
            }
        }
        let fromList = Set(ids)
        authorities = authorities.compactMap { authority in
            guard touched.contains(authority.id) else { return authority }
            var authority = authority
            authority.footnotes = citing[authority.id] ?? []
            // A work only a misread author-year citation named goes with it.
            if authority.footnotes.isEmpty, !fromList.contains(authority.id) { return nil }
            return authority
        }
        essay.footnotes = footnotes
        essay.authorities = authorities
        essay.diagnostics += diagnostics
        essay.diagnostics.sort { ($0.range.start, $0.severity) < ($1.range.start, $1.severity) }
    }

    /// The entries a match names: the one with its surnames and year; with no letter to the year,
    /// any letter (`Smith 2010` is `Smith 2010a` when the list has no other).
    static func candidates(_ match: AuthorYearForm.Match, entries: [ReferenceEntry], keys: [[String]]) -> [Int] {
        let names = match.names.map(fold)
        let exact = entries.indices.filter { entries[$0].year == match.year && namesFit(names, etAl: match.etAl, keys[$0]) }
        if !exact.isEmpty || match.year.count > 4 { return exact }
        return entries.indices.filter { entries[$0].year?.hasPrefix(match.year) == true && namesFit(names, etAl: match.etAl, keys[$0]) }
    }

    /// Whether the cited names are the entry's surnames: as many, each the same (one may end the
    /// other: `Ning Zhu` for `Zhu`, `Mattiacci` for `Dari-Mattiacci`); with `et al.`, the first
    /// and at least one more.
    static func namesFit(_ names: [String], etAl: Bool, _ surnames: [String]) -> Bool {
        guard let first = names.first, let entryFirst = surnames.first else { return false }
        if etAl { return names.count == 1 && surnames.count >= 2 && sameName(first, entryFirst) }
        guard names.count == surnames.count else { return false }
        return zip(names, surnames).allSatisfy(sameName)
    }

    /// A surname's key: folded, and for a body with its initials in brackets (`Ernst & Young (EY)`)
    /// the initials too, after a `|`.
    static func key(_ surname: String) -> String {
        guard let open = surname.firstIndex(of: "("), let close = surname[open...].firstIndex(of: ")") else { return fold(surname) }
        let short = fold(String(surname[surname.index(after: open)..<close]))
        let whole = fold(String(surname[..<open]))
        return short.isEmpty ? whole : whole + "|" + short
    }

    static func sameName(_ cited: String, _ listed: String) -> Bool {
        if listed.contains("|") { return listed.split(separator: "|").contains { sameName(cited, String($0)) } }
        if cited == listed { return true }
        let (short, long) = cited.count < listed.count ? (cited, listed) : (listed, cited)
        return short.count >= 3 && long.hasSuffix(short)
    }

    /// A name folded for comparing: lower-case ASCII letters only, accents dropped.
    static func fold(_ name: String) -> String {
        let plain = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(plain.unicodeScalars.filter { $0.isASCII && CharacterSet.letters.contains($0) }.map(Character.init)).lowercased()
    }

    /// Why a citation stays unresolved, for `legit check`.
    static func reason(_ match: AuthorYearForm.Match, candidates: [Int], entries: [ReferenceEntry], ids: [String], footnote: String) -> String {
        let cited = (match.names.joined(separator: " and ") + (match.etAl ? " et al." : "")) + " " + match.year
        if candidates.count > 1 {
            return "footnote \(footnote): author-year citation `\(cited)` fits \(candidates.count) entries of the reference list ("
                + candidates.map { ids[$0] }.joined(separator: ", ") + "); left unresolved"
        }
        let first = fold(match.names.first ?? "")
        let sameAuthor = entries.indices.filter { entries[$0].surnames.first.map { sameName(first, key($0)) } == true }
        var message = "footnote \(footnote): author-year citation `\(cited)` names no entry of the reference list"
        if !sameAuthor.isEmpty {
            message += " (it lists " + sameAuthor.prefix(4).map { (entries[$0].surnames.joined(separator: " and ")) + " " + (entries[$0].year ?? "n.d.") }
                .joined(separator: ", ") + ")"
        }
        return message
    }

    /// An *Id.* right after an author-year citation (nothing cited between) means its work, with
    /// its pinpoint when it gives none; after an unresolved one it stays unresolved.
    @discardableResult
    static func followIds(_ footnotes: inout [Footnote], made: [Int: Set<Int>]) -> Set<String> {
        var replaced: Set<String> = []
        var previous: (label: String, authority: String?, pinpoint: Pinpoint?, isAuthorYear: Bool)?
        for position in footnotes.indices {
            let label = footnotes[position].label
            for index in footnotes[position].citations.indices {
                var citation = footnotes[position].citations[index]
                if citation.form == .id, let before = previous, before.isAuthorYear {
                    if let old = citation.authorityID { replaced.insert(old) }
                    citation.authorityID = before.authority
                    citation.refersTo = before.label
                    if citation.pinpoint == nil { citation.pinpoint = before.pinpoint }
                    footnotes[position].citations[index] = citation
                    previous = (label, citation.authorityID, citation.pinpoint, true)
                    continue
                }
                let isAuthorYear = made[position]?.contains(citation.textRange.lowerBound) == true
                previous = (label, citation.authorityID, citation.pinpoint, isAuthorYear)
            }
        }
        return replaced
    }

    /// Whether a citation that names no entry of the list is a work of its own the list lacks
    /// (`(Agency Handbook 2012)`, `(Roe 2013, 4)`): the whole of the author's brackets, or a name
    /// and its bracketed year (`Roe (2013)`), or one of several in brackets parted by `;` or `,`;
    /// and no entry of the list by that first name, as a year that names none of an author's
    /// entries is more likely a slip than another work.
    static func isUnlistedWork(_ match: AuthorYearForm.Match, in text: String, entries: [ReferenceEntry]) -> Bool {
        guard match.isCitationShaped, let first = match.names.first.map(fold), first.count >= 3 else { return false }
        let bytes = text.utf8
        let start = bytes.index(bytes.startIndex, offsetBy: match.range.lowerBound)
        let end = bytes.index(bytes.startIndex, offsetBy: match.range.upperBound)
        let before = bytes[..<start].reversed().first { $0 != 0x20 && $0 != 0x0A }
        let after = end < bytes.endIndex ? bytes[end] : nil
        let inBrackets = [UInt8(ascii: "("), UInt8(ascii: ";"), UInt8(ascii: ",")].contains(before)
            && (after == nil || [UInt8(ascii: ")"), UInt8(ascii: ";"), UInt8(ascii: ",")].contains(after))
        // `Roe (2013)`, `Roe (2013, 4)`: the year's brackets close the citation.
        let yearBracketed = match.range.count > 2 && bytes[bytes.index(before: end)] == UInt8(ascii: ")") && bytes[start..<end].contains(UInt8(ascii: "("))
            && (after == nil || [0x20, 0x0A, UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ")")].contains(after))
        guard inBrackets || yearBracketed else { return false }
        return !entries.contains { entry in entry.surnames.first.map { sameName(first, key($0)) } == true }
    }

    /// Whether `match` lies inside a full citation read and resolved before, after one of its
    /// commas: a title's last words before its year (`OECD, Widget Rules: A Comparative Review
    /// (2018), 41`) or a book's publisher (`(Boston: Harbour Press, 2011)`). An author-year
    /// citation opens with its names, so the full citation's work stands.
    static func insideFullCitation(_ match: AuthorYearForm.Match, _ citations: [Citation], _ text: String) -> Bool {
        citations.contains { citation in
            fullCitationLead(citation, before: match, text)?.contains(UInt8(ascii: ",")) == true
        }
    }

    /// Whether `match`, which names no entry of the list, lies in a full citation read and resolved
    /// that no author-year citation could be: one that carries an address (`Paperclip Is Winning
    /// (2024), https://...`, `Fernbrook Institute, Fernbrook Safety Program (2023), https://...`), or
    /// whose first words come before the match's names (a publisher's bracket: `Moonshot Arcade
    /// (Bluefield Studios 1998)`). The full citation's work stands.
    static func standsAsFullCitation(_ match: AuthorYearForm.Match, _ citations: [Citation], _ text: String) -> Bool {
        citations.contains { citation in
            guard let lead = fullCitationLead(citation, before: match, text) else { return false }
            return citation.text.contains("://") || isTitleBeforeBracket(String(decoding: lead, as: UTF8.self))
        }
    }

    /// The words of `citation`, a full citation read and resolved that runs past `match`, from its
    /// start up to `match`; nil for any other citation.
    private static func fullCitationLead(_ citation: Citation, before match: AuthorYearForm.Match, _ text: String) -> Substring.UTF8View? {
        let utf8 = text.utf8
        guard citation.form == .full, citation.authorityID != nil, citation.textRange.upperBound >= match.range.upperBound,
              citation.text.startIndex >= utf8.startIndex, citation.text.endIndex <= utf8.endIndex,
              match.range.lowerBound <= utf8.count else { return nil }
        let start = utf8.distance(from: utf8.startIndex, to: citation.text.startIndex)
        guard start <= match.range.lowerBound else { return nil }
        let lead = utf8.index(utf8.startIndex, offsetBy: start)
        let end = utf8.index(utf8.startIndex, offsetBy: match.range.lowerBound)
        return text[lead..<end].utf8
    }

    /// Whether `lead` is a title in headline capitals and the bracket after it opens: `Moonshot
    /// Arcade (`, not the author's sentence (`Trustees must report every suspicion (`).
    private static func isTitleBeforeBracket(_ lead: String) -> Bool {
        let trimmed = lead.trimmingSpaces()
        guard trimmed.hasSuffix("(") else { return false }
        let words = trimmed.dropLast().split(separator: " ")
        guard let first = words.first, first.first?.isUppercase == true else { return false }
        return words.allSatisfy { word in word.first?.isUppercase == true || word.first?.isNumber == true || word.count <= 3 && word.allSatisfy(\.isLowercase) }
    }

    /// The id of an entry's work: its first surname, year and a title word, made unique.
    static func uniqueID(for entry: ReferenceEntry, taken: inout Set<String>) -> String {
        uniqueID(surname: entry.surnames.first ?? "anon", year: entry.year, title: entry.title, taken: &taken)
    }

    /// The id of a work by its first surname, year and a title word, made unique.
    static func uniqueID(surname: String, year: String?, title: String, taken: inout Set<String>) -> String {
        var parts = [AuthorityIDMaker.slug(surname)]
        if let year { parts.append(AuthorityIDMaker.slug(year)) }
        if let word = title.split(separator: " ").first(where: { $0.count > 3 }) { parts.append(AuthorityIDMaker.slug(String(word))) }
        let base = parts.filter { !$0.isEmpty }.joined(separator: "-")
        var id = base.isEmpty ? "reference" : base
        var number = 2
        while taken.contains(id) {
            id = "\(base)-\(number)"
            number += 1
        }
        taken.insert(id)
        return id
    }

    private static func slice(_ text: String, _ range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
        return text[start..<end]
    }
}
