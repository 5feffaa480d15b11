import Testing
@testable import EssayKit

@Suite("A surname before Ibid.")
struct AuthorIbidFormTests {
    @Test("`Moss, Ibid., 25` is the author's work cited last at that page, and a bare Ibid. after it too")
    func surnameThenIbid() throws {
        let essay = try CitationFixture.essay([
            "Ada Moss, *Harbour Law* (Boston: Tide Press, 1999), 3.",
            "Lena Ito, *The Quiet Docks* (Boston: Tide Press, 2001), 12.",
            "Moss, Ibid., 25.",
            "Ibid., 31.",
            "Moss and Ito, ibid. 40.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "3")?.authorityID == book.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "25")
        #expect(CitationFixture.only(essay, "4")?.authorityID == book.id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "31")
        #expect(CitationFixture.only(essay, "5")?.authorityID == book.id)
        #expect(!essay.authorities.contains { $0.title.contains("Ibid") })
    }

    @Test("a full name, a title or a sentence before Ibid. is no surname's Ibid.")
    func otherShapes() throws {
        let essay = try CitationFixture.essay([
            "Ada Moss, *Harbour Law* (Boston: Tide Press, 1999), 3.",
            "As the court held in 1999, Ibid. says more.",
        ])
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.form != .short })
    }
}
