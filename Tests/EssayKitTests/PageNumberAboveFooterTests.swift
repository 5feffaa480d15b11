import EssayKit
import Testing

/// Text from a PDF with no blank lines and no page breaks, each page ending with its number and a
/// repository's footer: the number is the page's, not the next note's (an invented paper of the
/// shape the author-year papers of the development corpus take).
@Suite("A page number above a repository's footer")
struct PageNumberAboveFooterTests {
    @Test("the number right above the footer is no note")
    func pageNumberIsNoNote() throws {
        let essay = try Fixture.essay("""
            # A Paper on Widgets
            The first page's text marks a note.1 And a second one.2
            1 The first note.
            2 The second note, which ends the page.
            3
            Electronic copy available at: https://ssrn.com/abstract=1234567
            The second page's text goes on here and marks the third note.3
            3 The third note.
            4
            Electronic copy available at: https://ssrn.com/abstract=1234567
            """)
        #expect(essay.footnote("3")?.content.text == "The third note.")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        // Known limit: the next page's text still runs on into the page's last note (note 2 here),
        // as nothing but the dropped footer ends the page.
    }
}
