import Testing
@testable import EssayKit

/// A `[hereinafter Roe, Interview]` name holds a comma, as law reviews write an author's short
/// title; a *supra* that repeats it names the work that declared it, among several of one author.
@Suite("Declared names with a comma (`Roe, Interview`, `Doe, Breach`) in supra")
struct DeclaredCommaNameTests {
    @Test("a supra repeating a declared name with a comma names the work that declared it")
    func declaredNameWithComma() throws {
        let essay = try CitationFixture.essay([
            "Interview with Ann Roe, Esq., Roe & Co. (Mar. 3, 2010) [hereinafter Roe, Interview]; Interview with Ben Poe (Mar. 4, 2010) [hereinafter Poe, Interview].",
            "Poe, Interview, supra note 1; Roe, Interview, supra note 1.",
        ])
        let first = CitationFixture.citations(essay, "1")
        let second = CitationFixture.citations(essay, "2")
        #expect(first.count == 2 && second.count == 2)
        guard first.count == 2, second.count == 2 else { return }
        #expect(second[0].authorityID == first[1].authorityID)
        #expect(second[1].authorityID == first[0].authorityID)
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("two works of one author: the declared author and short title picks one")
    func sameAuthorTwoWorks() throws {
        let essay = try CitationFixture.essay([
            "See Cara Doe, The Meaning of Promise, 12 YALE L.J. 300, 310 (2001) [hereinafter Doe, Meaning]. See also Cara Doe, Could Breach Be Wrong?, 13 MICH. L. REV. 40, 45 (2002) [hereinafter Doe, Breach].",
            "Doe, Breach, supra note 1, at 47.",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(cited.count == 2)
        #expect(CitationFixture.only(essay, "2")?.authorityID == cited.last?.authorityID)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "47")
    }

    @Test("a name two works declared stays unresolved")
    func declaredTwiceStaysUnresolved() throws {
        let essay = try CitationFixture.essay([
            "Interview with Ann Roe (Mar. 3, 2010) [hereinafter Roe, Interview]; Interview with Ann Roe and Ben Poe (Mar. 4, 2010) [hereinafter Roe, Interview].",
            "Roe, Interview, supra note 1.",
        ])
        #expect(CitationFixture.only(essay, "2")?.authorityID == nil)
    }
}
