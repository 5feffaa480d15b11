import Testing
@testable import EssayKit

/// `Note, Title, ...`, `Comment, ...`, `Recent Case, ...`: a student piece's designation, neither
/// author nor title, and the name its short form uses (`StudentDesignation`).
@Suite("A student piece's designation")
struct StudentDesignationTests {
    @Test("`Note, Title, 99 HARV. L. REV. 1234` has the title alone and no author")
    func noteDesignation() throws {
        let essay = try CitationFixture.essay([
            "Note, The Widget Doctrine Revisited, 99 HARV. L. REV. 1234, 1240 (1986).",
            "Comment, Gadget Liability in Torts, 45 U. CHI. L. REV. 300 (1978).",
            "Recent Case, Widget Co. v. Gadget Inc., 120 HARV. L. REV. 800 (2007).",
        ])
        let note = try #require(CitationFixture.authority(essay, "1"))
        #expect(note.title == "The Widget Doctrine Revisited")
        #expect(note.authors.isEmpty)
        let comment = try #require(CitationFixture.authority(essay, "2"))
        #expect(comment.title == "Gadget Liability in Torts")
        #expect(comment.authors.isEmpty)
        let recent = try #require(CitationFixture.authority(essay, "3"))
        #expect(recent.title == "Widget Co. v. Gadget Inc.")
        #expect(recent.authors.isEmpty)
    }

    @Test("`Note, supra note 1` finds the note's work; an unsigned note takes no author from the piece before it")
    func shortFormByDesignation() throws {
        let essay = try CitationFixture.essay([
            "Ann Able, Widget Law, 3 YALE L.J. 4 (1990); Note, The Widget Doctrine Revisited, 99 HARV. L. REV. 1234 (1986).",
            "See Note, supra note 1, at 1241.",
        ])
        let cited = CitationFixture.citations(essay, "1")
        let noteID = try #require(cited.last?.authorityID)
        #expect(essay.authority(noteID)?.authors.isEmpty == true)
        #expect(CitationFixture.only(essay, "2")?.authorityID == noteID)
    }
}
