import EssayKit

/// What the words of one sentence suggest it claims: its kind, the factors it speaks to with the
/// stance it seems to take, and what it is about; each with the cue words that made it.
public struct Suggestion: Hashable, Sendable {
    public var kind: ClaimKind
    /// The words that made the kind (`In short`, `?`); empty for a plain claim.
    public var kindCues: [String]
    /// The factors, in the framework's order, each `source: .suggested` with its cues, and a
    /// stance with `stanceCues` when the sentence denies, limits or affirms it.
    public var factors: [FactorAssessment]
    /// A subject the annotations declare, when the sentence names exactly one.
    public var subject: String?
    /// The words that named it.
    public var subjectCues: [String]
    /// When no declared subject is named: the noun phrase the sentence seems to be about.
    public var subjectPhrase: String?
}

/// Suggests claims for sentences nobody annotated, from the framework's factor cues and the cue
/// words of argument (`ArgumentCues`): general rules over data, never sentences of one essay.
///
/// Precision comes first. A sentence is suggested only when it has a factor's cue or a kind's cue
/// (or asks a question). A stance is suggested only on evidence: a denied cue is not met
/// (`cannot be said to be independent`), a denied contrary cue is met (`no single actor can
/// dominate`), a contrary cue alone is not met (`unaccountable control`), a limiting word near a cue
/// is partly met (`a limited form of judicial review`), an affirming word before a cue is met
/// (`ensures ... participation`); a plain mention gets no stance. A subject is suggested only when
/// the sentence names exactly one of those declared.
public struct ClaimSuggester: Sendable {
    private enum Role: Sendable {
        case factor(Int, contrary: Bool)
        case kind(ClaimKind)
        case negation(sentenceWide: Bool)
        case negationAfter
        case limitation
        case affirmation
        case citation
        /// A word of the framework's subject (`institution`, `council`): it lets a factor's cue count nearby.
        case context
    }

    /// How many words apart a denying, limiting or affirming word and a factor's cue may be.
    static let reach = 6

    private let factorIDs: [String]
    private let roles: [Role]
    private let texts: [String]
    private let matcher: CueMatcher
    private let questionCues: [String]
    private let subjects: [(id: String, patterns: [[String]])]

    public init(framework: Framework?, subjects: [Subject] = [], cues: ArgumentCues = .builtIn) {
        var roles: [Role] = []
        var texts: [String] = []
        func add(_ text: String, _ role: Role) {
            roles.append(role)
            texts.append(text)
        }
        for (index, factor) in (framework?.factors ?? []).enumerated() {
            for cue in factor.cues { add(cue, .factor(index, contrary: false)) }
            for cue in factor.contrary { add(cue, .factor(index, contrary: true)) }
        }
        var questionCues: [String] = []
        for (kind, list) in cues.kinds {
            for cue in list {
                if cue.unicodeScalars.allSatisfy({ !$0.properties.isAlphabetic && !("0"..."9").contains($0) }) {
                    if kind == .question { questionCues.append(cue) }
                    continue
                }
                add(cue, .kind(kind))
            }
        }
        for cue in cues.negation { add(cue, .negation(sentenceWide: cue.hasPrefix("^"))) }
        for cue in cues.negationAfter { add(cue, .negationAfter) }
        for cue in cues.limitation { add(cue, .limitation) }
        for cue in cues.affirmation { add(cue, .affirmation) }
        for cue in cues.citations { add(cue.hasPrefix("^") ? cue : "^" + cue, .citation) }
        for word in framework?.context ?? [] { add(word, .context) }
        factorIDs = framework?.factors.map(\.id) ?? []
        self.roles = roles
        self.texts = texts.map { $0.hasPrefix("^") ? String($0.dropFirst()) : $0 }
        matcher = CueMatcher(texts)
        self.questionCues = questionCues
        var normalizer = TextNormalizer()
        let declared: [(id: String, patterns: [[String]])] = subjects.map { subject in
            var patterns: [[String]] = []
            for phrase in [subject.name, subject.id.replacingOccurrences(of: "-", with: " "), subject.id] {
                let words = normalizer.words(in: phrase)
                if !words.isEmpty, !patterns.contains(words) { patterns.append(words) }
            }
            return (subject.id, patterns)
        }
        // A subject's last id word stands for it when no other subject ends with the same word
        // (`the Council` for security-council), and it is long enough to mean something.
        let heads = declared.map { $0.patterns.dropFirst().first?.last ?? $0.patterns.first?.last }
        var withHeads = declared
        for (index, head) in heads.enumerated() {
            guard let head, head.count >= 5, heads.filter({ $0 == head }).count == 1 else { continue }
            if !withHeads[index].patterns.contains([head]) { withHeads[index].patterns.append([head]) }
        }
        self.subjects = withHeads
    }

