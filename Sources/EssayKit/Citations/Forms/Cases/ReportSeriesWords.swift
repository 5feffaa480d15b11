import LowLevel

/// The capitalised words naming a court or a report series between a year and a number
/// (`EWCA Civ`, `S.C.R.`, `All E.R.`, `IPR`), each followed by one space.
struct ReportSeriesWords {
    /// Just past the last word.
    var end: Int
    /// Just past the space after the last word: where the number should start.
    var next: Int
    var words: Int
    /// The capitals counted across the words.
    var capitals: Int
    /// Whether a word holds a period (a report's `S.C.R.`, never a court's `SCC`).
    var hasPeriod: Bool

    /// Reads up to `maximumWords` words opening with a capital at `start`, each of letters (and
    /// periods, where `periods` allows them) no longer than `longestWord` and followed by a space;
    /// nil when a word breaks those bounds, so the citation is not one of these.
    static func read(_ bytes: [UInt8], from start: Int, end: Int, maximumWords: Int, longestWord: Int,
                     periods: Bool) -> ReportSeriesWords? {
        var found = ReportSeriesWords(end: start, next: start, words: 0, capitals: 0, hasPeriod: false)
        var index = start
        while index < end, Bytes.isUpper(bytes[index]), found.words < maximumWords {
            var wordEnd = index
            while wordEnd < end, Bytes.isLetter(bytes[wordEnd]) || periods && bytes[wordEnd] == UInt8(ascii: ".") {
                if bytes[wordEnd] == UInt8(ascii: ".") { found.hasPeriod = true }
                if Bytes.isUpper(bytes[wordEnd]) { found.capitals += 1 }
                wordEnd += 1
            }
            guard wordEnd - index <= longestWord, wordEnd < end, bytes[wordEnd] == UInt8(ascii: " ") else { return nil }
            found.words += 1
            found.end = wordEnd
            index = wordEnd + 1
        }
        found.next = index
        return found
    }
}
