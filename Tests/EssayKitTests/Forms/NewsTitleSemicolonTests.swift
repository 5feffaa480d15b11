import Testing
@testable import EssayKit

@Suite("A semicolon inside a news story's title")
struct NewsTitleSemicolonTests {
    @Test("a title with a semicolon before a newspaper in capitals dated to the day is one story")
    func oneStory() throws {
        let essay = try CitationFixture.essay([
            "Rukmini Roe, Inspector Is Indicted in Alder Case; Protesters Wanted Stronger Charges, WIDGET TIMES, Sept. 23, 2020.",
            "See Rukmini Roe, Inspector Is Indicted in Alder Case; Protesters Wanted Stronger Charges, WIDGET TIMES, Sept. 23, 2020, at A1.",
        ])
        let story = try #require(CitationFixture.authority(essay, "1"))
        #expect(story.kind == .news)
        #expect(story.authors == ["Rukmini Roe"])
        #expect(story.title == "Inspector Is Indicted in Alder Case; Protesters Wanted Stronger Charges")
        #expect(story.container == "WIDGET TIMES")
        #expect(story.year == 2020)
        #expect(CitationFixture.authority(essay, "2")?.id == story.id)
    }

    @Test("a string of two citations keeps its semicolon")
    func stringStays() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, Widget Law; John Doe, Gadget Law, 12 Widget L. Rev. 1, 5 (2001).",
            "Jane Roe, Widget Law, 10 Widget L. Rev. 7 (1999); Rukmini Roe, Protesters Wanted Stronger Charges, WIDGET TIMES, Sept. 23, 2020.",
        ])
        #expect(!CitationFixture.citations(essay, "1").contains { $0.authorityID.flatMap { essay.authority($0) }?.title.contains(";") == true })
        #expect(CitationFixture.citations(essay, "2").count == 2)
    }
}
