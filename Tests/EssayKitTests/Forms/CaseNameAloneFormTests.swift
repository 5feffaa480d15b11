import Testing
@testable import EssayKit

@Suite("A case cited again by its name alone in italics")
struct CaseNameAloneFormTests {
    @Test("the italic name of a case cited before is that case, with no pinpoint")
    func caseName() throws {
        let essay = try CitationFixture.essay(["*Hall v Church of Widgets*, [1994] 2 SCR 1130 at para 196.", "*Hall*."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
    }

    @Test("an italic name that fits no case, or several, is the author's words, with no warning")
    func noneOrSeveral() throws {
        let essay = try CitationFixture.essay([
            "*Roe v Hall*, 2002 SCC 18; *Poe v Hall*, 2003 SCC 19.",
            "*Hall*.",
            "*Widget Almanac*.",
        ])
        #expect(CitationFixture.citations(essay, "2").isEmpty)
        #expect(CitationFixture.citations(essay, "3").isEmpty)
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("a name in roman type is no such citation")
    func roman() throws {
        let essay = try CitationFixture.essay(["*Hall v Church of Widgets*, [1994] 2 SCR 1130.", "Hall."])
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }
}
