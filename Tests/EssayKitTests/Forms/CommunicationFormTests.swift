import Testing
@testable import EssayKit

/// Evidence a report cites by kind, people and date: emails, text messages, memoranda, posts.
@Suite("Messages cited as evidence")
struct CommunicationFormTests {
    @Test("two emails between the same people in one year are two works; the same one again is the same")
    func emailsByDate() throws {
        let essay = try CitationFixture.essay([
            "Email, Roe to Doe (Mar. 3, 2016); Email, Roe to Doe (Apr. 4, 2016).",
            "Email, Roe to Doe (Mar. 3, 2016) (attaching the widget plan).",
        ])
        let first = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(first.count == 2)
        #expect(Set(first).count == 2)
        #expect(CitationFixture.only(essay, "2")?.authorityID == first.first)
        #expect(essay.authority(try #require(first.first))?.kind == .letter)
    }

    @Test("posts by one handle on two days are two works; a page before the date is the pinpoint")
    func postsAndPages() throws {
        let essay = try CitationFixture.essay([
            "@widgetking, Twitter (Jan. 2, 2017, 9:13 AM); @widgetking, Twitter (Jan. 9, 2017).",
            "Memorandum, Roe to Doe, at 3 (Feb. 1, 2017).",
            "Text Message, Doe to Roe (May 5, 2016, 4:01 PM).",
        ])
        #expect(Set(CitationFixture.citations(essay, "1").compactMap(\.authorityID)).count == 2)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "3")
        #expect(CitationFixture.authority(essay, "2")?.title == "Memorandum, Roe to Doe (Feb. 1, 2017)")
        let text = try #require(CitationFixture.authority(essay, "3"))
        #expect(text.authors.isEmpty)
        #expect(text.kind == .letter)
    }
}
