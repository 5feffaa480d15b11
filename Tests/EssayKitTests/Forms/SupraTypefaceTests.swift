import Testing
@testable import EssayKit

@Suite("A supra whose name picks one of several works of a note by typeface, a bracketed title or `AND`")
struct SupraTypefaceTests {
    @Test("`Vale, supra note 1` in roman: the article by the author printed in roman, not the book by the one in capitals")
    func romanNameIsTheArticleAuthor() throws {
        let essay = try CitationFixture.essay([
            "ERNEST VALE, HARBOR LAW 33 (1990); Rosa Vale, Tides and Titles, 12 COAST L. REV. 55 (2001).",
            "Vale, supra note 1, at 60.",
            "VALE, supra note 1, at 40.",
        ])
        let works = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(works.count == 2)
        #expect(CitationFixture.authority(essay, "2")?.id == works.last)
        #expect(CitationFixture.authority(essay, "3")?.id == works.first)
    }

    @Test("two works of one author printed alike stay unresolved")
    func sameTypefaceStaysUnresolved() throws {
        let essay = try CitationFixture.essay([
            "Rosa Vale, Tides and Titles, 12 COAST L. REV. 55 (2001); Rosa Vale, Shores, 13 COAST L. REV. 1 (2002).",
            "Vale, supra note 1, at 60.",
        ])
        #expect(CitationFixture.only(essay, "2")?.authorityID == nil)
    }

    @Test("`DONNER [HARBOR LAW], supra note 6`: the bracketed title picks the author's work; `MERCER AND HOLT` are two authors")
    func bracketedTitleAndCapitalAnd() throws {
        let essay = try CitationFixture.essay([
            "PAUL DONNER, HARBOR LAW 3 (2004); PAUL DONNER, RIVER LAW 5 (2006); ANN MERCER & BO HOLT, QUAYS 9 (2010).",
            "DONNER [HARBOR LAW], supra note 1; MERCER AND HOLT supra note 1.",
            "MERCER & HOLT, supra note 1, at 120 –35.",
        ])
        let works = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(works.count == 3)
        let cited = CitationFixture.citations(essay, "2").map(\.authorityID)
        #expect(cited == [works[0], works[2]])
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "120 –35")
    }
}
