import Testing
@testable import EssayKit

@Suite("A date written day first in a full citation")
struct DayFirstDateTests {
    @Test("`12 March 2021` is the report's date, not a volume, a journal and a page; the page after it is the pinpoint")
    func reportDate() throws {
        let essay = try CitationFixture.essay([
            "European Widget Supervisor, Opinion 4/2020 on the Sample Directive, 3 June 2020, p. 9.",
            "Harbour Watch, Submission on Dock Policing, 12 Nov. 2021, 22.",
        ])
        let opinion = try #require(CitationFixture.authority(essay, "1"))
        #expect(opinion.title == "Opinion 4/2020 on the Sample Directive")
        #expect(opinion.year == 2020)
        #expect(opinion.volume == nil)
        #expect(opinion.container != "June")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p. 9")
        let submission = try #require(CitationFixture.authority(essay, "2"))
        #expect(submission.year == 2021)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "22")
    }

    @Test("only a day, a month and a year make the date: a volume, journal and page stay a reporter")
    func onlyWholeDates() {
        let text = CitationText(RichText(text: "12 March 2021 and 12 Harbour L. Rev. 2021"))
        let date = text.words(in: 0..<13)
        #expect(CitationField.dayFirstDateYear(text, date) == 2021)
        #expect(CitationField.dayFirstDateYear(text, text.words(in: 18..<41)) == nil)
    }
}
