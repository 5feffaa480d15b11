import LowLevel

/// A decision in the official reports of a German federal court, by volume and first page:
/// `93 BGHZ 23, 29` (as English-language writing orders it) or `BGHZ 93, 23 (29)` (as German
/// writing does). The reports are a closed list, as the courts are; the pinpoint is a page.
enum OfficialReportForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isDigit(byte) || byte == UInt8(ascii: "B") || byte == UInt8(ascii: "R")
    }

    /// The official reports and the court each reports.
    static let reports: [String: String] = [
        "BGHZ": "BGH", "BGHSt": "BGH", "BVerfGE": "BVerfG", "BVerwGE": "BVerwG", "BFHE": "BFH", "BAGE": "BAG",
        "BSGE": "BSG", "RGZ": "RG", "RGSt": "RG", "BPatGE": "BPatG",
    ]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let lead = citation.first, Bytes.isDigit(text.bytes[lead]) || text.bytes[lead] == UInt8(ascii: "B") || text.bytes[lead] == UInt8(ascii: "R") else { return nil }
        let words = text.words(in: citation)
        guard words.count >= 3, words.count <= 6 else { return nil }
        let bare = words.map { text.string(text.trimmingTrailing($0, [UInt8(ascii: ",")])) }
        let volume: String
        let page: String
        let report: String
        var pinpoint: Pinpoint?
        if reports[bare[1]] != nil, isNumber(bare[0]), isNumber(bare[2]) {
            // `93 BGHZ 23, 29`
            (volume, report, page) = (bare[0], bare[1], bare[2])
            if words.count == 4, isNumber(bare[3]) || ClauseEnds.followingPages(text, at: words[3].upperBound, end: citation.upperBound) != nil {
                pinpoint = Pinpoint(kind: .page, text: text.string(words[3].lowerBound..<citation.upperBound))
            } else if words.count != 3 {
                return nil
            }
        } else if reports[bare[0]] != nil, isNumber(bare[1]), isNumber(bare[2]) {
            // `BGHZ 93, 23 (29)`
            (volume, report, page) = (bare[1], bare[0], bare[2])
            if words.count >= 4 {
                let rest = text.string(words[3].lowerBound..<citation.upperBound)
                guard rest.hasPrefix("("), rest.hasSuffix(")") else { return nil }
                pinpoint = Pinpoint(kind: .page, text: String(rest.dropFirst().dropLast()))
            }
        } else {
            return nil
        }
        var work = WorkDraft(kind: .case, title: "\(report) \(volume), \(page)")
        work.volume = volume
        work.container = report
        work.firstPage = page
        work.courtName = reports[report]
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    private static func isNumber(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy(Bytes.isDigit)
    }
}
