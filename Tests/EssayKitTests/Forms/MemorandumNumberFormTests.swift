import Testing
@testable import EssayKit

@Suite("Memoranda by their number, and titles available at an address")
struct MemorandumNumberFormTests {
    @Test("a title with its memo number, available at: an address, is that memo; the number alone later is the same")
    func memo() throws {
        let essay = try CitationFixture.essay([
            "Sharing Quay Services (M-10-04) available at: <https://www.example.gov/memoranda/m-10-04.pdf>.",
            "See OMB M-10-04.",
            "M-10-04, at 3.",
        ])
        let memo = try #require(CitationFixture.authority(essay, "1"))
        #expect(memo.kind == .document)
        #expect(memo.documentNumber == "M-10-04")
        #expect(memo.title == "Sharing Quay Services")
        #expect(memo.url == "https://www.example.gov/memoranda/m-10-04.pdf")
        #expect(CitationFixture.authority(essay, "2")?.id == memo.id)
        #expect(CitationFixture.authority(essay, "3")?.id == memo.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "3")
    }

    @Test("a number of another shape, or words after the number, is no memo")
    func notMemo() throws {
        let essay = try CitationFixture.essay([
            "M-1004 was the plant's name.",
            "Model M-10-04 trucks were sold.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
        #expect(CitationFixture.authority(essay, "2")?.documentNumber != "M-10-04")
    }
}
