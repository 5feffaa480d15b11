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
