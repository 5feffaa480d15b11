import Testing
@testable import EssayKit

@Suite("An act's article with its abbreviation after it")
struct ActArticleFormTests {
    @Test("`Art. 5 GG` is the act's article, its subdivision the pinpoint; the same article again is one work")
    func articleThenAbbreviation() throws {
        let essay = try CitationFixture.essay(["Art. 5 GG.", "Art. 17(1) DSA.", "Art. 5 para. 1 GG."])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "GG art. 5")
        #expect(CitationFixture.authority(essay, "2")?.title == "DSA art. 17")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(1)")
        #expect(CitationFixture.authority(essay, "3")?.id == article.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "para. 1")
    }

    @Test("words after the abbreviation, or a name in words, are no act's article")
    func notAnAct() {
        for written in ["Art. 5 of the Basic Law", "Art. 5 Basic Law", "Art. 5 GG protects speech", "Article 5 A"] {
            let text = CitationText(RichText(text: written))
            #expect(ActArticleForm.read(text, 0..<text.count) == nil, "\(written)")
        }
    }
}
