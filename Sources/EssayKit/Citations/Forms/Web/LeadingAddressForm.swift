import LowLevel

/// A clause that opens with an address the author's sentence then speaks of: `http://.../report.pdf
/// Part 3 (page 40 et seq) reviews the history of the docks`. The address is a page cited, titled
/// by the file it ends in; the sentence after it is commentary, never the page's title.
///
/// Only when the words after the address are prose (a lower-case word of four letters or more):
/// an address alone, or with a remark (`(last visited ...)`, `as of 4 May 2023`), is left to the
/// forms that read it.
enum LeadingAddressForm: CitationForm {
    static func mayOpen(with byte: UInt8) -> Bool { byte == UInt8(ascii: "h") || byte == UInt8(ascii: "<") }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard citation.count > 12 else { return nil }
        var start = citation.lowerBound
        if text.bytes[start] == UInt8(ascii: "<") { start += 1 }
        guard text.has("http://", at: start, end: citation.upperBound) || text.has("https://", at: start, end: citation.upperBound),
              !text.isLinked(start) else { return nil }
        let stop = AddressExtent.end(text, from: start, end: citation.upperBound)
        var after = stop
        if after < citation.upperBound, text.bytes[after] == UInt8(ascii: ">") { after += 1 }
        let rest = text.trimmed(after..<body.upperBound)
        guard let first = rest.first, Bytes.isLetter(text.bytes[first]), isProse(text, rest) else { return nil }
        let url = AddressExtent.address(text, start..<stop)
        var work = WorkDraft(kind: .webpage, title: URLParts.fileName(of: url) ?? URLParts.host(of: url) ?? url)
        work.url = url
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: citation.lowerBound..<after, trailing: rest)
    }

    /// Whether `range` holds a lower-case word of four letters or more, outside brackets.
    private static func isProse(_ text: CitationText, _ range: Range<Int>) -> Bool {
        text.words(in: range, limit: 40).contains { word in
            word.count >= 4 && text.bytes[word].allSatisfy { Bytes.isLower($0) }
        }
    }
}
