import LowLevel

/// Parallel reports written after a short form's pinpoint, as the Court's opinions and many notes
/// print them: `Id. at 118, 141 S. Ct. 902`, `592 U.S., at 118, 141 S.Ct. 902, 905`,
/// `564 U.S. at 358, 131 S. Ct. at 2553`. The pinpoint is the page of the report cited first
/// (`118`); the parallel reports after it, each with its own page, belong to the citation and are
/// neither part of the pinpoint nor the author's words.
enum ParallelReportTail {
    /// `parsed`, a page pinpoint read from `start`, cut where a parallel report starts inside its
    /// list of pages (`118, 141` of `118, 141 S. Ct. 902` is `118`).
    static func cut(_ text: CitationText, _ parsed: (pinpoint: Pinpoint, end: Int), start: Int) -> (pinpoint: Pinpoint, end: Int) {
        guard parsed.pinpoint.kind == .page || parsed.pinpoint.kind == .pages, parsed.end > start,
              text.bytes[start..<parsed.end].contains(UInt8(ascii: ",")),
              let comma = CaseDetails.parallelStart(text, in: start..<parsed.end) else { return parsed }
        let kept = text.trimmingTrailing(start..<comma, [UInt8(ascii: ","), UInt8(ascii: " ")])
        guard !kept.isEmpty, let reread = PinpointParser.parse(text, at: start, end: kept.upperBound, allowRoman: false) else { return parsed }
        return reread
    }

    /// Just past the parallel reports written from `offset`, each after a comma and perhaps with a
    /// page of its own after another (`, 141 S.Ct. 902, 905`, `, 131 S. Ct. at 2553`), however many
    /// (`, 69 Cal. Rptr. 561, 442 P.2d 641`); `offset` when none is.
    static func end(_ text: CitationText, from offset: Int, end: Int) -> Int {
        var index = offset
        while true {
            let comma = text.skipSpaces(from: index, end: end)
            guard comma < end, text.bytes[comma] == UInt8(ascii: ",") else { return index }
            let next = text.skipSpaces(from: comma + 1, end: end)
            guard next < end, Bytes.isDigit(text.bytes[next]), let cite = ReporterCite.read(text, at: next, end: end) else { return index }
            index = cite.end
            // `141 S.Ct. 902, 905`: the page cited in the parallel report, which is no pinpoint here.
            guard !cite.isShort else { continue }
            let pageComma = text.skipSpaces(from: index, end: end)
            guard pageComma < end, text.bytes[pageComma] == UInt8(ascii: ",") else { return index }
            let pageStart = text.skipSpaces(from: pageComma + 1, end: end)
            guard pageStart < end, Bytes.isDigit(text.bytes[pageStart]) else { return index }
            // `, 69 Cal. Rptr. 561, 442 P.2d 641`: a third report, read by the loop.
            if ReporterCite.read(text, at: pageStart, end: end) != nil { continue }
            guard let page = PinpointParser.parse(text, at: pageStart, end: end, allowRoman: false),
                  page.pinpoint.kind == .page || page.pinpoint.kind == .pages else { return index }
            index = cut(text, page, start: pageStart).end
        }
    }
}
