import LowLevel

/// The division and title of an omnibus act, as appropriations acts are cited: `Division C,
/// Title III` after a public law's number (`P.L. 118-42, Division C, Title III`, the Bluebook's
/// `Pub. L. No. 117-58, div. J, tit. I`), a section after them (`P.L. 115-141, Division B, Title
/// V, §539`), or the division before it (`Division A of
/// P.L. 117-167`, `Division J of the Widget Act (P.L. 117-58)`).
///
/// The act is the work; the chain, as printed, is its pinpoint.
enum ActDivision {
    /// The words opening a part of an act.
    private static let marks: [StaticString] = ["Division ", "Title ", "Subtitle ", "div. ", "tit. ", "subtit. "]
    /// The words opening a section, which goes on a chain that opened with a division or title.
    private static let sectionMarks: [StaticString] = ["§", "Section ", "Sec. ", "sec. "]

    /// The chain starting at `offset` (`Division B, Title V, §539`) as a pinpoint, and where it ends;
    /// nil when no division or title opens there.
    static func chain(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        // The gate: a `D`, `T` or `S` opens it, or the Bluebook's `div.`, `tit.`, `subtit.`.
        guard offset < end, [UInt8(ascii: "D"), UInt8(ascii: "T"), UInt8(ascii: "S"), UInt8(ascii: "d"), UInt8(ascii: "t"), UInt8(ascii: "s")]
                .contains(text.bytes[offset]) else { return nil }
        var index = offset
        var chainEnd: Int?
        while index < end {
            if let mark = marks.first(where: { text.has($0, at: index, end: end) }), let numberEnd = partNumber(text, at: index + mark.utf8CodeUnitCount, end: end) {
                chainEnd = numberEnd
            } else if chainEnd != nil, let mark = sectionMarks.first(where: { text.has($0, at: index, end: end) }) {
                let numberStart = text.skipSpaces(from: index + mark.utf8CodeUnitCount, end: end)
                guard let section = PinpointParser.bareSection(text, at: numberStart, end: end) else { break }
                chainEnd = section.end
            } else {
                break
            }
            guard let last = chainEnd, text.has(", ", at: last, end: end) else { break }
            index = last + 2
        }
        guard let chainEnd else { return nil }
        return (Pinpoint(kind: .other, text: text.string(offset..<chainEnd)), chainEnd)
    }

    /// `Section 6107(a)` at `offset`, a section of the act named after it: the section as a pinpoint and where it ends.
    private static func section(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        guard text.has("Section ", at: offset, end: end),
              let number = PinpointParser.bareSection(text, at: offset + 8, end: end) else { return nil }
        return (Pinpoint(kind: .section, text: text.string(offset..<number.end)), number.end)
    }

    /// The chain written just before a public law at `start` (`Division A of P.L. ...`, `Division J
    /// of the Widget Act (P.L. ...`), looked for from `lowerBound`; and where it starts.
    static func before(_ text: CitationText, _ start: Int, from lowerBound: Int) -> (pinpoint: Pinpoint, start: Int)? {
        let from = max(lowerBound, start - 120)
        var found: (pinpoint: Pinpoint, start: Int)?
        var offset = text.firstOffset(of: UInt8(ascii: "D"), from: from, end: start)
        while offset < start {
            if text.isWordStart(offset), let chain = chain(text, at: offset, end: start), joinsPublicLaw(text, chain.end, start) {
                found = (chain.pinpoint, offset)
            }
            offset = text.firstOffset(of: UInt8(ascii: "D"), from: offset + 1, end: start)
        }
        if found != nil { return found }
        // `as added by Section 6107(a) of the Widget Act of 2014 (2014 farm bill; P.L. 113-79)`: the
        // act's section, as `Section 7002 of P.L. 117-58` (`NumberedDocumentForm`) gives it.
        offset = text.firstOffset(of: UInt8(ascii: "S"), from: from, end: start)
        while offset < start {
            if text.isWordStart(offset), let section = section(text, at: offset, end: start), joinsPublicLaw(text, section.end, start) {
                found = (section.pinpoint, offset)
            }
            offset = text.firstOffset(of: UInt8(ascii: "S"), from: offset + 1, end: start)
        }
        return found
    }

    /// Whether the words from `offset` to the public law at `start` are ` of ` or ` of the NAME (`,
    /// the act's name in up to six words.
    private static func joinsPublicLaw(_ text: CitationText, _ offset: Int, _ start: Int) -> Bool {
        guard text.has(" of ", at: offset, end: start) else { return false }
        var rest = text.trimmed(offset + 4..<start)
        if rest.isEmpty { return true }
        // `(IIJA; P.L. 117-58)`, `(2014 farm bill; P.L. 113-79)`: the act's acronym or short name, in
        // up to four words, may open the parenthesis.
        if text.bytes[rest.upperBound - 1] == UInt8(ascii: ";"), let open = text.bytes[rest].lastIndex(of: UInt8(ascii: "(")),
           rest.upperBound - open >= 3, (1...4).contains(text.wordCount(in: open + 1..<rest.upperBound - 1)),
           !text.bytes[open + 1..<rest.upperBound - 1].contains(where: { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") }) {
            rest = rest.lowerBound..<open + 1
        }
        guard text.bytes[rest.upperBound - 1] == UInt8(ascii: "(") else { return false }
        rest = text.trimmed(rest.lowerBound..<rest.upperBound - 1)
        let words = text.words(in: rest)
        guard (1...6).contains(words.count), text.equals(words[0], "the") || Bytes.isUpper(text.bytes[words[0].lowerBound]) else { return false }
        return words.allSatisfy { word in !text.bytes[word].contains { $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: ";") } }
    }

    /// Just past a part's number: capitals (`C`, `AA`), a Roman numeral (`III`) or digits (`12`).
    private static func partNumber(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        var index = offset
        while index < end, index - offset < 6, Bytes.isUpper(text.bytes[index]) || Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > offset, index == end || !Bytes.isLetter(text.bytes[index]) && !Bytes.isDigit(text.bytes[index]) else { return nil }
        return index
    }
}
