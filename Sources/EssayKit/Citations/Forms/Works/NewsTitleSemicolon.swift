import LowLevel

/// A semicolon inside a news story's title, in the Bluebook's form: `Rukmini Roe, Officer Is
/// Indicted in Alder Case; Protesters Wanted Stronger Charges, N.Y. TIMES, Sept. 23, 2020`.
///
/// A semicolon mostly parts two citations of a string. It is the title's when the words before it
/// are an author and the start of a title (a person's name, a comma, capitalised words, no number)
/// and the words after it go on with the title to a newspaper in capitals dated to the day: the
/// story's own fields, which no citation of its own after a semicolon lacks an author for.
enum NewsTitleSemicolon {
    /// Whether the semicolon at `offset`, inside the piece that started at `pieceStart`, is a
    /// news title's, the sentence ending at `end`.
    static func continuesTitle(_ text: CitationText, semicolon offset: Int, pieceStart: Int, end: Int) -> Bool {
        let bytes = text.bytes
        // The gate: `; ` and a capital, as a title goes on.
        guard offset + 2 < end, bytes[offset + 1] == UInt8(ascii: " "), Bytes.isUpper(bytes[offset + 2]) else { return false }
        // Before: `[Signal] Given Surname, Title words`, with no digit.
        let before = text.trimmed(pieceStart..<offset)
        guard !before.isEmpty, !bytes[before].contains(where: Bytes.isDigit) else { return false }
        var start = before.lowerBound
        if let signal = SignalMatcher.match(in: text, at: start, end: before.upperBound) { start = signal.bodyStart }
        var commas: [Int] = []
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: start..<before.upperBound) { commas.append(comma) }
        guard let firstComma = commas.first, let lastComma = commas.last,
              WorkFields.isPersonName(text, text.trimmed(start..<firstComma)),
              text.words(in: lastComma + 1..<before.upperBound).first.map({ Bytes.isUpper(bytes[$0.lowerBound]) }) == true else { return false }
        // After: title words, a newspaper in capitals, a month and day, a year.
        var pieces: [Range<Int>] = []
        var pieceFrom = offset + 1
        var after = end
        for semicolon in text.pieceEnds(separatedBy: UInt8(ascii: ";"), in: offset + 1..<end) {
            after = semicolon
            break
        }
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: offset + 1..<after) {
            pieces.append(text.trimmed(pieceFrom..<comma))
            pieceFrom = comma + 1
            if pieces.count > 6 { return false }
        }
        pieces.append(text.trimmed(pieceFrom..<after))
        guard let outlet = pieces.indices.first(where: { CitationField.isCapitals(bytes[pieces[$0]]) }), outlet > 0,
              outlet + 2 < pieces.count, pieces[..<outlet].allSatisfy({ !bytes[$0].contains(where: Bytes.isDigit) }) else { return false }
        let date = text.words(in: pieces[outlet + 1])
        guard date.count == 2, DateWords.isMonth(bytes[date[0]]), (1...2).contains(date[1].count), bytes[date[1]].allSatisfy(Bytes.isDigit),
              let year = text.words(in: pieces[outlet + 2]).first else { return false }
        let digits = text.trimmingTrailing(year, [UInt8(ascii: "."), UInt8(ascii: ")")])
        return digits.count == 4 && DateWords.year(in: bytes[digits]) != nil
    }
}
