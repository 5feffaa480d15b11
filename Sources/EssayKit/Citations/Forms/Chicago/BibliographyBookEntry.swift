import LowLevel

/// A book as a Chicago bibliography prints it, written as a note: `Roe, Ann. The Quiet Harbour.
/// Boston: River Press, 2010.` The inverted name, the title and the place, publisher and year are
/// three sentences to the eye; `CitationSentenceSplitter` keeps them one, and
/// `ChicagoBookEntryForm` reads it.
struct BibliographyBookEntry {
    /// The inverted name, without its period.
    var name: Range<Int>
    var title: Range<Int>
    /// The publisher, between the place's colon and the year's comma.
    var publisher: Range<Int>
    var year: Int
    /// The offset of the period after the name, and of the one after the title.
    var namePeriod: Int
    var titlePeriod: Int
    /// Just past the year.
    var end: Int

    /// The most bytes the title, and the place and publisher, take.
    private static let longestTitle = 240
    private static let longestImprint = 120

    /// The entry opening at `start`, or nil.
    static func read(_ bytes: [UInt8], from start: Int, end: Int) -> BibliographyBookEntry? {
        guard let namePeriod = QuotedTitleOpening.invertedNameEnd(bytes, from: start, beforeQuote: false), namePeriod + 2 < end else { return nil }
        let titleStart = namePeriod + 2
        // The title, to the first period a space and a capital follow.
        var titlePeriod = titleStart
        let titleLimit = min(end - 2, titleStart + longestTitle)
        while titlePeriod < titleLimit {
            if bytes[titlePeriod] == UInt8(ascii: "."), bytes[titlePeriod + 1] == UInt8(ascii: " "), Bytes.isUpper(bytes[titlePeriod + 2]) { break }
            titlePeriod += 1
        }
        guard titlePeriod < titleLimit, titlePeriod > titleStart else { return nil }
        // `Boston: River Press, 2010`: a capitalised place, a colon, the publisher, a comma and the year.
        let place = titlePeriod + 2
        let imprintLimit = min(end, place + longestImprint)
        guard let colon = (place..<imprintLimit).first(where: { bytes[$0] == UInt8(ascii: ":") }), colon > place,
              colon + 2 < imprintLimit, bytes[colon + 1] == UInt8(ascii: " "),
              Bytes.isUpper(bytes[place]), !bytes[place..<colon].contains(where: Bytes.isDigit) else { return nil }
        guard let comma = (colon..<imprintLimit).last(where: { bytes[$0] == UInt8(ascii: ",") }), comma > colon + 2,
              comma + 6 <= end, bytes[comma + 1] == UInt8(ascii: " ") else { return nil }
        let digits = bytes[(comma + 2)..<(comma + 6)]
        guard digits.allSatisfy(Bytes.isDigit), let year = DateWords.year(in: digits),
              comma + 6 == end || !Bytes.isDigit(bytes[comma + 6]) && !Bytes.isLetter(bytes[comma + 6]) else { return nil }
        return BibliographyBookEntry(name: start..<namePeriod, title: titleStart..<titlePeriod, publisher: (colon + 2)..<comma,
                                     year: year, namePeriod: namePeriod, titlePeriod: titlePeriod, end: comma + 6)
    }
}
