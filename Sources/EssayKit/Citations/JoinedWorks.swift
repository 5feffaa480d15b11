import LowLevel

/// Two works a note joins without a semicolon, and prose that leads into a work with a colon,
/// as Commonwealth and philosophy journals write them.
enum JoinedWorks {
    /// Where `body` holds two works joined by ` and ` after the first's dated parenthesis
    /// (`Ann Roe, Drift, 3(1) Global Ports 77 (2015) and Ivo Strand, Let Go?, 18(4) ICON 902
    /// (2020)`): the space before `and`, when the parenthesis closes on a year, a capital follows
    /// `and `, the words before read as a citation and those after as a work with its authors (a
    /// site's name and address after `and` is the author's list: `... (2022) and Farmee https://...`).
    /// The gate: `) and ` at the top level.
    static func datedAnd(_ text: CitationText, _ body: Range<Int>) -> Int? {
        let base = text.baseLevel(of: body)
        var close = text.firstOffset(of: UInt8(ascii: ")"), from: body.lowerBound, end: body.upperBound)
        while close < body.upperBound {
            defer { close = text.firstOffset(of: UInt8(ascii: ")"), from: close + 1, end: body.upperBound) }
            let space = close + 1
            guard space + 6 < body.upperBound, text.has(" and ", at: space, end: body.upperBound), Bytes.isUpper(text.bytes[space + 5]),
                  close - 4 > body.lowerBound, (close - 4..<close).allSatisfy({ Bytes.isDigit(text.bytes[$0]) }),
                  DateWords.year(in: text.bytes[close - 4..<close]) != nil, text.isTopLevel(space, base: base) else { continue }
            let left = text.trimmed(body.lowerBound..<space)
            let right = (space + 5)..<body.upperBound
            guard let first = CitationForms.read(text, left), case .full = first.form,
                  let second = CitationForms.read(text, right), case .full(let shared) = second.form, second.citation.lowerBound == right.lowerBound,
                  !shared.work.authors.isEmpty else { continue }
            return space
        }
        return nil
    }

    /// Where `body` ends a list of cases with ` and ` (`Ash v Birch [1980] AC 300 and Cole v Dale
    /// [1985] AC 400`, `..., and, in the Court of Appeal, in R (Hale) v Minister [2012] 2 WLR 551`):
    /// the end of the first case and the offset of `and`, when the words before read as a case to
    /// their end and those after `and` hold a case's full citation (the author's words before it,
    /// `in the Court of Appeal, in`, are commentary). The gate: ` and` at the top level after a
    /// page's digit or a closing bracket, perhaps with a comma between.
    static func casesAnd(_ text: CitationText, _ body: Range<Int>) -> (leftEnd: Int, and: Int, caseStart: Int)? {
        // One search for the rare ` and` first: a loop over every `a` of every clause cost more.
        guard text.contains(" and", in: body) else { return nil }
        let bytes = text.bytes
        let base = text.baseLevel(of: body)
        var letter = text.firstOffset(of: UInt8(ascii: "a"), from: body.lowerBound + 1, end: body.upperBound)
        while letter < body.upperBound {
            defer { letter = text.firstOffset(of: UInt8(ascii: "a"), from: letter + 1, end: body.upperBound) }
            guard bytes[letter - 1] == UInt8(ascii: " "), text.has("and", at: letter, end: body.upperBound), letter + 4 < body.upperBound,
                  bytes[letter + 3] == UInt8(ascii: " ") || bytes[letter + 3] == UInt8(ascii: ","), text.isTopLevel(letter, base: base) else { continue }
            let left = text.trimmingTrailing(body.lowerBound..<letter, [UInt8(ascii: ",")])
            guard let last = left.last, Bytes.isDigit(bytes[last]) || bytes[last] == UInt8(ascii: ")") || bytes[last] == UInt8(ascii: "]"),
                  let first = CitationForms.read(text, left), isCase(first), first.trailing == nil,
                  let caseStart = caseOpening(text, letter + 3..<body.upperBound) else { continue }
            return (left.upperBound, letter, caseStart)
        }
        return nil
    }

    /// The most words of the author's between `and` and the case it names (`in the Court of Appeal, in`).
    private static let longestLeadToCase = 10

    /// Where a case's full citation opens in `range`, as read from one of its first capitalised
    /// words (`Court of Appeal, in R (Hale) v ...` opens at `R`), when one does; nil otherwise.
    private static func caseOpening(_ text: CitationText, _ range: Range<Int>) -> Int? {
        for word in text.words(in: range, limit: longestLeadToCase + 1) where Bytes.isUpper(text.bytes[word.lowerBound]) {
            let rest = word.lowerBound..<range.upperBound
            guard let reading = CitationForms.read(text, rest), isCase(reading) else { continue }
            return reading.citation.lowerBound
        }
        return nil
    }

    /// Whether `reading` is a case's full citation.
    private static func isCase(_ reading: ClauseReading) -> Bool {
        guard case .full(let shared) = reading.form else { return false }
        return shared.work.kind == .case
    }

    /// Where the author's words lead into a work with a colon (`Some call this “drift”: Ann Roe,
    /// Drift, in Ports and Power 12 (Ivo Strand ed., 2010)`): the colon, when the words before it
    /// hold no comma and two lower-case words or more (a title's colon has the author's comma
    /// before it, or capitals), and the words after it read as a work with authors from their
    /// start. The gate: a top-level `: ` before a capital.
    static func colonLeadIn(_ text: CitationText, _ body: Range<Int>) -> Int? {
        let base = text.baseLevel(of: body)
        let colon = text.firstOffset(of: UInt8(ascii: ":"), from: body.lowerBound, end: body.upperBound)
        guard colon + 2 < body.upperBound, colon > body.lowerBound, text.bytes[colon + 1] == 0x20, Bytes.isUpper(text.bytes[colon + 2]),
              text.isTopLevel(colon, base: base) else { return nil }
        let left = body.lowerBound..<colon
        guard !text.bytes[left].contains(UInt8(ascii: ",")) else { return nil }
        var lowerWords = 0
        var index = left.lowerBound
        while index < left.upperBound {
            if Bytes.isLower(text.bytes[index]), index == left.lowerBound || text.bytes[index - 1] == 0x20 { lowerWords += 1 }
            index += 1
        }
        guard lowerWords >= 2 else { return nil }
        let right = (colon + 2)..<body.upperBound
        guard let reading = CitationForms.read(text, right), reading.citation.lowerBound == right.lowerBound,
              case .full(let shared) = reading.form, !shared.work.authors.isEmpty else { return nil }
        return colon
    }
}
