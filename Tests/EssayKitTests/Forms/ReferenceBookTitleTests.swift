import Testing
@testable import EssayKit

/// A dictionary or glossary cited by its title and a page before any full citation of it.
@Suite("Reference books cited by title")
struct ReferenceBookTitleTests {
    @Test("a glossary cited by title, edition and page is the book, which a later Id. follows")
    func glossaryByTitle() throws {
        let essay = try CitationFixture.essay([
            "Yet names can be owned. See Cambridge Trade Glossary, Third Concise Edition at 88 (\"1. A sign.\").",
            "Id. at 89.",
            "See Harbor Universal Dictionary at 1234 (defining the word).",
        ])
        let glossary = try #require(CitationFixture.authority(essay, "1"))
        #expect(glossary.kind == .book)
        #expect(glossary.title == "Cambridge Trade Glossary")
        #expect(glossary.shortNames.contains("Cambridge Trade Glossary, Third Concise Edition"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "88")
        #expect(CitationFixture.authority(essay, "2")?.id == glossary.id)
        #expect(CitationFixture.authority(essay, "3")?.title == "Harbor Universal Dictionary")
    }

    @Test("a short form by a name with no reference book's word still names no work")
    func otherNamesStayUnresolved() {
        #expect(ReferenceBookTitle.work(named: "Harbor Report") == nil)
        #expect(ReferenceBookTitle.work(named: "the dictionary") == nil)
        #expect(ReferenceBookTitle.work(named: "Dictionary") == nil)
    }
}
