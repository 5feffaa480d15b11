import LowLevel

/// A semicolon inside a news story's title, in the Bluebook's form: `Rukmini Roe, Officer Is
/// Indicted in Alder Case; Protesters Wanted Stronger Charges, N.Y. TIMES, Sept. 23, 2020`; or
/// inside an article's title (`Ann Roe, Reply: Old Maps; Old Maps, 3 Lakeshore L. Rev. 9`).
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
        // After: title words, then a volume and a periodical's name (`Reply: Old Maps; Old Maps, 3
        // Lakeshore L. Rev. 9`), or a newspaper in capitals, a month and day, a year.
        if continuesToVolume(text, from: offset + 2, end: end) { return true }
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

    /// Whether capitalised title words with no digit start at `start` and run to a comma that a
    /// volume, a space and a capitalised name follow (`Old Maps, 3 Lakeshore L. Rev. 9`): the
    /// rest of an article's title, as no citation of its own opens without an author or a signal.
    private static func continuesToVolume(_ text: CitationText, from start: Int, end: Int) -> Bool {
        let bytes = text.bytes
        var found: Int?
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: start..<end) {
            found = comma
            break
        }
        guard let comma = found, !bytes[start..<comma].contains(where: Bytes.isDigit), !bytes[start..<comma].contains(UInt8(ascii: ";")),
              SignalMatcher.match(in: text, at: start, end: end) == nil else { return false }
        let volume = text.skipSpaces(from: comma + 1, end: end)
        var index = volume
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        return index > volume && index - volume <= 4 && index + 1 < end && bytes[index] == UInt8(ascii: " ") && Bytes.isUpper(bytes[index + 1])
    }
}
