import LowLevel

/// Names a case a note cites by its reporter alone (`531 U.S. 341, 343 (2001).`) from the body
/// sentence that marks the note, as court opinions and reports do (`In Buckman v. Plaintiff's
/// Legal Committee, plaintiffs ...`¹).
///
/// Done once the notes are linked to the sentences marking them, and only for such notes: a note
/// citing one case with no name, marked by sentences naming one case between them. Any other
/// count names nothing; the case takes its report as its name (`549 U.S. 991`).
enum MarkedSentenceCaseNames {
    /// The most words a party's name takes in the running text.
    private static let longestParty = 10
    /// Capitalised words that open a sentence before a case's name, no part of it.
    private static let openers: Set<String> = ["In", "See", "Under", "After", "Since", "Unlike", "Like", "Following", "Citing", "Per", "As", "But"]
    /// Lower-case words a party's name may hold.
    private static let connectors: Set<String> = ["of", "the", "and", "&", "for", "de", "ex", "rel.", "on", "to", "in"]

    /// Gives each case cited so a name, in `essay.authorities`.
    static func fill(_ essay: inout Essay) {
        // Most essays name every case they cite: asked once, before any note is read.
        var namelessByID: [String: Int] = [:]
        // Read in place: a copy of each work would count references to all its strings and lists.
        for index in essay.authorities.indices where essay.authorities[index].kind == .case && essay.authorities[index].title.isEmpty {
            namelessByID[essay.authorities[index].id] = index
        }
        guard !namelessByID.isEmpty else { return }
        var named: [(index: Int, name: String)] = []
        // The note's own words first: `As we held in Green v. United States, ... 605 U. S. ___ (2025)`.
        for footnote in essay.footnotes {
            var after = 0
            for citation in footnote.citations where citation.form == .full {
                guard let id = citation.authorityID, let index = namelessByID[id] else { continue }
                defer { after = citation.textRange.upperBound }
                guard !named.contains(where: { $0.index == index }),
                      let name = proseName(in: footnote, from: after, before: citation.textRange.lowerBound),
                      !essay.authorities.contains(where: { $0.kind == .case && !$0.title.isEmpty && PinpointNoteCase.isNamed(name, $0) })
                else { continue }
                named.append((index, name))
            }
        }
        for footnote in essay.footnotes where !footnote.citedBy.isEmpty {
            var nameless: [Int] = []
            for citation in footnote.citations where citation.form == .full {
                guard let id = citation.authorityID, let index = namelessByID[id] else { continue }
                if !nameless.contains(index) { nameless.append(index) }
            }
            guard nameless.count == 1, let index = nameless.first, !named.contains(where: { $0.index == index }) else { continue }
            var names: [String] = []
            for locator in footnote.citedBy {
                for name in caseNames(in: essay, at: locator, marking: footnote.label) where !names.contains(name) {
                    names.append(name)
                }
            }
            if names.count == 1, let name = names.first { named.append((index, name)) }
        }
        var authorities = essay.authorities
        for (index, name) in named { authorities[index].title = name }
        // A case no sentence names is shown by its report (`549 U.S. 991`), never as a blank.
        for index in namelessByID.values where authorities[index].title.isEmpty {
            if let report = reportName(authorities[index]) { authorities[index].title = report }
        }
        essay.authorities = authorities
    }

    /// The case name (`X v. Y`) the note's commentary gives nearest before `offset` and after
    /// `start`, or nil.
    static func proseName(in footnote: Footnote, from start: Int, before offset: Int) -> String? {
        for segment in footnote.segments.reversed() where segment.kind == .commentary {
            guard segment.textRange.lowerBound >= start else { break }
            guard segment.textRange.upperBound <= offset else { continue }
            if let name = caseNames(in: segment.text).last { return name }
        }
        return nil
    }

    /// `549 U.S. 991`: the volume, reporter and first page of a case cited by its report, or nil
    /// when one of them is missing.
    static func reportName(_ authority: Authority) -> String? {
        guard let volume = authority.volume, let reporter = authority.container, let page = authority.firstPage,
              !volume.isEmpty, !reporter.isEmpty, !page.isEmpty else { return nil }
        return "\(volume) \(reporter) \(page)"
    }

    /// The case names of the body sentence at `locator` that may name the case of the note
    /// `label` (`caseNames(in:marking:marks:)`), no name running past a footnote's marker
    /// (`Hart v Lane Ltd¹ Sir Ann Doe MR said` names `Hart v Lane Ltd`).
    static func caseNames(in essay: Essay, at locator: SentenceLocator, marking label: String) -> [String] {
        guard let sentence = essay.sentence(at: locator) else { return [] }
        let offsets = essay.markerOffsets(at: locator).filter { $0 < sentence.text.utf8.count }
        guard !offsets.isEmpty else { return caseNames(in: sentence.text, marking: label, marks: sentence.footnotes) }
        // A word no name holds, put where each marker sits.
        var cut = ""
        var start = sentence.text.utf8.startIndex
        for offset in offsets {
            let index = sentence.text.utf8.index(sentence.text.utf8.startIndex, offsetBy: offset)
            guard index >= start else { continue }
            cut += String(Substring(sentence.text.utf8[start..<index])) + " | "
            start = index
        }
        cut += String(Substring(sentence.text.utf8[start...]))
        return caseNames(in: Substring(cut), marking: label, marks: sentence.footnotes)
    }

