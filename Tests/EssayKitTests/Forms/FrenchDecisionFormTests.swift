import Testing
@testable import EssayKit

@Suite("French court decisions by court and date")
struct FrenchDecisionFormTests {
    @Test("the court and chamber, the date, then the reporter: a case known by court and date, no pinpoint")
    func decisionWithReporter() throws {
        let essay = try CitationFixture.essay([
            "Cass. Civ. 1ère, 3 June 1999, Bull. Civ. 1999, I, n° 77.",
            "Cass. Ass. plén., 9 May 1990: JCP G 1990, II, 11111; Cass. Civ. 2e, 4 April 1995, D. 1996, somm. 12.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .case)
        #expect(first.title == "Cass. Civ. 1ère, 3 June 1999")
        #expect(first.documentNumber == "Bull. Civ. 1999, I, n° 77")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        let second = CitationFixture.citations(essay, "2")
        #expect(second.count == 2)
        #expect(second.first?.authorityID.flatMap { essay.authority($0) }?.title == "Cass. Ass. plén., 9 May 1990")
    }

    @Test("parties with c/ before or after the docket are the decision's name")
    func parties() throws {
        let essay = try CitationFixture.essay([
            "TGI Lyon, 2 February 2004, Alpha c/ Beta, Gaz. Pal., n° 5, 6 March 2004, p. 10.",
            "CA Rennes, 8 October 2010, RG n° 09/12345, SARL Gamma c/ Delta.",
        ])
        let lyon = try #require(CitationFixture.authority(essay, "1"))
        #expect(lyon.title == "TGI Lyon, 2 February 2004, Alpha c/ Beta")
        #expect(lyon.documentNumber == "Gaz. Pal., n° 5, 6 March 2004, p. 10")
        let rennes = try #require(CitationFixture.authority(essay, "2"))
        #expect(rennes.title == "CA Rennes, 8 October 2010, SARL Gamma c/ Delta")
        #expect(rennes.documentNumber == "RG n° 09/12345")
    }

    @Test("op. cit. repeats the decision of that court that month, even one printed without its day")
    func opCit() throws {
        let essay = try CitationFixture.essay([
            "Cass. Ass. plén., May 1990: JCP G 1990, II, 11111.",
            "TGI Lyon, 2 February 2004, Alpha c/ Beta, Gaz. Pal., n° 5, 6 March 2004, p. 10.",
            "Cass. Ass. plén., 9 May 1990, op. cit.",
            "TGI Lyon, 2 February 2004, op. cit.",
        ])
        #expect(CitationFixture.authority(essay, "3")?.id == CitationFixture.authority(essay, "1")?.id)
        #expect(CitationFixture.authority(essay, "4")?.id == CitationFixture.authority(essay, "2")?.id)
    }

    @Test("two decisions of one court on different days are two works; op. cit. naming both stays unresolved")
    func ambiguous() throws {
        let essay = try CitationFixture.essay([
            "Cass. Crim., 1 March 2001, Bull. crim. 2001, n° 50.",
            "Cass. Crim., 20 March 2001, Bull. crim. 2001, n° 70.",
            "Cass. Crim., March 2001, op. cit.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.id != CitationFixture.authority(essay, "2")?.id)
        #expect(CitationFixture.only(essay, "3")?.authorityID == nil)
    }

    @Test("a court's abbreviation with no date after it is no such citation")
    func noDate() throws {
        let essay = try CitationFixture.essay(["CA practice differs on this point."])
        #expect(CitationFixture.authority(essay, "1") == nil)
    }
}
