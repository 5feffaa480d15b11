import Testing
@testable import EssayKit

/// Policy writing's journal citation `"Title," Journal, vol. N (date), p. N`: one page after the
/// volume is the page the note relies on (its pinpoint, as in the Chicago notes CRS follows), a
/// span `pp. A-B` is the article's place, and an article number `p. e123` is its place too.
@Suite("Journal volume then page")
struct JournalVolumePageTests {
    @Test("one page after a dated volume is the pinpoint, the article's first page unknown")
    func onePageAfterDatedVolume() throws {
        let essay = try CitationFixture.essay([
            "Ann Able et al., \"Widget Finance,\" Journal of Widget Rules, vol. 6 (September 30, 2020), p. 183, https://example.org/able.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "Widget Finance")
        #expect(article.volume == "6")
        #expect(article.firstPage == nil || article.firstPage == "")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p. 183")
    }

    @Test("one page after a volume and issue, the year after it, is the pinpoint and the year is kept")
    func onePageBeforeYear() throws {
        let essay = try CitationFixture.essay([
            "Bo Best, \"Gadget Speech,\" Gadget Law Journal, vol. 26, no. 1, p. 142 (2023), https://example.org/best.pdf.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "Gadget Speech")
        #expect(article.volume == "26")
        #expect(article.year == 2023)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p. 142")
    }

    @Test("a span after the volume places the article and is no pinpoint; an article number neither")
    func spanAndArticleNumber() throws {
        let essay = try CitationFixture.essay([
            "Cy Cole, \"Widget Costs,\" Widget Economics, vol. 8 (November 2018), pp. 931-933.",
            "Di Dunn, \"Widget Use,\" Widget Letters, vol. 10 (November 2024), p. e39765.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.firstPage == "931")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "2")?.volume == "10")
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
    }

    @Test("the same article cited again at another page is the same work")
    func samePieceTwice() throws {
        let essay = try CitationFixture.essay([
            "Ann Able, \"Widget Finance,\" Journal of Widget Rules, vol. 6 (2020), p. 183.",
            "Ann Able, \"Widget Finance,\" Journal of Widget Rules, vol. 6 (2020), p. 190.",
        ])
        let first = try #require(CitationFixture.only(essay, "1")?.authorityID)
        #expect(CitationFixture.only(essay, "2")?.authorityID == first)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. 190")
    }
}

@Suite("A journal named in whole words after an abbreviation")
struct AbbreviationLedJournalTests {
    @Test("`2 J. ASS'N WIDGET WRITING DIRECTORS 108, 127`: a journal, its first page and the pinpoint, not a title")
    func journalOpeningWithAbbreviation() throws {
        let essay = try CitationFixture.essay([
            "Ruth Anne Roe, Painting with Widgets: Incorporating Concepts of Gadget Design, 2 J. ASS'N WIDGET WRITING DIRECTORS 108, 127 (2004).",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.title == "Painting with Widgets: Incorporating Concepts of Gadget Design")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "127")
    }
}

@Suite("A known journal printed without its volume")
struct JournalWithoutVolumeTests {
    @Test("`Title, U. CHI. L. REV. 1395 (2018)`: an article, the number its first page and no pinpoint")
    func journalWithoutVolume() throws {
        let essay = try CitationFixture.essay([
            "David A Roe, Relational Widgets of Adhesion, U. CHI. L. REV. 1395 (2018).",
            "Sidney Doe, Jacques of All Widgets, J. LEGAL EDUC. 131 (1995) (noting that widgets).",
        ])
        for label in ["1", "2"] {
            let article = try #require(CitationFixture.authority(essay, label))
            #expect(article.kind == .article, "note \(label)")
            #expect(article.volume == nil, "note \(label)")
            #expect(CitationFixture.only(essay, label)?.pinpoint == nil, "note \(label)")
        }
        #expect(CitationFixture.authority(essay, "1")?.firstPage == "1395")
        #expect(CitationFixture.authority(essay, "1")?.title == "Relational Widgets of Adhesion")
    }
}
