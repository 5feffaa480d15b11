import Testing
@testable import EssayKit

@Suite("An act's article with its abbreviation after it")
struct ActArticleFormTests {
    @Test("`Art. 3 NetzDG` is the act's article, its subdivision the pinpoint; the same article again is one work")
    func articleThenAbbreviation() throws {
        let essay = try CitationFixture.essay(["Art. 3 NetzDG.", "Art. 17(1) BayPAG.", "Art. 3 para. 1 NetzDG."])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "NetzDG art. 3")
        #expect(CitationFixture.authority(essay, "2")?.title == "BayPAG art. 17")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(1)")
        #expect(CitationFixture.authority(essay, "3")?.id == article.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "para. 1")
    }

    @Test("a name in capitals is left to the instrument form, which needs it declared; words after the name are no act's article")
    func notAnAct() {
        for written in ["Art. 5 GG", "Article 6(1) TEU", "Art. 5 of the Basic Law", "Art. 5 Basic Law", "Art. 5 NetzDG protects speech", "Article 5 A"] {
            let text = CitationText(RichText(text: written))
            #expect(ActArticleForm.read(text, 0..<text.count) == nil, "\(written)")
        }
    }
}
