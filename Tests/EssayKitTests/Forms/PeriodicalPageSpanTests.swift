import Testing
@testable import EssayKit

@Suite("`VOL Name FIRST–LAST (year)` is an article in a periodical, whatever its name")
struct PeriodicalPageSpanTests {
    @Test("a science periodical in whole words, a page span after it: an article, the span no pinpoint")
    func wholeWordsWithSpan() throws {
        let essay = try CitationFixture.essay([
            "Ana Ruiz, Bo Lee & Cy Moe, Learning Rates in Deep Nets, 33 Advances Neural Info. Processing Sys. 1877–1901 (2020).",
            "Ana Ruiz, Do Models Dream?, 402 Science Today 77–80 (2022).",
            "Ana Ruiz, Learning Rates, 19 J. Stat. Learning 1–45 (2021).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .article)
        #expect(first.title == "Learning Rates in Deep Nets")
        #expect(first.container == "Advances Neural Info. Processing Sys.")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "2")?.kind == .article)
        #expect(CitationFixture.authority(essay, "2")?.container == "Science Today")
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "3")?.container == "J. Stat. Learning")
        #expect(CitationFixture.only(essay, "3")?.pinpoint == nil)
    }

    @Test("a span whose last page drops the digits it shares (`100–12`) is a span of pages")
    func elidedSpan() throws {
        let essay = try CitationFixture.essay(["Ana Ruiz et al., Learning Rates, 5 Sci. Rep. 100–12 (2015)."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .article)
        #expect(work.title == "Learning Rates")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
    }

    @Test("many whole words and one page, no span, stay a title and its page")
    func titleAndPage() throws {
        let essay = try CitationFixture.essay(["Agency, 25 Point Implementation Plan to Reform Federal Information Technology Management 17 (2010)."])
        #expect(CitationFixture.authority(essay, "1")?.kind != .article)
    }
}
