import Testing
@testable import EssayKit

@Suite("An old English or nominate report after a round-bracketed year")
struct YearSeriesCaseFormTests {
    @Test("nominate and old series of any shape are case reports", arguments: [
        ("Entick v Carrington (1765) 19 St Tr 1029", "Entick v Carrington", "19", "St Tr", "1029"),
        ("Hadley v Baxendale (1854) 9 Exch 341", "Hadley v Baxendale", "9", "Exch", "341"),
        ("Priestley v Fowler (1837) 3 M & W 1", "Priestley v Fowler", "3", "M & W", "1"),
        ("Armory v Delamirie (1722) 1 Str 505", "Armory v Delamirie", "1", "Str", "505"),
        ("Slade's Case (1602) 4 Co Rep 91a", "Slade's Case", "4", "Co Rep", "91a"),
        ("Rylands v Fletcher (1868) LR 3 HL 330", "Rylands v Fletcher", "3", "LR HL", "330"),
    ])
    func series(_ note: String, _ name: String, _ volume: String, _ series: String, _ page: String) throws {
        let essay = try CitationFixture.essay([note + "."])
        let found = try #require(CitationFixture.authority(essay, "1"))
        #expect(found.kind == .case)
        #expect(found.title == name)
        #expect(found.volume == volume)
        #expect(found.container == series)
        #expect(found.firstPage == page)
    }

    @Test("a report with no volume, a pinpoint after the page, and a parallel report after it")
    func pinpointAndParallel() throws {
        let essay = try CitationFixture.essay([
            "Somerset v Stewart (1772) Lofft 1.",
            "Henly v Mayor of Lyme (1828) 5 Bing 91, 107, 130 ER 995.",
            "Tolley v Marsh (1828) 5 Bing 91, 130 ER 995.",
            "Henly (n 2) 110.",
        ])
        let somerset = try #require(CitationFixture.authority(essay, "1"))
        #expect(somerset.container == "Lofft")
        #expect(somerset.volume == nil)
        let henly = try #require(CitationFixture.only(essay, "2"))
        #expect(henly.pinpoint?.text == "107")
        #expect(CitationFixture.authority(essay, "2")?.parallelCitations == ["130 ER 995"])
        #expect(CitationFixture.only(essay, "3")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "4")?.id == henly.authorityID)
    }

    @Test("the Law Reports' House of Lords series is no parliamentary paper, which `HL Paper 415` still is")
    func houseOfLordsSeries() throws {
        let essay = try CitationFixture.essay(["Rylands v Fletcher (1868) LR 3 HL 330.", "Select Committee on Harbours, Pilotage (HL Paper 415; HC 902), para 12."])
        #expect(CitationFixture.authority(essay, "1")?.kind == .case)
        #expect(CitationFixture.authority(essay, "2")?.kind == .report)
    }

    @Test("an article, a date or a series of prose words is no report")
    func notReports() {
        for note in ["Ann Roe, Ferry Dues (1984) 13 Port LJ 1", "Roe v Doe (2011) 3 May 2011", "Roe v Doe (2011) 3 people were hurt",
                     "Roe v Doe (1990) 12 Yale L.J. 1"] {
            let text = CitationText(RichText(text: note))
            #expect(YearSeriesCaseForm.read(text, 0..<text.bytes.count) == nil, "\(note)")
        }
    }

    @Test("a series of capitals `RoundYearReportForm` reads is left to it")
    func commonwealthSeriesStayRoundYear() throws {
        let essay = try CitationFixture.essay(["*Dune Pty Ltd v Crest Ltd* (1979) 143 CLR 210, 215."])
        #expect(CitationFixture.authority(essay, "1")?.container == "CLR")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "215")
    }

    @Test("OSCOLA's page after the court's bracket is the pinpoint: `[1932] AC 562 (HL) 580`, `(1765) 19 St Tr 1029 (KB) 1066`")
    func pageAfterCourt() throws {
        let essay = try CitationFixture.essay(["Donoghue v Stevenson [1932] AC 562 (HL) 580.", "Entick v Carrington (1765) 19 St Tr 1029 (KB) 1066.",
                                               "Roe v Poe [1990] 1 QB 5 (CA) 9 people agreed."])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "580")
        #expect(CitationFixture.authority(essay, "1")?.courtName == "HL")
        #expect(essay.footnote("1")?.segments.allSatisfy { $0.kind == .citation } == true)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "1066")
        #expect(CitationFixture.citations(essay, "3").first?.pinpoint == nil)
    }

    @Test("the English Reports' reprint after a semicolon is a parallel report of the case, not a citation of its own")
    func reprintAfterSemicolon() throws {
        let essay = try CitationFixture.essay(["Moses v Macferlan (1760) 2 Burr 1005, 1012; 97 ER 676.", "Roe v Poe (1760) 2 Burr 1005; Doe v Lee (1761) 2 Burr 1100."])
        let moses = try #require(CitationFixture.only(essay, "1"))
        #expect(moses.pinpoint?.text == "1012")
        #expect(CitationFixture.authority(essay, "1")?.parallelCitations == ["97 ER 676"])
        #expect(essay.footnote("1")?.segments.allSatisfy { $0.kind == .citation } == true)
        #expect(CitationFixture.citations(essay, "2").count == 2)
    }
}
