import LowLevel

/// A short form of a case in a report series the reporter table lacks: `Scott v. Shepherd, 2 W. Bl.
/// at 893`, `Hall, 3 Q.B. at 921`, `3 Q.B. at 921`.
///
/// It names the volume and series of a case `UnlistedSeriesCaseForm` read before, as `CaseShortForm`
/// names a listed reporter's; `ResolutionRun` finds the case among those cited in that volume, so a
/// short form naming no such case stays unresolved. The series is read by the same form as the full
/// citation's and must be no journal or law the tables list.
enum UnlistedSeriesShortForm: CitationForm {
    /// The first test of `read`: a party's capital or the volume's digit.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || Bytes.isDigit(byte) || byte >= 0xC0
    }

    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The most words of a short form's name with no `v.` in it.
    private static let longestShortName = 4

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        return UnlistedSeriesCaseForm.firstReading(text, citation, volumesFrom: citation.lowerBound) { read(text, citation, volumeAt: $0) }
    }

    /// A journal's words (`L.`, `Rev.`, `J.`, `Q.`), which no report series has: a journal the tables
    /// lack (`12 Mod. L. Rev. at 5`) stays `JournalShortForm`'s.
    private static let journalWords: [StaticString] = ["L.", "Rev.", "J.", "Q.", "Mag.", "Bull.", "Comment.", "Stud."]

    /// Whether a word of the series is a journal's.
    private static func namesJournal(_ text: CitationText, _ series: Range<Int>) -> Bool {
        text.words(in: series).contains { word in journalWords.contains { text.equals(word, $0) } }
    }

    /// The short form whose `VOL SERIES at PIN` opens with the volume at `start`, or nil.
    private static func read(_ text: CitationText, _ citation: Range<Int>, volumeAt start: Int) -> ClauseReading? {
        let bytes = text.bytes
        let end = citation.upperBound
        guard let (volumeEnd, series) = UnlistedSeriesCaseForm.volumeAndSeries(text, at: start, end: end),
              bytes[volumeEnd] == UInt8(ascii: " "), text.has("at ", at: series.next, end: end) else { return nil }
        let written = Array(bytes[(volumeEnd + 1)..<series.end])
        guard !UnlistedSeriesCaseForm.isListed(written), !namesJournal(text, (volumeEnd + 1)..<series.end), text.firstReporterCite(in: start..<end)?.start != start,
              let pin = PinpointParser.parse(text, at: text.skipSpaces(from: series.next + 3, end: end), end: end, allowRoman: false)
        else { return nil }
        let name = start > citation.lowerBound ? CaseName.range(endingAt: start, from: citation.lowerBound, in: text) : nil
        // A case's name or a short one (`Hall`, `Lady Broughton's Case`): a long title before a
        // misspelt series (`Food and Drug ... Reports, 86 Fed Reg. at 55,224`) is a rule's, not a case's.
        if let name, !NeutralCitationForm.isCaseName(text, name), text.words(in: name).count > longestShortName { return nil }
        let tail = ClauseEnds.shortFormTail(text, from: pin.end, end: end)
        let volumeKey = text.string(start..<volumeEnd) + " " + String(decoding: written, as: UTF8.self)
        return ClauseReading(form: .caseShort(name: name.map { text.string($0) }, volumeKey: volumeKey), pinpoint: pin.pinpoint,
                             citation: (name?.lowerBound ?? start)..<max(pin.end, tail.citationEnd), trailing: tail.trailing)
    }
}
