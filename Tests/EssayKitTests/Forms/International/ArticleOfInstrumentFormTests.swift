import Testing
@testable import EssayKit

@Suite("An article cited before the instrument's name")
struct ArticleOfInstrumentFormTests {
    @Test("of a treaty an earlier note declared a short name for")
    func declared() throws {
        let essay = try CitationFixture.essay([
            "Convention on the Status of Wanderers (adopted 2 June 1950, entered into force 4 April 1952) 181 UNTS 130 (Wanderers Convention).",
            "Article 22 of the Wanderers Convention.",
        ])
        let treaty = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == treaty.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Article 22")
    }

    @Test("the Union's treaties by their short names")
    func unionShortNames() throws {
        let essay = try CitationFixture.essay([
            "Article 6(1) TEU.",
            "Treaty on European Union, Article 2.",
        ])
        let teu = try #require(CitationFixture.authority(essay, "1"))
        #expect(teu.title == "Treaty on European Union")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "Article 6(1)")
        #expect(CitationFixture.authority(essay, "2")?.id == teu.id)
    }

    @Test("a name no note declared stays the author's words")
    func undeclared() throws {
        let essay = try CitationFixture.essay([
            "Article 22 of the Harbour Convention.",
        ])
        #expect(CitationFixture.authority(essay, "1") == nil)
    }
}
