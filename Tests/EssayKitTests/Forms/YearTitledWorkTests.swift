import Testing
@testable import EssayKit

@Suite("A report named by its year")
struct YearTitledWorkTests {
    @Test("a body and a title in Title Case ending in a year, nothing else: a work, the year its date")
    func surveyByYear() throws {
        let essay = try CitationFixture.essay([
            "Widget Res. & Servs. Admin., National Survey of Widget Health 2019.",
            "U.S. Gadget Bureau, American Gadget Survey 2018, at 4.",
        ])
        let survey = try #require(CitationFixture.authority(essay, "1"))
        #expect(survey.title.contains("National Survey of Widget Health 2019"))
        #expect(survey.year == 2019)
        #expect(CitationFixture.authority(essay, "2")?.title.contains("American Gadget Survey 2018") == true)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "4")
    }

    @Test("the author's sentence ending in a year stays the author's words")
    func proseStaysProse() throws {
        let essay = try CitationFixture.essay([
            "The program ended, and the survey stopped in 2019.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}
