import Testing
@testable import EssayKit

@Suite("Short forms by name and paragraphs")
struct ParagraphShortFormTests {
    @Test("a word of the case's name and a paragraph, with a comma and no at")
    func wordOfName() throws {
        let essay = try CitationFixture.essay([
            "Alder Nation v. Birchland (Minister of Widgets), 2009 SCC 41.",
            "Alder Nation, para. 32.",
            "Birchland, paras 5-6.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "para. 32")
        #expect(CitationFixture.only(essay, "3")?.authorityID == work.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "paras 5-6")
    }

    @Test("McGill's at para, without periods, after the name")
    func atPara() throws {
        let essay = try CitationFixture.essay(["Roe v Widgetco, 2016 FC 302.", "*Widgetco* at para 69."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "para 69")
    }

    @Test("a party's factum by paragraphs is that document")
    func factum() throws {
        let essay = try CitationFixture.essay(["Respondent's Factum, paras. 6, 30-38."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .document)
        #expect(work.title == "Respondent's Factum")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "paras. 6, 30-38")
    }
}
