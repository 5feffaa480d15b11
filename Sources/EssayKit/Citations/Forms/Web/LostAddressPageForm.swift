import LowLevel

/// A web page whose address the converter lost, known by the day it was read: `Platform Lets
/// Advertisers Exclude Users by Age — NewsSite, last accessed 8.5.2022`, `Guidance on reporting |
/// Agency last accessed 6.5.2022`, `Council of Europe, Hate speech and violence (coe.int), last
/// accessed 30.3.2022` (a link's text kept, its target dropped).
///
/// The words before the site (after ` — `, ` – `, ` | ` or ` - `, or a bracketed domain) are the
/// page's title; the site is where it is published; `last accessed DATE` is never part of a title.
/// Without a site the words are a remark on when links were read, not a page.
/// A clause holding an address is another form's (the address names the page).
enum LostAddressPageForm: CitationForm {
    /// The first test of `read`: a title's first letter.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isLetter(byte) || byte >= 0xC0 || byte == UInt8(ascii: "\"")
    }

    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The remarks that open the date of reading, as the notes print them.
    private static let remarks: [StaticString] = ["last accessed on ", "last accessed ", "Last accessed on ", "Last accessed ", "accessed on ",
                                                  "last access ", "last visited ", "last retrieved "]
    /// The most bytes the remark and its date take at the clause's end.
    private static let longestRemark = 48
    /// The separators between a page's title and its site, each with its spaces.
    private static let separators: [StaticString] = [" — ", " – ", " | ", " - "]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        let end = citation.upperBound
        // The gate: a year ending the clause after a date's `.`, `/` or space, then the remark near the end.
        guard end - citation.lowerBound > 12, bytes[end - 4..<end].allSatisfy(Bytes.isDigit),
              [UInt8(ascii: "."), UInt8(ascii: " "), UInt8(ascii: "/")].contains(bytes[end - 5]) else { return nil }
        let from = max(citation.lowerBound, end - longestRemark)
        guard let remark = (from..<end).first(where: { offset in
            bytes[offset] | 0x20 == UInt8(ascii: "l") || bytes[offset] == UInt8(ascii: "a") ? remarks.contains { text.has($0, at: offset, end: end) } : false
        }), remark > citation.lowerBound else { return nil }
        let width = remarks.first { text.has($0, at: remark, end: end) }?.utf8CodeUnitCount ?? 0
        // The date: `8.5.2022`, `08.05.2022`, `8 May 2022`; a year closes it.
        let dateStart = text.skipSpaces(from: remark + width, end: end)
        guard end - dateStart >= 4, bytes[end - 4..<end].allSatisfy(Bytes.isDigit), let year = DateWords.year(in: bytes[end - 4..<end]),
              Bytes.isDigit(bytes[dateStart]) else { return nil }
        // No address: a page with one is the address's form.
        var described = text.trimmingTrailing(text.trimmed(citation.lowerBound..<remark), [UInt8(ascii: ","), UInt8(ascii: " "), UInt8(ascii: ";")])
        guard !described.isEmpty, !(described.lowerBound..<described.upperBound).contains(where: { AddressExtent.opens(text, at: $0, end: described.upperBound) })
        else { return nil }
        var site: Range<Int>?
        // `... (coe.int)`: the site's domain in brackets.
        if bytes[described.upperBound - 1] == UInt8(ascii: ")"),
           let open = (described.lowerBound..<described.upperBound).last(where: { bytes[$0] == UInt8(ascii: "(") }), open > described.lowerBound {
            let inside = text.trimmed(open + 1..<described.upperBound - 1)
            if inside.count >= 4, bytes[inside].contains(UInt8(ascii: ".")), !bytes[inside].contains(UInt8(ascii: " ")) {
                site = inside
                described = text.trimmed(described.lowerBound..<open)
            }
        }
        if site == nil {
            for separator in separators {
                var index = described.upperBound - separator.utf8CodeUnitCount
                while index > described.lowerBound, !text.has(separator, at: index, end: described.upperBound) { index -= 1 }
                guard index > described.lowerBound else { continue }
                site = text.trimmed(index + separator.utf8CodeUnitCount..<described.upperBound)
                described = text.trimmed(described.lowerBound..<index)
                break
            }
        }
        // With no site the words are a remark on reading (`This and all other weblinks were accessed on
        // 31.07.2024`), not a page: the lost link's text always names where it was read.
        guard let site, !site.isEmpty else { return nil }
        let title = text.trimmingTrailing(described, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: " ")])
        // A title of two words at least: `Agency, accessed 3.4.2022` alone names no page.
        guard text.wordCount(in: title, limit: 2) >= 2 else { return nil }
        var work = WorkDraft(kind: .webpage, title: text.string(title))
        work.container = text.string(site)
        work.year = year
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: citation, trailing: nil)
    }
}
