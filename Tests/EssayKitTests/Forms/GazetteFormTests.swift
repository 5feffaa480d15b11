import Testing
@testable import EssayKit

/// Acts cited by their national gazette's year and item (`Journal of Laws of 2017, item 1412`).
@Suite("National law gazettes")
struct GazetteFormTests {
    @Test("a gazette item alone is an act, identified by year and item")
    func itemAlone() throws {
        let essay = try CitationFixture.essay(["Journal of Laws of 2017, item 1412."])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(act.kind == .statute)
        #expect(act.documentNumber == "Journal of Laws 2017, item 1412")
        #expect(act.year == 2017)
    }

    @Test("the act's name before the gazette is its title; an article before it is the pinpoint of the same act")
    func namedActAndArticle() throws {
        let essay = try CitationFixture.essay([
            "The Act of 3 May 2009 on harbour pilots (consolidated text: Journal of Laws of 2019, item 88, as amended).",
            "Article 7 (consolidated text: Journal of Laws of 2019, item 88, as amended).",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(act.title == "The Act of 3 May 2009 on harbour pilots")
        let article = try #require(CitationFixture.only(essay, "2"))
        #expect(article.authorityID == act.id)
        #expect(article.pinpoint?.text == "Article 7")
    }

    @Test("an issue number, the Polish abbreviation and a list of items")
    func otherShapes() throws {
        let essay = try CitationFixture.essay([
            "Journal of Laws of 2004, no. 12, item 345.",
            "Dz. U. [Journal of Laws] 2017, Nr. 21, poz. 1412.",
            "Official Gazette of 2018, items 212, 904 and 1177.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.documentNumber == "Journal of Laws 2004, No. 12, item 345")
        #expect(CitationFixture.authority(essay, "2")?.documentNumber == "Dz. U. 2017, No. 21, item 1412")
        #expect(CitationFixture.authority(essay, "3")?.documentNumber == "Official Gazette 2018, item 212")
    }

    @Test("a gazette named without an item cites nothing")
    func noItem() {
        for clause in ["The Journal of Laws is printed each week.", "Official Gazette of 2017."] {
            let text = CitationText(RichText(text: clause))
            #expect(GazetteForm.read(text, 0..<text.count) == nil, "\(clause)")
        }
    }
}
