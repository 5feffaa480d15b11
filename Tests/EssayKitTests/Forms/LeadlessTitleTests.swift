import Testing
@testable import EssayKit

@Suite("A page titled in straight quotes with no author before it")
struct LeadlessTitleTests {
    @Test("`\"Title, with a comma,\" Publisher, Date, https://...` opening the citation is one title, after a signal or a sentence of prose too")
    func titleOpensTheCitation() throws {
        let essay = try CitationFixture.essay([
            "\"Widget Rules 2023, Revised,\" Widget Council, updated May 2, 2023, https://widgets.example.org/rules-2023.",
            "For a list of widget rules, see \"Widget Rules 2023, Revised,\" Widget Council, updated May 2, 2023, https://widgets.example.org/rules-2023.",
            "The council merged in 2021. \"Council Merger Completed,\" Widget Council News, June 1, 2021, https://widgets.example.org/merger.",
        ])
        let rules = try #require(CitationFixture.authority(essay, "1"))
        #expect(rules.title.contains("Widget Rules 2023, Revised"))
        #expect(rules.url == "https://widgets.example.org/rules-2023")
        #expect(CitationFixture.authority(essay, "2")?.id == rules.id)
        #expect(CitationFixture.authority(essay, "3")?.url == "https://widgets.example.org/merger")
    }
}
