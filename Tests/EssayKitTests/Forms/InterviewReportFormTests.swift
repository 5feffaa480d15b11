import Testing
@testable import EssayKit

/// The FBI's interview reports (FD-302) cited by the person and perhaps the date.
@Suite("Interview reports")
struct InterviewReportFormTests {
    @Test("`Doe 302` is an interview report, no page of the work by Doe cited before")
    func noPageOfAnotherWork() throws {
        let essay = try CitationFixture.essay([
            "Jane Doe, Widget Law 45 (2010).",
            "Doe 302.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        let report = try #require(CitationFixture.authority(essay, "2"))
        #expect(report.id != book.id)
        #expect(report.kind == .report)
    }

    @Test("two dated interviews of one person are two works, each with its page")
    func datedInterviews() throws {
        let essay = try CitationFixture.essay([
            "Roe 4/5/18 302, at 2; Roe 6/7/18 302, at 9.",
            "Roe 4/5/18 302, at 3.",
        ])
        let first = CitationFixture.citations(essay, "1")
        #expect(Set(first.compactMap(\.authorityID)).count == 2)
        #expect(first.map { $0.pinpoint?.text } == ["2", "9"])
        #expect(CitationFixture.only(essay, "2")?.authorityID == first.first?.authorityID)
    }

    @Test("a section or title numbered 302 is no interview")
    func labelledNumber() throws {
        let essay = try CitationFixture.essay(["Section 302, at 4."])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID.flatMap { essay.authority($0) }?.kind != .report })
    }
}
