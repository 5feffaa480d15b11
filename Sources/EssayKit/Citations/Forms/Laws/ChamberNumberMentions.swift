/// Finds the works an author's sentence names by a chamber's number (`H.R. 3633`, `S.Res. 598`).
///
/// Bills and resolutions open with `H` or `S`; the search reads one at each such byte and goes on
/// after each work found, so one sentence may name several.
enum ChamberNumberMentions {
    /// Every work `read` finds at an `H` or an `S` in `range`, in order, each a citation.
    static func find(_ text: CitationText, in range: Range<Int>,
                     reading read: (Int) -> (work: WorkDraft, pinpoint: Pinpoint?, end: Int)?) -> [(Range<Int>, ClauseReading)] {
        var found: [(Range<Int>, ClauseReading)] = []
        var offset = range.lowerBound
        while offset < range.upperBound {
            let h = text.firstOffset(of: UInt8(ascii: "H"), from: offset, end: range.upperBound)
            let s = text.firstOffset(of: UInt8(ascii: "S"), from: offset, end: min(h, range.upperBound))
            let next = min(h, s)
            guard next < range.upperBound else { break }
            if let mention = read(next) {
                found.append((next..<mention.end, ClauseReading(form: .full(ClauseReading.SharedWork(mention.work)), pinpoint: mention.pinpoint,
                                                                citation: next..<mention.end, trailing: nil)))
                offset = mention.end
            } else {
                offset = next + 1
            }
        }
        return found
    }
}
