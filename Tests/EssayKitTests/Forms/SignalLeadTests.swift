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

@Suite("A lower-case signal after a comma, with a citation before it")
struct CitationBeforeSignalTests {
    @Test("a citation the lead opens with is read too, the author's words after it commentary")
    func citationOpensTheLead() throws {
        let essay = try CitationFixture.essay([
            "But see Ruiz v. Pell Corp., 1999 WL 14420, at *1 (Del. Super. Ct. Sept. 3, 1999) (finding it plain) – or where the terms were on the back, see, e.g., Hunt v. Oak Mach. Co., 352 Mass. 535, 541 (1967).",
        ])
        let names = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.title }
        #expect(names == ["Ruiz v. Pell Corp.", "Hunt v. Oak Mach. Co."])
        #expect(CitationFixture.citations(essay, "1").first?.pinpoint?.text == "*1")
    }
}
