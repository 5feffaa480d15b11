import Testing
@testable import EssayKit

@Suite("European Commission documents by their number")
struct CommissionDocumentFormTests {
    @Test("COM and SWD numbers, spaced or not, with a quoted title or none")
    func numbers() throws {
        let essay = try CitationFixture.essay([
            "European Commission, ‘Communication on a plan for travel’ COM (2011) 214 final.",
            "Commission Staff Working Document, SWD(2017) 13 final, Available at: https://example.eu/swd.pdf",
            "Commission, ‘Communication on a plan for travel’ COM(2011) 214 final, para 3.",
            "Action Plan on Ports 2012 2015 (3/4/2012 - COM (2012) 118 final), Available at: https://example.eu/plan.pdf",
            "Commission Recommendation on harbour procedures, C(2020) 6469 final.",
            "European Commission, ‘Report on harbours’ COM(2019) 126 final, 4.",
        ])
        let plan = try #require(CitationFixture.authority(essay, "4"))
        #expect(CitationFixture.authority(essay, "5")?.documentNumber == "C(2020) 6469")
        #expect(CitationFixture.only(essay, "6")?.pinpoint?.text == "4")
        #expect(plan.title == "Action Plan on Ports 2012 2015")
        #expect(plan.documentNumber == "COM(2012) 118")
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .document)
        #expect(first.title == "Communication on a plan for travel")
        #expect(first.documentNumber == "COM(2011) 214")
        #expect(CitationFixture.authority(essay, "2")?.documentNumber == "SWD(2017) 13")
        #expect(CitationFixture.authority(essay, "3")?.id == first.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "para 3")
    }

    @Test("a page after at and a date after it stay with the document")
    func pageAtThenDate() throws {
        let essay = try CitationFixture.essay([
            "Proposal for a Regulation on Harbour Lights, COM (2021) 306 final, at 7 (Apr. 2, 2021).",
        ])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text.contains("7") == true)
    }
}
