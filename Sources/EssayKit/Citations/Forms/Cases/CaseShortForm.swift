/// A case's short form: `Wal-Mart, 564 U.S. at 358`, `564 U.S. at 343–46`, `Foo, 1 U.S., at 2`,
/// written as a citation or at the end of the author's prose (`Also check out Foo, 1 U.S. at 99`).
///
/// It names the volume and reporter of a case cited before, and perhaps the case's short name;
/// `ResolutionRun` finds the case among those cited in that volume.
enum CaseShortForm: CitationForm {
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let cite = text.firstReporterCite(in: citation), let pinpoint = cite.shortPinpoint else { return nil }
        let name = CaseName.range(endingAt: cite.start, from: citation.lowerBound, in: text)
        // `592 U.S., at 118, 141 S.Ct. 902, 905`: the parallel reports after the pinpoint are the citation's.
        let tail = ClauseEnds.shortFormTail(text, from: ParallelReportTail.end(text, from: cite.end, end: citation.upperBound), end: citation.upperBound)
        return ClauseReading(form: .caseShort(name: name.map { text.string($0) }, volumeKey: cite.volumeKey), pinpoint: pinpoint,
                             citation: (name?.lowerBound ?? cite.start)..<max(cite.end, tail.citationEnd), trailing: tail.trailing)
    }
}
