import Testing
@testable import EssayKit

@Suite("Documents labelled with their number")
struct LabelledNumberTests {
    @Test("a funding notice's `Funding Opportunity Number:` is its number, and it is a document")
    func fundingNotice() throws {
        let essay = try CitationFixture.essay([
            "Widget Business Service, \"Widget Producer Grant: Fiscal Year 2026 Notice of Funding Opportunity,\" February 17, 2026, Funding Opportunity Number: WBS-WPG-2026, https://www.example.gov/media/wpg-nofo.pdf.",
            "Widget Business Service, \"Widget Producer Grant,\" Funding Opportunity Number: WBS-WPG-2026.",
        ])
        let notice = try #require(CitationFixture.authority(essay, "1"))
        #expect(notice.kind == .document)
        #expect(notice.documentNumber == "WBS-WPG-2026")
        #expect(notice.title == "Widget Producer Grant: Fiscal Year 2026 Notice of Funding Opportunity")
        #expect(notice.url == "https://www.example.gov/media/wpg-nofo.pdf")
        #expect(CitationFixture.authority(essay, "2")?.id == notice.id)
    }
}
