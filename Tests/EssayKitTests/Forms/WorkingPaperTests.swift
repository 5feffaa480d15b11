import Testing
@testable import EssayKit

@Suite("Working papers")
struct WorkingPaperTests {
    @Test("a paper's series and number in its dated remark are its number; an address after the remark without a comma is its address")
    func paperNumber() throws {
        let essay = try CitationFixture.essay([
            "José Azar & Ioana Marinescu, *Labor Market Concentration* (NBER Working Paper No. 24,147, 2017) https://www.nber.org/w24147.pdf.",
            "José Azar & Ioana Marinescu, *Labor Market Concentration* (NBER Working Paper No. 25,000, 2018).",
        ])
        let paper = try #require(CitationFixture.authority(essay, "1"))
        #expect(paper.title == "Labor Market Concentration")
        #expect(paper.documentNumber == "NBER Working Paper No. 24,147")
        #expect(paper.url?.hasPrefix("https://www.nber.org/w24147.pdf") == true)
        #expect(paper.year == 2017)
        // Another number is another paper.
        #expect(CitationFixture.authority(essay, "2")?.id != paper.id)
    }

    @Test("a working paper by a list of people has them as its authors: `Able et al., supra` reaches it")
    func listedAuthors() throws {
        let essay = try CitationFixture.essay([
            "Ann Able, Bo Baker, Cy Cole & Di L. Dane, How Machines Listen 1 (Nat’l Bureau of Econ. Rsch., Working Paper No. 27950, 2020); Eve Fox, Funds Betting on Models, WIDGET NEWS (Sept. 27, 2017), https://www.example.com/funds.",
            "Able et al., supra note 1, at 3.",
        ])
        let paper = try #require(CitationFixture.citations(essay, "1").first?.authorityID)
        let authors = essay.authorities.first { $0.id == paper }?.authors
        #expect(authors?.first == "Ann Able")
        #expect(authors?.count == 4)
        #expect(CitationFixture.only(essay, "2")?.authorityID == paper)
    }

    @Test("a draft's name and number in its dated remark are its number: two drafts are two works")
    func draftNumber() throws {
        let essay = try CitationFixture.essay([
            "RESTATEMENT OF WIDGET LAW (Tentative Draft No. 2, Apr. 3, 2015), 40.",
            "RESTATEMENT OF WIDGET LAW (Council Draft No. 4, 2017), 12.",
        ])
        let draft = try #require(CitationFixture.authority(essay, "1"))
        #expect(draft.documentNumber == "Tentative Draft No. 2")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "40")
        #expect(CitationFixture.authority(essay, "2")?.documentNumber == "Council Draft No. 4")
        #expect(CitationFixture.authority(essay, "2")?.id != draft.id)
    }

    @Test("a piece marked forthcoming with no volume or year is a work: its authors and title fix it")
    func forthcomingPiece() throws {
        let essay = try CitationFixture.essay([
            "Cf., Ann Roe and Bo Lee, Widget Theory and the Problem of Gadgets, (Forthcoming, STAN. L. REV.) (N=30 in one study).",
            "See Roe & Lee, supra note 1.",
            "Ann Roe and Bo Lee, Widget Theory and the Problem of Gadgets, (under review).",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Widget Theory and the Problem of Gadgets")
        #expect(CitationFixture.authority(essay, "2")?.id == work.id)
        // Not marked forthcoming and with nothing else fixing it: no work.
        #expect(CitationFixture.authority(essay, "3") == nil)
    }
}
