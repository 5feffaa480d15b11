import EssayKit
import Testing

/// A report's plain endnotes (`PlainEndnotes`) where a note's wrapped line opens with the next
/// note's number and a capital after a line ending with a full stop (`... 2021, at 4.` /
/// `12 Cases decided since then ...`): the line is the note's text, as note 12 opens later. The
/// report is `ReportEndnoteTests`'s; the wrapped note is invented.
@Suite("Plain endnotes: a wrapped line opening with the next note's number")
struct PlainEndnoteWrapTests {
    static let eleventh = "11 Board survey of national supervisory authorities, 2021, at 4.\n12 Cases decided since then are counted in its annex."

    /// The notes' pages with note 11 as `eleventh`, every other note on its number's line.
    static func endnotes(eleventh: String) -> String {
        func notes(_ numbers: ClosedRange<Int>) -> String {
            numbers.map { ReportEndnoteTests.note($0, shape: 2) }.joined(separator: "\n")
        }
        return ReportEndnoteTests.page(12, "Endnotes\n\n" + notes(1...10) + "\n" + eleventh)
            + ReportEndnoteTests.page(13, notes(12...20)) + ReportEndnoteTests.page(14, notes(21...24))
    }

    static func report(eleventh: String) -> String {
        ReportEndnoteTests.cover + ReportEndnoteTests.summary + ReportEndnoteTests.introduction + ReportEndnoteTests.findings
            + ReportEndnoteTests.recommendations + endnotes(eleventh: eleventh)
    }

    @Test("the wrapped line is the note's text and the later line opens the next note")
    func wrappedLineIsText() throws {
        let essay = try Fixture.essay(Self.report(eleventh: Self.eleventh), path: "report.md")
        let labels: [String] = essay.footnotes.map(\.label)
        #expect(labels == (1...24).map(String.init))
        #expect(essay.footnote("11")?.content.text
            == "Board survey of national supervisory authorities, 2021, at 4. 12 Cases decided since then are counted in its annex.")
        #expect(essay.footnote("12")?.content.text == ReportEndnoteTests.texts[11])
    }

    @Test("a line opening the next note with no second opening after it still opens it")
    func singleOpeningOpens() throws {
        let essay = try Fixture.essay(Self.report(eleventh: "11 Board survey of national supervisory authorities, 2021, at 4."), path: "report.md")
        #expect(essay.footnote("11")?.content.text == "Board survey of national supervisory authorities, 2021, at 4.")
        #expect(essay.footnote("12")?.content.text == ReportEndnoteTests.texts[11])
    }
}
