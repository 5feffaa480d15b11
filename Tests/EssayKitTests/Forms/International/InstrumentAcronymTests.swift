import Testing
@testable import EssayKit

/// A treaty's article cited by the treaty's acronym or its name spelled out.
@Suite("Treaty by acronym or name")
struct InstrumentAcronymTests {
    static let echr = "Convention for the Protection of Human Rights and Fundamental Freedoms, Nov. 4, 1950, 213 U.N.T.S. 221 [hereinafter ECHR]."
    static let iccpr = "International Covenant on Civil and Political Rights, Dec. 16, 1966, 999 U.N.T.S. 171 [hereinafter ICCPR]."

    @Test("a name spelled out whose initials are the declared acronym is the treaty, the article its pinpoint")
    func spelledOut() throws {
        let essay = try CitationFixture.essay([Self.echr, "See Article 10 of the European Convention on Human Rights."])
        let treaty = try #require(CitationFixture.only(essay, "1")?.authorityID)
        #expect(CitationFixture.only(essay, "2")?.authorityID == treaty)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Article 10")
    }

    @Test("an article by the acronym in the author's words, `art` without its period too")
    func acronymInProse() throws {
        let essay = try CitationFixture.essay([Self.iccpr, "The right is protected by art 19 of the ICCPR.", "The claim fell under Art. 14 of the ICCPR."])
        let treaty = try #require(CitationFixture.only(essay, "1")?.authorityID)
        #expect(CitationFixture.only(essay, "2")?.authorityID == treaty)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "art 19")
        #expect(CitationFixture.only(essay, "3")?.authorityID == treaty)
    }

    @Test("an acronym no note declared is the one treaty cited under a title with those initials")
    func undeclaredAcronym() throws {
        let essay = try CitationFixture.essay([
            "International Covenant on Civil and Political Rights, Dec. 16, 1966, 999 U.N.T.S. 171.",
            "The right is protected by art 19 of the ICCPR.",
            "The right is protected by art 19 of the ABCD.",
        ])
        let treaty = try #require(CitationFixture.only(essay, "1")?.authorityID)
        #expect(CitationFixture.only(essay, "2")?.authorityID == treaty)
        #expect(CitationFixture.citations(essay, "3").allSatisfy { $0.authorityID == nil })
    }

    @Test("initials are the capitalised words', or every word's but the article and `and`")
    func initials() {
        #expect(AuthorityCatalog.instrumentInitials("European Convention on Human Rights").contains("ECHR"))
        #expect(AuthorityCatalog.instrumentInitials("International Covenant on Civil and Political Rights").contains("ICCPR"))
        #expect(!AuthorityCatalog.instrumentInitials("European Social Charter").contains("ECHR"))
    }
}
