import Testing
@testable import EssayKit

@Suite("Course materials")
struct CourseMaterialsFormTests {
    @Test("a title in capitals, a course number and ALI-CLE with its page: the paper, its first page no pinpoint")
    func capitalsTitle() throws {
        let essay = try CitationFixture.essay([
            "THE USE OF THE COASTAL HARBOR TRUST FOR MOORING PURPOSES, QRT0412 ALI-CLE 77.",
            "Jane Roe, Harbor Trusts Today, SM088 ALI-ABA 1, 14 (2007).",
        ])
        let paper = try #require(CitationFixture.authority(essay, "1"))
        #expect(paper.title == "THE USE OF THE COASTAL HARBOR TRUST FOR MOORING PURPOSES")
        #expect(paper.container == "ALI-CLE")
        #expect(paper.volume == "QRT0412")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.title == "Harbor Trusts Today")
        #expect(second.authors == ["Jane Roe"])
        #expect(second.year == 2007)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "14")
    }

    @Test("ALI named in prose without a course number is no course paper")
    func proseMention() throws {
        let essay = try CitationFixture.essay(["The ALI-CLE program of 2010 met twice."])
        #expect(CitationFixture.authority(essay, "1") == nil)
    }
}
