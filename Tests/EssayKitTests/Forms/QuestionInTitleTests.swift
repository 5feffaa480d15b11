import Testing
@testable import EssayKit

@Suite("A question or exclamation mark inside a title in roman")
struct QuestionInTitleTests {
    @Test("`Author, Question? Subtitle, VOL JOURNAL PAGE`: one citation, the mark inside its title")
    func questionInTitle() throws {
        let essay = try CitationFixture.essay([
            "Dana Wu, Who Wrote This? A Study of Ghost Drafting, 9 Gotham Tech. L.J. 1, 3 (2021).",
            "Sam Ode, Stop the Widgets! Gadget Rules Reconsidered, 4 Widget L. Rev. 20 (2019).",
            "Wu, supra note 1, at 5.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title == "Who Wrote This? A Study of Ghost Drafting")
        #expect(first.authors == ["Dana Wu"])
        #expect(CitationFixture.citations(essay, "1").count == 1)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "3")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.title == "Stop the Widgets! Gadget Rules Reconsidered")
        #expect(CitationFixture.only(essay, "3")?.authorityID == first.id)
    }
}
