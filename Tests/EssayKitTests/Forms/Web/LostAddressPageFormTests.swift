import Testing
@testable import EssayKit

@Suite("Web pages whose address was lost: `Title — Site, last accessed 8.5.2022`")
struct LostAddressPageFormTests {
    @Test("the words before the site are the title; the site after a dash, a bar or in brackets; the date of reading no part of it")
    func pages() throws {
        let essay = try CitationFixture.essay([
            "Feed Lets Sellers Exclude Readers by Age — Dailynews, last accessed 8.5.2022.",
            "Guidance on flagging posts | Agency last accessed 6.5.2022.",
            "Harbour Council, Hate speech and the press (harbour.int), last accessed 30.3.2022.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title == "Feed Lets Sellers Exclude Readers by Age")
        #expect(first.container == "Dailynews")
        #expect(first.kind == .webpage)
        #expect(first.year == 2022)
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.title == "Guidance on flagging posts")
        #expect(second.container == "Agency")
        let third = try #require(CitationFixture.authority(essay, "3"))
        #expect(third.title == "Harbour Council, Hate speech and the press")
        #expect(third.container == "harbour.int")
        #expect(!third.title.contains("accessed"))
    }

    @Test("a page with its address, or one word before the date, is not read so")
    func notRead() {
        let text = CitationText(RichText(text: "Feed Rules, https://example.org/feed, last accessed 8.5.2022"))
        #expect(LostAddressPageForm.read(text, 0..<text.bytes.count) == nil)
        let bare = CitationText(RichText(text: "Agency, last accessed 8.5.2022"))
        #expect(LostAddressPageForm.read(bare, 0..<bare.bytes.count) == nil)
    }

    @Test("a remark on when the links were read names no site and is no page")
    func remarkIsNoPage() {
        let remark = CitationText(RichText(text: "This and every other link here was accessed on 30.06.2023"))
        #expect(LostAddressPageForm.read(remark, 0..<remark.bytes.count) == nil)
    }
}
