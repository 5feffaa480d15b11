import Testing
@testable import EssayKit

@Suite("Author-date short forms: `Name (Year)`, `Name (Year), p. 30`, `A/B/C (Year), S. 30-32`")
struct AuthorDateShortFormTests {
    @Test("the authors and year name the work cited in full before, with the place after them as pinpoint")
    func shortForms() throws {
        let essay = try CitationFixture.essay([
            "Lindqvist (2018): “Review Panels and Their Limits”, in: Quarterly of Media Law 7: 40-66.",
            "Okoro/Brandt/Silva (2021): “Panels: From Plan to Practice.” https://example.org/panels.",
            "Lindqvist (2018).",
            "Lindqvist (2018), p. 30.",
            "Okoro/Brandt/Silva (2021), S. 30-32.",
            "Lindqvist (2018), paragraphs 58, 59, 63.",
            "Lindqvist (2018) (p. 44).",
            "Lindqvist, p. 2.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        let panels = try #require(CitationFixture.authority(essay, "2"))
        #expect(CitationFixture.authority(essay, "3")?.id == article.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint == nil)
        #expect(CitationFixture.titlesAndPinpoints(essay, "4") == ["Review Panels and Their Limits @ p. 30"])
        #expect(CitationFixture.authority(essay, "5")?.id == panels.id)
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "S. 30-32")
        #expect(CitationFixture.only(essay, "6")?.pinpoint?.text == "paragraphs 58, 59, 63")
        #expect(CitationFixture.titlesAndPinpoints(essay, "7") == ["Review Panels and Their Limits @ p. 44"])
        #expect(CitationFixture.authority(essay, "8")?.id == article.id)
    }

    @Test("a name and year no work was cited with stays unresolved, never a new work named after the author")
    func unknownWork() throws {
        let essay = try CitationFixture.essay([
            "Lindqvist (2018): “Review Panels and Their Limits”, in: Quarterly of Media Law 7: 40-66.",
            "Lindqvist (2019), p. 4.",
        ])
        let citation = try #require(CitationFixture.only(essay, "2"))
        #expect(citation.authorityID == nil)
        #expect(essay.authorities.count == 1)
    }

    @Test("two works of one author are told apart by their years")
    func twoYears() throws {
        let essay = try CitationFixture.essay([
            "Lindqvist (2018): “Review Panels and Their Limits”, in: Quarterly of Media Law 7: 40-66.",
            "Lindqvist (2020): “Panels Revisited”, in: Quarterly of Media Law 9: 1-30.",
            "Lindqvist (2018), p. 41.",
            "Lindqvist (2020), p. 3.",
        ])
        #expect(CitationFixture.titlesAndPinpoints(essay, "3") == ["Review Panels and Their Limits @ p. 41"])
        #expect(CitationFixture.titlesAndPinpoints(essay, "4") == ["Panels Revisited @ p. 3"])
    }
}
