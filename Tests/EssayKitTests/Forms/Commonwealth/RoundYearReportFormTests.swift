import Testing
@testable import EssayKit

@Suite("A Commonwealth case reported after its year in round brackets")
struct RoundYearReportFormTests {
    @Test("`Name (1979) 12 IPR 210`: a case in a series no table lists, by its form")
    func unknownSeries() throws {
        let essay = try CitationFixture.essay([
            "*Orchard Holdings Pty Ltd v Beacon Mills Ltd* (1979) 12 IPR 210",
        ])
        let found = try #require(CitationFixture.authority(essay, "1"))
        #expect(found.kind == .case)
        #expect(found.title == "Orchard Holdings Pty Ltd v Beacon Mills Ltd")
        #expect(found.volume == "12")
        #expect(found.container == "IPR")
        #expect(found.firstPage == "210")
        #expect(found.year == 1979)
    }

    @Test("`(1979) 143 CLR 210, 215`: the Commonwealth Law Reports, not an American reporter of the same letters; the page after the comma is the pinpoint")
    func commonwealthLawReports() throws {
        let essay = try CitationFixture.essay([
            "*Dune Pty Ltd v Crest Ltd* (1979) 143 CLR 210, 215; *Pike v Rowe* (1985) 160 CLR 1, 9",
        ])
        let citations = CitationFixture.citations(essay, "1")
        #expect(citations.count == 2)
        let dune = try #require(citations.first?.authorityID.flatMap { essay.authority($0) })
        #expect(dune.container == "CLR")
        #expect(dune.title == "Dune Pty Ltd v Crest Ltd")
        #expect(citations.first?.pinpoint?.text == "215")
        let pike = try #require(citations.last?.authorityID.flatMap { essay.authority($0) })
        #expect(pike.title == "Pike v Rowe")
        #expect(citations.last?.pinpoint?.text == "9")
    }

    @Test("a journal article with its year in round brackets is no case: the name must be parties'")
    func articleIsNoCase() {
        let text = CitationText(RichText(text: "Ann Roe, Ferry Dues (1984) 13 PLJ 1"))
        #expect(RoundYearReportForm.read(text, 0..<text.bytes.count) == nil)
    }

    @Test("`[1948] Ch 155`: an English report of one capital, cited by year with no volume; alone, the same case again")
    func volumelessLawReports() throws {
        let essay = try CitationFixture.essay([
            "*Tallow & Sons Ltd v Marsh Weavers* [1948] Ch 155",
            "[1948] Ch 155, 160",
        ])
        let tallow = try #require(CitationFixture.authority(essay, "1"))
        #expect(tallow.kind == .case)
        #expect(tallow.firstPage == "155")
        #expect(CitationFixture.authority(essay, "2")?.id == tallow.id)
    }
}
