@testable import EssayKit
import Testing

/// `Austin, Jurisprudence (3d ed.), 440 et seq.`: a book by surname, title and edition in brackets.
@Suite("Citation forms: a book with its edition in brackets")
struct EditionParenthesisBookFormTests {
    @Test("surname, title and bracketed edition name the book; the page after the comma is the pinpoint")
    func books() throws {
        let essay = try CitationFixture.essay([
            "Austin, Jurisprudence (3d ed.), 440 et seq.",
            "See Maine, Ancient Law (10th ed. 1884), 359.",
            "Austin, Jurisprudence (3d ed.), 445.",
        ])
        let austin = try #require(CitationFixture.authority(essay, "1"))
        #expect(austin.kind == .book)
        #expect(austin.authors == ["Austin"])
        #expect(austin.title == "Jurisprudence")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text.hasPrefix("440") == true)
        let maine = try #require(CitationFixture.authority(essay, "2"))
        #expect(maine.title == "Ancient Law")
        #expect(maine.year == 1884)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "359")
        #expect(CitationFixture.authority(essay, "3")?.id == austin.id)
    }

    @Test("a bracket that is no edition, or a title with a number, is no such book")
    func notBooks() throws {
        let essay = try CitationFixture.essay(["Austin, Jurisprudence (lectures), 440.", "Austin, Act 12 (3d ed.), 440."])
        #expect(CitationFixture.authority(essay, "1")?.title != "Jurisprudence")
        #expect(CitationFixture.authority(essay, "2")?.title != "Act 12")
    }
}
