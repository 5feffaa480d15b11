import Testing
@testable import EssayKit

/// `Document, ..., as reported in Author, Title, ...`: policy writing names the work it read a
/// document in after `, as reported in`, `, as cited in`, `, as quoted in`; both are cited.
@Suite("A document as reported in another work")
struct ReportedInTests {
    @Test("the document and the work it was reported in are two works, each with its own pinpoint")
    func reportedIn() throws {
        let essay = try CitationFixture.essay([
            "Widget Agency, Widget Rules, January 2, 1990, p. 3, as reported in Ann Able, Widget History, Widget Press, 2015, p. 40.",
            "Bo Best, \"Gadget Notes,\" Gadget Review, March 2001, as cited in Cy Cole, Gadget Policy, Gadget House, 2010.",
        ])
        let first = CitationFixture.citations(essay, "1")
        let works = first.compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(works.count == 2)
        #expect(works.first?.title.contains("Widget Rules") == true)
        #expect(works.last?.authors == ["Ann Able"])
        #expect(first.map { $0.pinpoint?.text } == ["p. 3", "p. 40"])
        let second = CitationFixture.citations(essay, "2").compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(second.map(\.title).first == "Gadget Notes")
        #expect(second.last?.authors == ["Cy Cole"])
    }

    @Test("`as` in an author's sentence is no connector")
    func proseAs() throws {
        let essay = try CitationFixture.essay([
            "Ann Able, Widget History, Widget Press, 2015, p. 40, as most writers agree.",
        ])
        #expect(CitationFixture.citations(essay, "1").count == 1)
    }
}
