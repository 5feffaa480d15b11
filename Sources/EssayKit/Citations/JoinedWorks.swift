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
