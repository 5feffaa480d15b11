import LowLevel

/// A phrase of the author's own sentence that policy writing puts before a full citation, with no
/// signal: `For example, Department of Widgets, Title, 2025, https://...`, `As of June 3, 2025,
/// Widget Agency, ...`, `CRS calculation based on Widget Agency, Title, ...`.
///
/// The phrase is an adverbial of a closed list ending in a comma (`For example,`, `In addition,`),
/// `As of` and a date ending in a comma, or a few words ending in `based on`, `from` or `using`
/// with no comma or digit among them. Only a full citation that starts right after the phrase
/// counts; the phrase is commentary and never a name of the work.
enum LeadInPhrase: CitationForm {
    /// Adverbials that open a sentence and end in a comma. Each starts with a letter in `openers`.
    private static let adverbials: [StaticString] = [
        "for example, ", "for instance, ", "in addition, ", "additionally, ", "similarly, ", "likewise, ", "also, ",
        "in particular, ", "specifically, ", "more recently, ", "most recently, ", "recently, ", "generally, ",
        "moreover, ", "furthermore, ", "further, ", "notably, ", "historically, ", "previously, ", "by comparison, ",
        "by contrast, ", "in contrast, ", "however, ", "source: ", "sources: ",
    ]
    /// The first letters, lower-cased, of every lead: the cheap test.
    private static let openers: [UInt8] = Array("fiaslrmghnpbc".utf8)
    /// Words that end a lead of the author's words before a work's name.
    private static let links: [StaticString] = [" based on ", " from ", " using "]
    /// The most words of a lead ending in a link: `CRS analysis of agency data from`.
    private static let longestLead = 8

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        guard let start = workStart(text, body) else { return nil }
        guard let reading = CitationForms.read(text, start..<body.upperBound), case .full = reading.form,
              reading.citation.lowerBound == start else { return nil }
        return reading
    }

    /// Where the work's citation starts after a lead-in phrase that opens `body`, or nil.
    static func workStart(_ text: CitationText, _ body: Range<Int>) -> Int? {
        guard body.count > 16 else { return nil }
        let first = text.bytes[body.lowerBound]
        guard Bytes.isLetter(first), openers.contains(first | 0x20) else { return nil }
        var start: Int?
        for adverbial in adverbials where text.has(adverbial, at: body.lowerBound, end: body.upperBound, ignoringFirstLetterCase: true) {
            start = body.lowerBound + adverbial.utf8CodeUnitCount
            break
        }
        if start == nil, text.has("as of ", at: body.lowerBound, end: body.upperBound, ignoringFirstLetterCase: true) {
            start = afterDate(text, body.lowerBound + 6, end: body.upperBound)
        }
        if start == nil, Bytes.isUpper(first) { start = afterLink(text, body) }
        guard let start else { return nil }
        let next = text.skipSpaces(from: start, end: body.upperBound)
        guard next < body.upperBound, Bytes.isUpper(text.bytes[next]) || text.bytes[next] == UInt8(ascii: "\"") || text.bytes[next] == 0xE2
        else { return nil }
        return next
    }

    /// Just past `, ` after a date that follows `As of` (`June 3, 2025, `, `2024, `, `March 2025, `).
    private static func afterDate(_ text: CitationText, _ offset: Int, end: Int) -> Int? {
        var index = offset
        let limit = min(end, offset + 24)
        while index + 4 < limit {
            if Bytes.isDigit(text.bytes[index]), index + 5 < end, (0..<4).allSatisfy({ Bytes.isDigit(text.bytes[index + $0]) }),
               text.bytes[index + 4] == UInt8(ascii: ","), text.bytes[index + 5] == UInt8(ascii: " ") {
                return index + 6
            }
            index += 1
        }
        return nil
    }

    /// Just past a link word (`based on `) that ends a lead of a few words with no comma or digit.
    private static func afterLink(_ text: CitationText, _ body: Range<Int>) -> Int? {
        var index = body.lowerBound
        var words = 1
        var lower = 0
        let limit = min(body.upperBound, body.lowerBound + 80)
        while index < limit {
            let byte = text.bytes[index]
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"") || Bytes.isDigit(byte) {
                return nil
            }
            if byte == UInt8(ascii: " ") {
                for link in links where text.has(link, at: index, end: body.upperBound) {
                    // The author's words hold a lower-case word besides the link: a name (`Office
                    // of Data from Space`) has none.
                    guard lower >= 1 else { return nil }
                    return index + link.utf8CodeUnitCount
                }
                words += 1
                guard words <= longestLead else { return nil }
                if index + 1 < limit, Bytes.isLower(text.bytes[index + 1]), !isConnector(text, index + 1, end: limit) { lower += 1 }
            }
            index += 1
        }
        return nil
    }

    private static func isConnector(_ text: CitationText, _ offset: Int, end: Int) -> Bool {
        for word in ["of ", "the ", "and ", "for ", "on "] as [StaticString] where text.has(word, at: offset, end: end) { return true }
        return false
    }
}