    /// The case names of a sentence that may name the case of the note `label`: all of them, or,
    /// when the sentence holds as many names as note marks (`*Roe v. Wade*,¹ and later *Poe v.
    /// Lane*.²`), the name in the mark's place.
    static func caseNames(in sentence: Substring, marking label: String, marks: [String]) -> [String] {
        let names = caseNames(in: sentence)
        // `in Brill v Casterton; Osk v Pell,¹`: cases joined by semicolons at one mark, the first
        // the one the note's first citation reports (the rest its joined appeals).
        if names.count > 1, marks.count == 1, joinedBySemicolons(names, in: sentence) { return [names[0]] }
        guard names.count > 1, names.count == marks.count, let place = marks.firstIndex(of: label) else { return names }
        return [names[place]]
    }

    /// Whether the sentence writes `names` one after another, each joined to the next by `; ` alone.
    private static func joinedBySemicolons(_ names: [String], in sentence: Substring) -> Bool {
        let spaced = sentence.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return spaced.contains(names.joined(separator: "; "))
    }

    /// Abbreviations that end a party's name with their own period (`Widget Corp.`), kept when the
    /// name closes its sentence.
    private static let abbreviations: Set<Substring> = ["Corp.", "Inc.", "Co.", "Ltd.", "Bros.", "Cos.", "Ass'n.", "Ass’n.", "Dist.", "Bd.", "Univ.", "Auth.", "Mfg.", "Ins.", "L.L.C.", "Ct.", "U.S.", "Comm'n.", "Comm’n."]

    /// The case names (`X v. Y`) a sentence holds.
    static func caseNames(in sentence: Substring) -> [String] {
        let words = sentence.split(separator: " ", omittingEmptySubsequences: true)
        var names: [String] = []
        // `v.` as American reports print it, `v` as British and Commonwealth ones do (`R (Roe) v Pell`).
        for (position, word) in words.enumerated() where (word == "v." || word == "v") && position > 0 && position + 1 < words.count {
            // The second party: capitalised words and connectors, to a comma or a lower-case word.
            var second: [Substring] = []
            for (offset, next) in words[(position + 1)...].prefix(longestParty).enumerated() {
                let core = next.hasSuffix(",") || next.hasSuffix(";") ? next.dropLast() : next
                // A word before another `v.` is the next case's first party.
                let following = position + 2 + offset
                guard isNameWord(core), following >= words.count || (words[following] != "v." && words[following] != "v") else { break }
                second.append(core)
                if core.count != next.count {
                    // A party named with its institution after a comma (`Warden, Stewart County
                    // Detention Center`) goes on to the institution's word.
                    let rest = institution(in: words, from: following)
                    guard !rest.isEmpty, next.hasSuffix(",") else { break }
                    second[second.count - 1] = next
                    second += rest
                    break
                }
            }
            while let last = second.last, connectors.contains(String(last)) { second.removeLast() }
            // The sentence's own period is no part of the name (`... decided *Lee v. Gale*.`).
            if let last = second.last, last.hasSuffix("."), !abbreviations.contains(last), position + second.count + 1 == words.count {
                second[second.count - 1] = last.dropLast()
            }
            // The first party: back from `v.` while name words, not past a comma.
            var first: [Substring] = []
            var back = position - 1
            while back >= 0, position - back <= longestParty {
                let previous = words[back]
                // A word after another `v.` is the earlier case's second party.
                guard !previous.hasSuffix(","), !previous.hasSuffix(";"), isNameWord(previous), back == 0 || (words[back - 1] != "v." && words[back - 1] != "v")
                else { break }
                first.insert(previous, at: 0)
                back -= 1
            }
            while let lead = first.first, connectors.contains(String(lead)) || openers.contains(String(lead)) { first.removeFirst() }
            guard !first.isEmpty, !second.isEmpty else { continue }
            names.append((first + [word] + second).joined(separator: " "))
        }
        return names
    }

    /// Words that end an institution's name (`Stewart County Detention Center`), as a party's
    /// name may give it after a comma.
    private static let institutionEnds: Set<Substring> = ["Center", "Centre", "Ctr.", "Facility", "Prison", "Jail", "Institution", "Department",
                                                          "Dep't", "Dep’t", "County", "Cnty.", "Corporation", "Corp.", "Company", "Co.", "Inc.",
                                                          "Board", "Commission", "Authority", "University", "District", "Hospital",
                                                          "Penitentiary", "Agency", "Bureau", "Office"]

    /// The words from `start` that name an institution, up to the word that ends one and no
    /// further than the next comma: capitalised words and connectors; none when they end otherwise.
    private static func institution(in words: [Substring], from start: Int) -> [Substring] {
        var taken: [Substring] = []
        var index = start
        while index < words.count, taken.count < longestParty {
            let word = words[index]
            let core = word.hasSuffix(",") || word.hasSuffix(";") ? word.dropLast() : word
            guard isNameWord(core), core != "v.", !connectors.contains(String(core)) || !taken.isEmpty else { break }
            taken.append(core)
            if core.count != word.count { break }
            index += 1
        }
        while let last = taken.last, !institutionEnds.contains(last) { taken.removeLast() }
        return taken
    }

    /// Whether a word may be part of a party's name: capitalised (or a number), a capitalised word
    /// in brackets (`R (Roe) v Pell`), or a connector.
    private static func isNameWord(_ word: Substring) -> Bool {
        let bytes = word.utf8
        guard let lead = bytes.first else { return false }
        if lead == UInt8(ascii: "("), let next = bytes.dropFirst().first { return Bytes.isUpper(next) }
        return Bytes.isUpper(lead) || Bytes.isDigit(lead) || lead >= 0xC0 || connectors.contains(String(word))
    }
}
