import LowLevel

/// A session law's short form by its series' volume and a page: `130 Stat. at 1355`, `§ 2, 130 Stat.
/// at 1357 (to be codified at 15 U.S.C. § 45b(d)(1))`, as the Bluebook repeats a public law cited in
/// full before (`Widget Act, Pub. L. No. 114-258, 130 Stat. 1355 (2016)`).
///
/// The page is the pinpoint (a page of the act in the Statutes at Large is closer than its section);
/// the run finds the act among the session laws cited in that volume (`ResolutionRun`).
enum SessionLawShortForm: CitationForm {
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        var start = citation.lowerBound
        // `§ 2, `: the act's section before the volume.
        if start + 2 < citation.upperBound, text.bytes[start] == 0xC2, text.bytes[start + 1] == 0xA7 {
            var comma = start
            while comma < citation.upperBound, comma - start < 24, text.bytes[comma] != UInt8(ascii: ",") { comma += 1 }
            guard comma < citation.upperBound, text.bytes[comma] == UInt8(ascii: ",") else { return nil }
            start = text.skipSpaces(from: comma + 1, end: citation.upperBound)
        }
        // The gate: a volume's digits, then ` at ` within a series' reach.
        var volumeEnd = start
        while volumeEnd < citation.upperBound, volumeEnd - start < 4, Bytes.isDigit(text.bytes[volumeEnd]) { volumeEnd += 1 }
        guard volumeEnd > start, volumeEnd < citation.upperBound, text.bytes[volumeEnd] == UInt8(ascii: " ") else { return nil }
        let reach = min(citation.upperBound, volumeEnd + 24)
        var at = volumeEnd + 1
        while at < reach, !text.has(" at ", at: at, end: citation.upperBound) { at += 1 }
        guard at < reach, let series = SessionLawForm.sessionSeries(text, volumeEnd + 1..<at),
              let page = PinpointParser.parse(text, at: at + 4, end: citation.upperBound, allowRoman: false),
              page.pinpoint.kind == .page || page.pinpoint.kind == .pages else { return nil }
        let tail = LawTail.read(text, after: page.end, end: citation.upperBound)
        return ClauseReading(form: .seriesShort(volume: text.string(start..<volumeEnd), series: series), pinpoint: page.pinpoint,
                             citation: citation.lowerBound..<tail.end, trailing: tail.trailing)
    }
}
