import Testing
@testable import EssayKit

/// A treatise's `§ chapter:section` with a space slipped in after the colon.
@Suite("Section with a space after its colon")
struct SectionColonSpaceTests {
    @Test("`§ 12: 70` is one section, the pinpoint of the book, whose title keeps no section")
    func colonSpace() throws {
        let essay = try CitationFixture.essay(["4 T. Ashgrove, *Marks and Their Makers*, § 12: 70 (5th ed. 2003)."])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.title == "Marks and Their Makers")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "§ 12: 70")
    }

    @Test("a colon and a space before words end the section")
    func colonBeforeWords() throws {
        let essay = try CitationFixture.essay(["17 U.S.C. § 107: the fair use factors."])
        #expect(CitationFixture.authority(essay, "1")?.title == "17 U.S.C. § 107")
    }
}
