import Testing
@testable import EssayKit

@Suite("A signal led by For example")
struct SignalLeadTests {
    @Test("`For example, see` is a signal, so the works after it are read as after `See, e.g.,`; `For example,` before prose is prose")
    func forExampleSee() throws {
        let essay = try CitationFixture.essay([
            "U.S. Congress, Widget Board, Widget Prices Today: Who Pays, hearing, 117th Cong., 2nd sess., May 2, 2022, S.Hrg. 117-5 (hereinafter Board hearing, Widget Prices Today).",
            "For example, see Board hearing, Widget Prices Today, and Committee on Widgets, Widget State Senate, Final Widget Report: Sales Practices, May 18, 2021 (hereinafter Senate, Final Widget Report).",
            "For instance, see Senate, Final Widget Report, pp. 3-4.",
            "For example, widget makers raised prices in 2021.",
        ])
        let cited = CitationFixture.citations(essay, "2")
        #expect(cited.count == 2)
        #expect(cited.first?.signal == "For example, see")
        let report = cited.last?.authorityID
        #expect(report != nil)
        #expect(CitationFixture.only(essay, "3")?.authorityID == report)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "pp. 3-4")
        #expect(CitationFixture.citations(essay, "4").isEmpty)
    }
}
