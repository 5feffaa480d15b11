import LowLevel

/// A report in a series read by its form, not looked up: the Law Reports' `LR` perhaps, a volume,
/// the series' words and the first page, as old English reports and the nominate reports are
/// cited (`19 St Tr 1029`, `9 Exch 341`, `3 M & W 1`, `2 Ld Raym 909`, `LR 3 HL 330`, `4 Co Rep
/// 91a`), or a series printed in one volume with none (`Lofft 1`).
///
/// The series is one to four words, each a capital and letters or periods (`Wm Bl`, `Ch App`) or
/// `&` between two (`M & W`); the page is digits, perhaps with a folio's `a` or `b`. A series a
/// table lists as a journal or a law (`Yale L.J.`, `Stat.`) is no report.
struct SeriesReport {
    /// `LR` of the Law Reports' first series (`LR 3 HL 330`), else empty.
    var prefix: String
    var volume: String?
    var series: String
    var page: String
    /// Where the series' words are written.
    var seriesRange: Range<Int>
    /// Just past the page.
    var end: Int

    /// The most words a series has (`De G M & G`).
    private static let longestSeries = 5
    /// The longest word of one (`Exch`, `Lofft`, `Burr`, `W.L.R.`).
    private static let longestWord = 7

    /// The report at `offset`, or nil; with `needsVolume`, only one with a volume.
    static func read(_ text: CitationText, at offset: Int, end: Int, needsVolume: Bool) -> SeriesReport? {
        let bytes = text.bytes
        var index = offset
        var prefix = ""
        if text.has("LR ", at: index, end: end), index + 3 < end, Bytes.isDigit(bytes[index + 3]) {
            prefix = "LR"
            index += 3
        }
        let volumeStart = index
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        var volume: String?
        if index > volumeStart {
            guard index - volumeStart <= 4, index + 1 < end, bytes[index] == UInt8(ascii: " ") else { return nil }
            volume = text.string(volumeStart..<index)
            index += 1
        }
        guard volume != nil || (!needsVolume && prefix.isEmpty) else { return nil }
        // The series' words, each followed by one space, up to the page's digit.
        let seriesStart = index
        var seriesEnd = index
        var words = 0
        var letters = 0
        var lastWasAmpersand = false
        while index < end, !Bytes.isDigit(bytes[index]) {
            guard words < longestSeries else { return nil }
            var wordEnd = index
            if bytes[index] == UInt8(ascii: "&") {
                guard words > 0, !lastWasAmpersand else { return nil }
                wordEnd += 1
                lastWasAmpersand = true
            } else {
                guard Bytes.isUpper(bytes[index]) else { return nil }
                while wordEnd < end, Bytes.isLetter(bytes[wordEnd]) || bytes[wordEnd] == UInt8(ascii: ".") {
                    if Bytes.isLetter(bytes[wordEnd]) { letters += 1 }
                    wordEnd += 1
                }
                guard wordEnd - index <= longestWord else { return nil }
                lastWasAmpersand = false
            }
            guard wordEnd < end, bytes[wordEnd] == UInt8(ascii: " ") else { return nil }
            words += 1
            seriesEnd = wordEnd
            index = wordEnd + 1
        }
        guard words > 0, letters >= 2, !lastWasAmpersand, index < end else { return nil }
        // The page: digits, perhaps with a folio's side (`91a`).
        let pageStart = index
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index - pageStart <= 5 else { return nil }
        if index < end, bytes[index] == UInt8(ascii: "a") || bytes[index] == UInt8(ascii: "b"), index + 1 == end || !Bytes.isWordByte(bytes[index + 1]) {
            index += 1
        }
        guard text.isWordEnd(index, end: end) else { return nil }
        let written = Array(bytes[seriesStart..<seriesEnd])
        // A month is a date's (`3 May 2011`), not a series'.
        guard !UnlistedSeriesCaseForm.isListed(written), !(words == 1 && DateWords.isMonth(bytes[seriesStart..<seriesEnd])) else { return nil }
        let series = String(decoding: written, as: UTF8.self)
        return SeriesReport(prefix: prefix, volume: volume, series: prefix.isEmpty ? series : prefix + " " + series,
                            page: text.string(pageStart..<index), seriesRange: seriesStart..<seriesEnd, end: index)
    }
}
