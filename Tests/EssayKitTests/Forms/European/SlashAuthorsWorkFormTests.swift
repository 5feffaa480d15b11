import Testing
@testable import EssayKit

@Suite("Continental literature: authors joined by a slash, journal, newspaper and commentary")
struct SlashAuthorsWorkFormTests {
    @Test("an article by volume:issue (year) first page (place), and a newspaper story by its date, joined by a semicolon")
    func articleAndNews() throws {
        let essay = try CitationFixture.essay([
            "Lind/Ostrava, Rivers as Rights-Holders, Journal of Water Law 7:1 (2020) 44 (51 f); Kessl, Kein Recht auf Stille, Tagespost, 03.02.2024.",
        ])
        let citations = CitationFixture.citations(essay, "1")
        #expect(citations.count == 2)
        let article = try #require(citations.first?.authorityID.flatMap { essay.authority($0) })
        #expect(article.kind == .article)
        #expect(article.authors == ["Lind", "Ostrava"])
        #expect(article.title == "Rivers as Rights-Holders")
        #expect(article.container == "Journal of Water Law")
        #expect(article.volume == "7:1")
        #expect(article.year == 2020)
        #expect(article.firstPage == "44")
        #expect(citations.first?.pinpoint?.text == "51 f")
        let story = try #require(citations.last?.authorityID.flatMap { essay.authority($0) })
        #expect(story.kind == .news)
        #expect(story.authors == ["Kessl"])
        #expect(story.title == "Kein Recht auf Stille")
        #expect(story.container == "Tagespost")
        #expect(story.year == 2024)
    }

    @Test("a journal's year and first page as Austrian notes print them; ff after the first page is no place")
    func journalYear() throws {
        let essay = try CitationFixture.essay([
            "Kessl, Die stille Klage, JBl 2020, 44 (47).",
            "van Dyke/Roe, Wasser als Person, ZfV (2019) 12 ff.",
        ])
        let jbl = try #require(CitationFixture.authority(essay, "1"))
        #expect(jbl.container == "JBl")
        #expect(jbl.firstPage == "44")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "47")
        let zfv = try #require(CitationFixture.authority(essay, "2"))
        #expect(zfv.authors == ["van Dyke", "Roe"])
        #expect(zfv.firstPage == "12")
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
    }

    @Test("the same article cited in full again, behind a country label and a signal, is one work")
    func citedAgain() throws {
        let essay = try CitationFixture.essay([
            "Lind/Ostrava, Rivers as Rights-Holders, Journal of Water Law 7:1 (2020) 44 (51 f).",
            "Austria: Lind/Ostrava, Rivers as Rights-Holders, Journal of Water Law 7:1 (2020) 44 (52); cf Kessl, Kein Recht auf Stille, Tagespost, 03.02.2024.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        let again = CitationFixture.citations(essay, "2")
        #expect(again.first?.authorityID == article.id)
        #expect(again.first?.pinpoint?.text == "52")
        #expect(again.count == 2)
    }

    @Test("a commentator's part of an edited commentary: the editors' work at the article and margin number")
    func commentary() throws {
        let essay = try CitationFixture.essay([
            "Muster in Kommentar-Herausgeber (ed), Grundrechte² Art 8 mn 12.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Grundrechte")
        #expect(work.authors == ["Kommentar-Herausgeber"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "Art 8 mn 12")
    }

    @Test("names that are no authors' list, and a title and date with no outlet, are not read so")
    func notAuthors() {
        let text = CitationText(RichText(text: "Lind/Ostrava Big Idea the Court 12/20"))
        #expect(SlashAuthorsWorkForm.authors(text, 0..<12) == ["Lind", "Ostrava"])
        #expect(SlashAuthorsWorkForm.authors(text, 13..<21) == nil)
        #expect(SlashAuthorsWorkForm.authors(text, 22..<31) == nil)
        #expect(SlashAuthorsWorkForm.authors(text, 32..<37) == nil)
    }
}
