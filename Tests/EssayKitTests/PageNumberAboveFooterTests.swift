import EssayKit
import Testing

/// Text from a PDF with no blank lines and no page breaks, each page ending with its number and a
/// repository's footer: the number is the page's, not the next note's (an invented paper of the
/// shape the author-year papers of the development corpus take).
@Suite("A page number above a repository's footer")
struct PageNumberAboveFooterTests {
    /// Two pages, each ending with its number above the same footer.
    static let twoPages = """
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
        """

    @Test("the number right above the footer is no note")
    func pageNumberIsNoNote() throws {
        let essay = try Fixture.essay(Self.twoPages)
        #expect(essay.footnote("3")?.content.text == "The third note.")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
    }

    @Test("a footer that comes back page after page ends the page: the next page's text is the body's, not the last note's")
    func footerEndsThePage() throws {
        let essay = try Fixture.essay(Self.twoPages)
        #expect(essay.footnote("2")?.content.text == "The second note, which ends the page.")
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
        #expect(body.contains("The second page's text goes on here"))
        #expect(Fixture.marks(essay) == ["1<-note.", "2<-one.", "3<-note."])
    }

    @Test("a note's tail set at the next page's foot after the body's paragraph starts where a line goes on in lower case after a sentence's end")
    func tailAfterTheBodysParagraph() throws {
        let essay = try Fixture.essay("""
            # A Paper on Widgets
            The first page's text marks a note.1
            1 The first note stops in the middle
            2
            Electronic copy available at: https://ssrn.com/abstract=1234567
            The second page's text marks the second note here.2
            Then the body's paragraph goes on for a while
            and ends its last sentence here.
            of its sentence on the next page.
            2 The second note.
            3
            Electronic copy available at: https://ssrn.com/abstract=1234567
            """)
        #expect(essay.footnote("1")?.content.text == "The first note stops in the middle of its sentence on the next page.")
        #expect(essay.footnote("2")?.content.text == "The second note.")
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
        #expect(body.contains("and ends its last sentence here."))
    }

    @Test("a footer printed once parts no pages")
    func footerOnceIsNoSeparator() throws {
        let essay = try Fixture.essay("""
            # A Paper on Widgets
            The first page's text marks a note.1
            1 The first note.
            Electronic copy available at: https://ssrn.com/abstract=1234567
            """)
        #expect(essay.footnote("1")?.content.text == "The first note.")
    }

    @Test("a mark set on a line of its own inside a sentence marks its note; a page's last note one on from a lost one is read")
    func markAloneAndPagesLastNote() throws {
        let essay = try Fixture.essay("""
            A Paper on Widgets

            The first page's text marks a note.1
            1 The first note.
            \u{0C}The second page's text speaks of the costs in-
            2
            volved in making widgets, and goes on to the end of the page.
            2 The second note.
            \u{0C}The third page's text marks a note whose number was lost.3 And a fourth note.4
            4 The fourth note, the page's last.
            \u{0C}The fourth page goes on.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "4"])
        #expect(essay.footnote("2")?.content.text == "The second note.")
        #expect(essay.footnote("4")?.content.text == "The fourth note, the page's last.")
    }
}
