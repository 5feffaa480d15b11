import Testing
@testable import EssayKit

@Suite("Abbreviated words of journal and body names")
struct InstitutionAbbreviationTests {
    @Test("Am. (American) inside a journal's name ends no sentence")
    func american() throws {
        let essay = try CitationFixture.essay([
            "David Autor et al., *Concentrating on the Fall of the Labor Share*, 107 Am. Econ. Rev. 180 (2017).",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "Concentrating on the Fall of the Labor Share")
        #expect(article.volume == "107")
        #expect(article.firstPage == "180")
    }

    @Test("Mach., Constr. and Chem. inside a party's name end no sentence")
    func machineryAndConstruction() throws {
        let essay = try CitationFixture.essay([
            "See, e.g., Lund v. Orr Mach. Co., 310 Mass. 44, 46 (1961); Pike v. Fox Constr. Co., 12 F.3d 40 (1st Cir. 1993).",
        ])
        let names = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.title }
        #expect(names == ["Lund v. Orr Mach. Co.", "Pike v. Fox Constr. Co."])
    }
}

@Suite("Journal names with contractions")
struct JournalContractionTests {
    @Test("a journal named with contractions and & (Am. Econ. Ass’n Papers & Proceedings) is abbreviated: its page is the first page")
    func contractions() throws {
        let essay = try CitationFixture.essay([
            "José Azar, *Measuring Labor Market Power Two Ways*, 109 Am. Econ. Ass’n Papers & Proceedings 317 (2019).",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.volume == "109")
        #expect(article.firstPage == "317")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
    }
}
