import Testing
@testable import EssayKit

/// UK parliamentary papers cited by their House of Lords and House of Commons numbers.
@Suite("UK parliamentary papers")
struct ParliamentaryPaperFormTests {
    @Test("a committee report with both Houses' numbers is the Lords paper; the paragraph after is the pinpoint")
    func bothHouses() throws {
        let essay = try CitationFixture.essay([
            "Select Committee on Harbours, Pilotage Reform (HL Paper 415; HC 902), para 12.",
            "Select Committee on Harbours, Pilotage Reform, HL Paper 415 HC 902, paras 20–24.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.kind == .report)
        #expect(report.title == "Select Committee on Harbours, Pilotage Reform")
        #expect(report.documentNumber == "HL Paper 415")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "para 12")
        #expect(CitationFixture.only(essay, "2")?.authorityID == report.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "paras 20–24")
    }

    @Test("a report cited by its address and numbers keeps the address")
    func byAddress() throws {
        let essay = try CitationFixture.essay(["See http://www.example.org/pa/harb/415/415.pdf (HL Paper 415; HC 902), para 12."])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.documentNumber == "HL Paper 415")
        #expect(report.url == "http://www.example.org/pa/harb/415/415.pdf")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "para 12")
    }

    @Test("the session and a page after it; the numbers joined by a hyphen")
    func sessionAndPage() throws {
        let essay = try CitationFixture.essay([
            "Joint Committee on Quays, Pilotage Fees, HL Paper 100 of session 2013–14, p 7.",
            "Quay Commission, Second Report (HL 126-HC 1012).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.documentNumber == "HL Paper 100")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p 7")
        #expect(CitationFixture.authority(essay, "1")?.year == 2013)
        #expect(CitationFixture.authority(essay, "2")?.documentNumber == "HL Paper 126")
        #expect(CitationFixture.authority(essay, "2")?.year == nil)
    }

    @Test("a neutral citation's court or a debate is no paper")
    func notAPaper() {
        for clause in ["Roe v Lis [2010] EWHC 2210 (QB).", "HC Deb 12 May 2010, col 45.", "The HCA 12 rules."] {
            let text = CitationText(RichText(text: clause))
            #expect(ParliamentaryPaperForm.read(text, 0..<text.count) == nil, "\(clause)")
        }
    }
}