    /// The suggestion for each text: nil when it has no cue of a factor or a kind.
    ///
    /// `units`, when given, is each sentence's paragraph (numbered in reading order), and
    /// `annotatedUnits` the paragraphs that hold annotated claims. Then a factor is suggested only
    /// where the passage speaks of what the framework assesses: a word of its `context` stands in
    /// the sentence's paragraph or the one before or after it (a paragraph with an annotated claim
    /// counts as one), or the sentence cues two factors or more. Without a `context` in the
    /// framework, or without `units`, a factor's cue counts anywhere.
    public func suggest<Text: StringProtocol>(_ sentences: [Text], units: [Int]? = nil, annotatedUnits: Set<Int> = []) -> [Suggestion?] {
        suggestionsAndWords(sentences, units: units, annotatedUnits: annotatedUnits).map { $0?.suggestion }
    }

    /// `suggest(_:units:annotatedUnits:)`, each suggestion with its sentence's folded words (as
    /// `TextNormalizer.words(in:)` reads them), read once for the suggestion and kept for its id.
    func suggestionsAndWords<Text: StringProtocol>(_ sentences: [Text], units: [Int]? = nil,
                                                   annotatedUnits: Set<Int> = []) -> [(suggestion: Suggestion, words: [String])?] {
        let found = matcher.matchesAndWords(in: sentences)
        var nearContext: [Bool]?
        if let units, units.count == sentences.count, roles.contains(where: { if case .context = $0 { true } else { false } }) {
            var context = annotatedUnits
            for (unit, found) in zip(units, found) where found.matches.contains(where: { if case .context = roles[$0.cue] { true } else { false } }) {
                context.insert(unit)
            }
            nearContext = units.map { context.contains($0 - 1) || context.contains($0) || context.contains($0 + 1) }
        }
        var normalizer = TextNormalizer()
        return sentences.indices.map { index in
            suggest(UTF8Bytes.array(of: sentences[index]), found[index].matches, words: found[index].words,
                    nearContext: nearContext?[index] ?? true, normalizer: &normalizer)
        }
    }

