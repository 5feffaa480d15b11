import Testing
@testable import EssayKit

@Suite("`(in press)` in place of a year")
struct InPressTests {
    @Test("`(in press)` after a journal stands for the year, as `(forthcoming)` does")
    func inPressArticle() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, The Quiet Widget, 99 Geo. L.J. (in press).",
            "Bo Poe, The Loud Gadget (In press) (manuscript at 12).",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "The Quiet Widget")
        #expect(CitationFixture.authority(essay, "2")?.title == "The Loud Gadget")
    }
}
