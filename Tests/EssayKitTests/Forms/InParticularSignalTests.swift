import Testing
@testable import EssayKit

@Suite("See in particular: a signal's modifier")
struct InParticularSignalTests {
    @Test("`See in particular:` and `See in particular,` are the signal, not part of the work")
    func inParticular() throws {
        let essay = try CitationFixture.essay([
            "See in particular: Jane Roe, Widgets and the Law, 12 Widget L. Rev. 100 (2001).",
            "See in particular, Jane Roe, Widgets and the Law, 12 Widget L. Rev. 100, 104 (2001).",
        ])
        #expect(CitationFixture.only(essay, "1")?.signal == "See in particular:")
        #expect(CitationFixture.authority(essay, "1")?.authors == ["Jane Roe"])
        #expect(CitationFixture.authority(essay, "2")?.id == CitationFixture.authority(essay, "1")?.id)
    }
}

@Suite("`See e.g.,` with the comma after See left out")
struct SeeEgWithoutCommaTests {
    @Test("`See e.g., Roe, supra note 1, at 2`: the signal, then the supra by the author's name alone")
    func seeEgWithoutComma() throws {
        let essay = try CitationFixture.essay([
            "Mary Roe, Hiding in Plain Widgets, 40 J. WIDGETS 1 (2014); Ann Doe, Gadgets, 3 GADGET L.J. 7 (2001).",
            "See e.g., Roe, supra note 1, at 2.",
        ])
        let citation = try #require(CitationFixture.only(essay, "2"))
        #expect(citation.signal == "See e.g.,")
        let first = try #require(CitationFixture.citations(essay, "1").first?.authorityID)
        #expect(citation.authorityID == first)
    }
}