    /// The suggestion for the sentence whose UTF-8 is `bytes`, and its folded words.
    private func suggest(_ bytes: [UInt8], _ matches: [CueMatcher.Match], words wordCount: Int, nearContext: Bool,
                         normalizer: inout TextNormalizer) -> (suggestion: Suggestion, words: [String])? {
        if matches.contains(where: { if case .citation = roles[$0.cue] { return true } else { return false } }) || Self.looksLikeNote(bytes) {
            return nil
        }
        // The sentence's words, read once: for names around a factor's cue, the subjects, the noun phrase, the id.
        var tokens = matches.contains(where: { if case .factor = roles[$0.cue] { return true } else { return false } })
            ? normalizer.tokens(inBytes: bytes) : []
        let capitals = tokens.count == wordCount ? Self.capitals(of: tokens, in: bytes) : []
        var factorHits: [Int: [(match: CueMatcher.Match, contrary: Bool)]] = [:]
        var kindHits: [(ClaimKind, String)] = []
        var negations: [CueMatcher.Match] = []
        var sentenceWide: [CueMatcher.Match] = []
        var negationsAfter: [CueMatcher.Match] = []
        var limitations: [CueMatcher.Match] = []
        var affirmations: [CueMatcher.Match] = []
        for match in matches {
            switch roles[match.cue] {
            case .factor(let index, let contrary):
                // A cue inside a name (`Government Accountability Office`) is the name's, not the factor's.
                if !Self.inName(match.words, capitals: capitals) { factorHits[index, default: []].append((match, contrary)) }
            case .kind(let kind): kindHits.append((kind, texts[match.cue]))
            case .negation(let wide): if wide { sentenceWide.append(match) } else { negations.append(match) }
            case .negationAfter: negationsAfter.append(match)
            case .limitation: limitations.append(match)
            case .affirmation: affirmations.append(match)
            case .citation, .context: break
            }
        }
        // Far from the framework's subject, one factor's cue alone is a word used otherwise
        // (`transparency` of a price, `excluded from` a tax); two factors cued name the subject.
        if !nearContext && factorHits.count < 2 { factorHits = [:] }
        let question = questionCues.first { isQuestion(bytes, mark: $0) }
        guard !factorHits.isEmpty || !kindHits.isEmpty || question != nil else { return nil }

        // A longer cue of one factor covers a shorter one inside it (`answers to no` over `answers to`).
        let allFactorSpans = factorHits.values.flatMap { $0.map(\.match.words) }
        var factors: [FactorAssessment] = []
        for index in factorHits.keys.sorted() {
            let hits = factorHits[index, default: []].filter { hit in
                !allFactorSpans.contains { $0 != hit.match.words && $0.lowerBound <= hit.match.words.lowerBound
                    && $0.upperBound >= hit.match.words.upperBound }
            }
            guard !hits.isEmpty else { continue }
            var cueNames: [String] = []
            for hit in hits where !cueNames.contains(texts[hit.match.cue]) { cueNames.append(texts[hit.match.cue]) }
            let covered = hits.map(\.match.words)
            /// Whether a denying or limiting word is itself part of a cue (`no interest`, `answers to no`).
            func free(_ match: CueMatcher.Match) -> Bool {
                !allFactorSpans.contains { $0.overlaps(match.words) }
            }
            var stance: Stance?
            var stanceCues: [String] = []
            // The longest limiting phrase names it best (`limited form of` over `a limited`).
            let limits = limitations.filter { limit in free(limit) && covered.contains { Self.near(limit.words, $0, reach: Self.reach + 2) } }
            if let limit = limits.max(by: { $0.words.count < $1.words.count || ($0.words.count == $1.words.count && $0.words.lowerBound > $1.words.lowerBound) }) {
                stance = .partial
                stanceCues = [texts[limit.cue]]
            } else {
                var votes: [(Int, String)] = []
                var affirmed: String?
                for hit in hits {
                    let words = hit.match.words
                    let denial = sentenceWide.first(where: free)
                        ?? negations.first { free($0) && $0.words.upperBound <= words.lowerBound && words.lowerBound - $0.words.upperBound <= Self.reach }
                        ?? negationsAfter.first { free($0) && $0.words.lowerBound >= words.upperBound && $0.words.lowerBound - words.upperBound <= Self.reach }
                    if let denial {
                        votes.append((hit.contrary ? 1 : -1, texts[denial.cue]))
                    } else if hit.contrary {
                        votes.append((-1, texts[hit.match.cue]))
                    } else if affirmed == nil, let yes = affirmations.first(where: {
                        free($0) && $0.words.upperBound <= words.lowerBound && words.lowerBound - $0.words.upperBound <= Self.reach
                    }) {
                        affirmed = texts[yes.cue]
                    }
                }
                if let first = votes.first, votes.allSatisfy({ $0.0 == first.0 }) {
                    stance = first.0 > 0 ? .met : .unmet
                    stanceCues = votes.map(\.1).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
                } else if votes.isEmpty, let affirmed {
                    stance = .met
                    stanceCues = [affirmed]
                }
            }
            factors.append(FactorAssessment(factor: factorIDs[index], stance: stance, source: .suggested, cues: cueNames, stanceCues: stanceCues))
        }

        var kind = ClaimKind.claim
        var kindCues: [String] = []
        if let question {
            kind = .question
            kindCues = [question]
        } else if let first = kindHits.first {
            kind = first.0
            kindCues = kindHits.filter { $0.0 == first.0 }.map(\.1)
        }
        if tokens.isEmpty { tokens = normalizer.tokens(inBytes: bytes) }
        let words = tokens.map(\.text)
        var named: [(id: String, cue: [String], at: Int)] = []
        if !subjects.isEmpty {
            for subject in subjects {
                if let (at, pattern) = Self.firstOccurrence(of: subject.patterns, in: words) { named.append((subject.id, pattern, at)) }
            }
        }
        var suggestion = Suggestion(kind: kind, kindCues: kindCues, factors: factors, subject: nil, subjectCues: [], subjectPhrase: nil)
        if named.count == 1, let only = named.first {
            suggestion.subject = only.id
            suggestion.subjectCues = [only.cue.joined(separator: " ")]
        } else if named.isEmpty {
            suggestion.subjectPhrase = NounPhrase.subject(tokens: tokens, bytes: bytes)
        }
        return (suggestion, words)
    }

