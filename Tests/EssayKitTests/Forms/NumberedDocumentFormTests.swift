import Testing
@testable import EssayKit

@Suite("Resolutions and executive orders by number")
struct NumberedDocumentFormTests {
    @Test("each resolution of a note is a work of its own, identified by its number")
    func resolutions() throws {
        let essay = try CitationFixture.essay([
            "S.Res. 598; H.Res. 339.",
            "The Senate agreed to S.Res. 12 and H.Con.Res. 4 in 2024.",
            "H.Res. 339, Section 3.",
        ])
        let numbers = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.documentNumber }
        #expect(numbers == ["S.Res. 598", "H.Res. 339"])
        let mentioned = CitationFixture.citations(essay, "2").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.documentNumber }
        #expect(mentioned == ["S.Res. 12", "H.Con.Res. 4"])
        let later = try #require(CitationFixture.only(essay, "3"))
        #expect(later.authorityID == CitationFixture.citations(essay, "1").last?.authorityID)
        #expect(later.pinpoint?.text == "Section 3")
    }

    @Test("a resolution written with spaces in the author's sentence is one work, never cut at its `Con.`")
    func spacedResolution() throws {
        let essay = try CitationFixture.essay(["The House agreed to H. Con. Res. 7 in 2024."])
        let numbers = CitationFixture.citations(essay, "1").map { $0.authorityID.flatMap { essay.authority($0) }?.documentNumber }
        #expect(numbers == ["H.Con.Res. 7"])
    }

    @Test("an executive order by number is a regulation; its section before or after it is the pinpoint; its register notice is the same order")
    func orders() throws {
        let essay = try CitationFixture.essay([
            "Executive Order 14901 of March 3, 2025, \"Fair Widget Markets,\" 90 Federal Register 14999, March 6, 2025.",
            "E.O. 14901, Section 2(a).",
            "Section 1.1(c) of Executive Order 14901.",
            "See Executive Order 14902.",
        ])
        let notice = try #require(CitationFixture.authority(essay, "1"))
        #expect(notice.kind == .regulation)
        #expect(CitationFixture.authority(essay, "2")?.id == notice.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Section 2(a)")
        #expect(CitationFixture.authority(essay, "3")?.id == notice.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "Section 1.1(c)")
        let other = try #require(CitationFixture.authority(essay, "4"))
        #expect(other.kind == .regulation)
        #expect(other.documentNumber == "E.O. 14902")
        #expect(other.id != notice.id)
    }

    @Test("a section written before a public law is its pinpoint; before an act by name it is not this form's")
    func sectionOfPublicLaw() throws {
        let essay = try CitationFixture.essay([
            "Section 7002 of P.L. 117-58.",
            "Section 12 of the Widget Act leaves this open.",
        ])
        let law = try #require(CitationFixture.authority(essay, "1"))
        #expect(law.documentNumber?.contains("117-58") == true)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "Section 7002")
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.pinpoint?.text != "Section 12" })
    }
}

@Suite("Executive orders cited in full")
struct ExecutiveOrderInFullTests {
    @Test("an order's number, title and register cite are the register notice, not a bare order")
    func inFull() throws {
        let essay = try CitationFixture.essay([
            "Executive Order 14903, \"Widget Safety,\" 87 Federal Register 14100, March 14, 2022, https://www.federalregister.example/widgets.",
            "E.O. 14903, Section 4.",
        ])
        let notice = try #require(CitationFixture.authority(essay, "1"))
        #expect(notice.title.contains("Widget Safety"))
        #expect(CitationFixture.authority(essay, "2")?.id == notice.id)
    }
}
