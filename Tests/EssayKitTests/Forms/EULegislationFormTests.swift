import Testing
@testable import EssayKit

@Suite("European Union acts by kind and number")
struct EULegislationFormTests {
    @Test("a directive and the one that replaced it are two works; the short name declared is the first's")
    func directiveReplaced() throws {
        let essay = try CitationFixture.essay([
            "Council Directive 93/83/EEC of 27 September 1993 on satellite broadcasting, amended by the Directive 2014/26/EU of the European Parliament and of the Council; hereinafter referred to as the “Cable Directive”.",
            "See art. 3 para 1 of the Cable Directive.",
        ])
        let cited = CitationFixture.citations(essay, "1").compactMap(\.authorityID).compactMap { essay.authority($0) }
        #expect(cited.map(\.documentNumber) == ["93/83/EEC", "2014/26/EU"])
        #expect(cited.first?.kind == .statute)
        #expect(cited.first?.year == 1993)
        let article = try #require(CitationFixture.only(essay, "2"))
        #expect(article.authorityID == cited.first?.id)
        #expect(article.pinpoint?.text == "art. 3 para 1")
    }

    @Test("a regulation with its institution's mark and number")
    func regulation() throws {
        let essay = try CitationFixture.essay(["Regulation (EU) No. 1215/2012 of the European Parliament and of the Council of 12 December 2012 on jurisdiction, OJ L 351/1."])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(act.documentNumber == "1215/2012")
        #expect(act.year == 2012)
    }

    @Test("the act a regulation's title repeals is part of its title; the article after a comma is the pinpoint")
    func repealedActInTitle() throws {
        let essay = try CitationFixture.essay([
            "Regulation (EU) No 777/2016 of the European Parliament and of the Council of 3 May 2016 on widget registers and repealing Directive 2001/55/EC, art. 12(3).",
            "See Commission Regulation (EU) 2019/321 of 1 March 2019 amending Council Directive 95/46/EC.",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(cited.count == 1)
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(act.documentNumber == "777/2016")
        #expect(cited.first?.pinpoint?.text == "art. 12(3)")
        #expect(CitationFixture.citations(essay, "2").count == 1)
        #expect(CitationFixture.authority(essay, "2")?.documentNumber == "2019/321")
        #expect(CitationFixture.authority(essay, "2")?.year == 2019)
    }

    @Test("acts listed after the verb of a title are the title's too; a new-style number's year comes first")
    func listedInTitle() throws {
        let essay = try CitationFixture.essay([
            "Regulation (EU) 2025/111 of 2 February 2025 on widget data and amending Directive 2011/42/EU and Regulation (EU) 2024/2222.",
        ])
        #expect(CitationFixture.citations(essay, "1").count == 1)
        #expect(CitationFixture.authority(essay, "1")?.year == 2025)
    }

    @Test("an article of an instrument no note declared is the author's words")
    func undeclared() throws {
        let essay = try CitationFixture.essay(["See art. 5 of the Berne Directive."])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}
