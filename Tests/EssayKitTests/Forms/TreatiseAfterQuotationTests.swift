import Testing
@testable import EssayKit

@Suite("A treatise cited after a quotation")
struct TreatiseAfterQuotationTests {
    @Test("a quotation of sentences, then a treatise by volume: the treatise, not an article titled by the quotation")
    func treatiseAfterLongQuotation() throws {
        let essay = try CitationFixture.essay([
            "“Ferries must run. Hence, the harbor stays open at night.” 3 Ada Quill, Quill on Harbor Litigation § 7:12 (4th ed., Mar. 2024 Update).",
            "“Tides turn.” 2 Ben Lark, Lark on Moorings § 4.1 (2d ed. 2019).",
        ])
        let first = try #require(CitationFixture.citations(essay, "1").last)
        let treatise = try #require(first.authorityID.flatMap { essay.authority($0) })
        #expect(treatise.title == "Quill on Harbor Litigation")
        #expect(treatise.authors == ["Ada Quill"])
        #expect(first.pinpoint?.text == "§ 7:12")
        let second = try #require(CitationFixture.citations(essay, "2").last)
        #expect(second.authorityID.flatMap { essay.authority($0) }?.title == "Lark on Moorings")
    }
}
