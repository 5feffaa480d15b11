@testable import EssayKit
import Testing

/// A journal's PDF as MarkItDown (pdfminer) converts it, pages parted by form feeds: the page's
/// notes indented by a space or two, one opening with an address in lower case. Names and
/// addresses are invented.
@Suite("An indented page-foot note opening in lower case")
struct IndentedLowerCaseNoteTests {
    @Test("a note opening with an address after its indented number is the next note, and the run goes on")
    func addressOpensTheNote() throws {
        let text = """
            THE HARBOUR TRAP

            The harbour rule was read narrowly in the decade after the war, and the ports paid for that reading.1
            The courts said so twice in the years that followed, and the ministry kept its list of the cases.2 Nothing
            changed until the new statute came.

              1 R. Vane, The Long Ledger (London, 2004), p. 12.
              2 https://www.example.org/harbour-dues/case-file.

            \u{0C}The statute set the dues out at length, port by port and year by year.3 The courts followed
            it without a word of dissent.

              3 T. Erl, A Theory of Dues (Oxford, 1999), p. 8.

            """
        let essay = try Fixture.essay(text, path: "harbour-trap.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "R. Vane, The Long Ledger (London, 2004), p. 12.")
        #expect(essay.footnote("2")?.content.text == "https://www.example.org/harbour-dues/case-file.")
    }
}