    /// Whether the sentence (its UTF-8) is a note or citation that reached the body: it opens with
    /// a number (after spaces, quotation marks and brackets), or holds a web address.
    private static func looksLikeNote(_ bytes: [UInt8]) -> Bool {
        var index = 0
        scan: while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x22, 0x28, 0x5B: index += 1
            // “ (E2 80 9C)
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9C: index += 3
            default: break scan
            }
        }
        if index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { return true }
        return holdsAddress(bytes)
    }

    /// Whether `bytes` hold `http://`, `https://` or `www.`, found in one pass with the last eight
    /// bytes in a word (Foundation's `contains`, then the standard library's generic `firstRange(of:)`,
    /// took half the time of a 10,000-note export).
    static func holdsAddress(_ bytes: some Sequence<UInt8>) -> Bool {
        let (www, http, https) = (Self.www, Self.http, Self.https)
        var window: UInt64 = 0
        for byte in bytes {
            window = window << 8 | UInt64(byte)
            if window & 0xFFFF_FFFF == www || window & 0xFF_FFFF_FFFF_FFFF == http || window == https { return true }
        }
        return false
    }

    private static func word(_ text: String) -> UInt64 {
        text.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }

    private static let www = word("www.")
    private static let http = word("http://")
    private static let https = word("https://")

    /// Small words a name may hold between its capitalised ones (`Declaration of the Independence of Cyberspace`),
    /// besides the particles of a surname (`SurnameParticle`: `Ursula von der Leyen`).
    private static let nameConnectors: Set<String> = ["of", "the", "and", "for", "on", "in", "des"]

    /// For each token, whether it starts with a capital letter, or nil when it is a name's small word.
    private static func capitals(of tokens: [Token], in bytes: [UInt8]) -> [Bool?] {
        tokens.map { token in
            if nameConnectors.contains(token.text) { return nil }
            guard token.range.lowerBound < bytes.count else { return false }
            // A particle as written, lower-case: `von der Leyen`, not `Van` opening a sentence.
            if SurnameParticle.isParticle(bytes[token.range.clamped(to: bytes.indices)]) { return nil }
            let lead = bytes[token.range.lowerBound]
            if lead < 0x80 { return lead >= 0x41 && lead <= 0x5A }
            let scalar = String(decoding: bytes[token.range.lowerBound..<min(bytes.count, token.range.lowerBound + 4)], as: UTF8.self)
                .unicodeScalars.first
            return scalar?.properties.isUppercase ?? false
        }
    }

    /// Whether the words `range` are part of a capitalised name: all capitalised, with a
    /// capitalised word beside them (small words such as `of the` between) that is not the
    /// sentence's first.
    private static func inName(_ range: Range<Int>, capitals: [Bool?]) -> Bool {
        guard !capitals.isEmpty, range.upperBound <= capitals.count, range.allSatisfy({ capitals[$0] == true }) else { return false }
        var before = range.lowerBound - 1
        while before >= 0, capitals[before] == nil, range.lowerBound - before <= 3 { before -= 1 }
        var after = range.upperBound
        while after < capitals.count, capitals[after] == nil, after - range.upperBound < 3 { after += 1 }
        return (before >= 1 && capitals[before] == true) || (after < capitals.count && capitals[after] == true)
    }

    /// Whether ranges `a` and `b` of words are at most `reach` words apart (or overlap).
    private static func near(_ a: Range<Int>, _ b: Range<Int>, reach: Int) -> Bool {
        if a.overlaps(b) { return true }
        return a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound <= reach : a.lowerBound - b.upperBound <= reach
    }

    /// The first place any of `patterns` occurs in `words`; a pattern's last word also matches a
    /// longer word it begins, when it has six letters or more (`multistakeholder` in
    /// `multistakeholderism`, `council` in `councils`).
    private static func firstOccurrence(of patterns: [[String]], in words: [String]) -> (Int, [String])? {
        var best: (Int, [String])?
        for pattern in patterns where !pattern.isEmpty && pattern.count <= words.count {
            for start in 0...(words.count - pattern.count) {
                var same = true
                for (offset, word) in pattern.enumerated() {
                    let candidate = words[start + offset]
                    let last = offset == pattern.count - 1
                    if candidate == word || (last && word.count >= 6 && candidate.hasPrefix(word)) { continue }
                    same = false
                    break
                }
                if same {
                    if best.map({ start < $0.0 }) ?? true { best = (start, pattern) }
                    break
                }
            }
        }
        return best
    }

    /// Whether `sentence` ends with `mark` (`?`), closing quotation marks and brackets aside;
    /// read from its last bytes (comparing `Character`s cost more than the cues' matching).
    private func isQuestion(_ sentence: [UInt8], mark: String) -> Bool {
        let bytes = Array(sentence.suffix(32))
        var end = bytes.count
        while end > 0 {
            if [0x22, 0x27, 0x29, 0x5D, 0x20].contains(bytes[end - 1]) {
                end -= 1
            } else if end >= 3, bytes[end - 3] == 0xE2, bytes[end - 2] == 0x80, bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99 {
                end -= 3  // ” ’
            } else if end >= 2, bytes[end - 2] == 0xC2, bytes[end - 1] == 0xBB {
                end -= 2  // »
            } else {
                break
            }
        }
        let suffix = Array(mark.utf8)
        return end >= suffix.count && bytes[(end - suffix.count)..<end].elementsEqual(suffix)
    }
}
