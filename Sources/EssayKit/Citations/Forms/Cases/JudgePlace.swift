import LowLevel

/// A judge's words cited by where they are in the judgment just cited, as Commonwealth notes
/// write them after the case: `per Hale J (at para. 55)`, `see Lord Vale MR at 90-1`, `Stone LJ at
/// 95-6`, `Marlow J said (at para 120)`.
///
/// The words before the place are a judge's name: after `per`, or ending in a judicial title
/// (`J`, `LJ`, `MR`, `CJ`, `JA`, ...), or opening with one (`Lord`, `Lady`, `Justice`). Between
/// the name and the place only a verb of saying may come (`said`, `held`, `observed`). The place
/// is `at` and a page or paragraph, perhaps in parentheses; anything after it is the author's.
enum JudgePlace {
    /// The place at `offset` and just past it (past the parenthesis holding it), or nil.
    static func read(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        var index = offset
        if text.has("see ", at: index, end: end, ignoringFirstLetterCase: true) { index += 4 }
        let per = text.has("per ", at: index, end: end)
        if per { index += 4 }
        var first: Range<Int>?
        var last: Range<Int>?
        var words = 0
        while index < end, Bytes.isUpper(text.bytes[index]) || text.bytes[index] >= 0xC0, words < longestJudge {
            let start = index
            while index < end, !Bytes.isSpace(text.bytes[index]), text.bytes[index] != UInt8(ascii: ",") { index += 1 }
            if first == nil { first = start..<index }
            last = start..<index
            words += 1
            index = text.skipSpaces(from: index, end: end)
        }
        guard let first, let last, per || isJudge(text, first: first, last: last) else { return nil }
        // `said`, `held that`: a verb of saying, a word or two.
        var verbs = 0
        while verbs < longestVerb, index < end, Bytes.isLower(text.bytes[index]), !text.has("at ", at: index, end: end) {
            var wordEnd = index
            while wordEnd < end, Bytes.isLower(text.bytes[wordEnd]) { wordEnd += 1 }
            guard sayingWords.contains(where: { text.equals(index..<wordEnd, $0) }) else { return nil }
            index = text.skipSpaces(from: wordEnd, end: end)
            verbs += 1
        }
        if index < end, text.bytes[index] == UInt8(ascii: ",") { index = text.skipSpaces(from: index + 1, end: end) }
        var close: Int?
        if index < end, text.bytes[index] == UInt8(ascii: "("), let after = text.closingBracket(after: index, end: end) {
            close = after
            index += 1
        }
        guard text.has("at ", at: index, end: end) else { return nil }
        let place = text.skipSpaces(from: index + 3, end: end)
        let placeEnd = close.map { $0 - 1 } ?? end
        guard place < placeEnd,
              let parsed = ParagraphPlace.parse(text, at: place, end: placeEnd) ?? PinpointParser.parse(text, at: place, end: placeEnd, allowRoman: false)
        else { return nil }
        // In parentheses the place fills them: `(at para 120)`, not `(at 5 and elsewhere)`.
        if let close {
            guard text.skipSpaces(from: parsed.end, end: placeEnd) == placeEnd else { return nil }
            return (parsed.pinpoint, close)
        }
        return parsed
    }

    /// Whether the semicolon at `semicolon` goes on with a judge's place in the case cited in the
    /// piece from `pieceStart` (`[1988] 2 QB 77; see Lord Vale MR at 90-1`): no citation of its own.
    static func continuesCase(_ text: CitationText, semicolon: Int, pieceStart: Int, end: Int) -> Bool {
        let next = text.skipSpaces(from: semicolon + 1, end: end)
        // The cheap test: a capital, or `see`/`per`, after the semicolon.
        guard next < end, Bytes.isUpper(text.bytes[next]) || text.bytes[next] == UInt8(ascii: "s") || text.bytes[next] == UInt8(ascii: "p"),
              read(text, at: next, end: end) != nil else { return false }
        return NeutralCitationForm.firstCite(text, in: pieceStart..<semicolon) != nil
            || YearSeriesCaseForm.firstReportEnd(text, in: pieceStart..<semicolon) != nil
    }

    /// Whether the capitalised words from `first` to `last` name a judge: a judicial title ends them
    /// (`Vale MR`) or opens them (`Lord Vale`).
    static func isJudge(_ text: CitationText, first: Range<Int>, last: Range<Int>) -> Bool {
        isTitle(text, last) || leadTitles.contains { text.equals(first, $0) }
    }

    /// Whether `name` ends in a judicial title (`Lord Vale MR`, `Stone LJ`): a judge, never a work's short name.
    static func endsInTitle(_ text: CitationText, _ name: Range<Int>) -> Bool {
        guard let last = text.lastWord(in: name), last.lowerBound > name.lowerBound else { return false }
        return isTitle(text, last)
    }

    /// Whether `word` is a judicial title written after the name (`Hale J`, `Vale MR`, `Gummow J.`).
    private static func isTitle(_ text: CitationText, _ word: Range<Int>) -> Bool {
        var word = word
        if word.count > 1, text.bytes[word.upperBound - 1] == UInt8(ascii: ".") { word = word.lowerBound..<word.upperBound - 1 }
        return titles.contains { text.equals(word, $0) }
    }

    /// Titles written after a judge's name.
    private static let titles: [StaticString] = ["J", "JJ", "LJ", "LJJ", "MR", "CJ", "JA", "JJA", "P", "VC", "AJ", "AJA", "ACJ", "DCJ", "SCJ", "CJA", "JSC", "Bt"]
    /// Titles written before it.
    private static let leadTitles: [StaticString] = ["Lord", "Lady", "Baroness", "Baron", "Justice", "Judge"]
    /// Verbs (and `that`) that may come between the judge's name and the place.
    private static let sayingWords: [StaticString] = ["said", "held", "observed", "stated", "noted", "explained", "remarked", "added",
                                                      "agreed", "concluded", "found", "considered", "commented", "emphasised",
                                                      "emphasized", "thought", "wrote", "put", "it", "says", "holds", "observes"]
    /// The most words of a judge's name and title (`Sir Ann Doe MR`, `Lord Justice Hale`).
    private static let longestJudge = 4
    /// The most words of saying between the name and the place (`put it`).
    private static let longestVerb = 2
}
