/// How one clause of a footnote reads as a citation: its form, pinpoint and extent.
struct ClauseReading: Equatable {
    /// A full citation's draft, shared rather than copied: a clause's reading passes from
    /// segmenting to resolving, and a shared draft is one reference to count where the draft's
    /// strings are a dozen (an `indirect` case still copied the draft out wherever it was read).
    final class SharedWork: Equatable, Sendable {
        let work: WorkDraft

        init(_ work: WorkDraft) {
            self.work = work
        }

        static func == (left: SharedWork, right: SharedWork) -> Bool {
            left.work == right.work
        }
    }

    enum Form: Equatable {
        case full(SharedWork)
        case id
        case supra(name: String, note: String)
        case short(name: String)
    }

    var form: Form
    var pinpoint: Pinpoint?
    /// The citation's text, without signal or closing period.
    var citation: Range<Int>
    /// Commentary that follows the citation inside the same clause.
    var trailing: Range<Int>?
}

/// Tells whether a clause is a citation and of which form: *Id.*, *supra*, full, or short.
enum CitationClassifier {
    /// The longest citation, in bytes, looked for after a signal inside commentary. Real ones run
    /// to a few hundred bytes; the bound keeps a long note from being read once per signal.
    static let longestSearched = 2_048

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        guard !body.isEmpty else { return nil }
        if let short = ShortFormParser.parse(text, body) { return reading(short) }
        let citation = withoutClosingPeriod(text, body)
        if let full = FullCitationParser.parse(text, citation) {
            return ClauseReading(form: .full(ClauseReading.SharedWork(full.work)), pinpoint: full.pinpoint, citation: citation, trailing: nil)
        }
        return ShortFormParser.parseShort(text, citation).map(reading)
    }

    private static func reading(_ short: ShortFormParser.Reading) -> ClauseReading {
        let form: ClauseReading.Form
        switch short.reference {
        case .id: form = .id
        case .supra(let name, let note): form = .supra(name: name, note: note)
        case .short(let name): form = .short(name: name)
        }
        return ClauseReading(form: form, pinpoint: short.pinpoint, citation: short.citation, trailing: short.trailing)
    }

    /// `range` without the period that closes the sentence, keeping one that ends an abbreviation.
    static func withoutClosingPeriod(_ text: CitationText, _ range: Range<Int>) -> Range<Int> {
        let trimmed = text.trimmed(range)
        guard let last = trimmed.last, text.bytes[last] == UInt8(ascii: "."), !text.isInsideSpan(last) else { return trimmed }
        let before = last - 1
        guard before >= trimmed.lowerBound else { return trimmed.lowerBound..<last }
        if text.isLinked(before) { return trimmed.lowerBound..<last }
        var wordStart = last
        while wordStart > trimmed.lowerBound, !Bytes.isSpace(text.bytes[wordStart - 1]) { wordStart -= 1 }
        let word = text.bytes[wordStart..<last]
        let isInitial = word.count == 1 && word.first.map(Bytes.isUpper) == true
        let hasInnerPeriod = word.contains(UInt8(ascii: "."))
        if isInitial || hasInnerPeriod || SentenceSplitter.isListedAbbreviation(word) { return trimmed }
        return trimmed.lowerBound..<last
    }
}
