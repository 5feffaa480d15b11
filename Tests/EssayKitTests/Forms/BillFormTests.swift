import Testing
@testable import EssayKit

/// Bills of Congress cited by number, with their Congress and section, alone or in the author's words.
@Suite("Bills by number")
struct BillFormTests {
    @Test("a bill cited alone is a document by its number; its section is the pinpoint; every mention is one bill")
    func billAlone() throws {
        let essay = try CitationFixture.essay([
            "See S. 1234.",
            "H.R. 567, 118th Cong. § 302(b) (amendment in the nature of a substitute offered by Sen. Doe).",
            "H.R. 567, §109; S. 1234, §207; and H.R. 567, §604(c)(1)(B) (2026), https://example.gov/draft.pdf.",
            "S. 1234, Section 207, states, \"No widget shall be taxed.\"",
        ])
        let senate = try #require(CitationFixture.authority(essay, "1"))
        #expect(senate.documentNumber == "S. 1234")
        let house = try #require(CitationFixture.authority(essay, "2"))
        #expect(house.documentNumber == "H.R. 567")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§ 302(b)")
        let three = CitationFixture.citations(essay, "3")
        #expect(three.map(\.authorityID) == [house.id, senate.id, house.id])
        #expect(three.map { $0.pinpoint?.text } == ["§109", "§207", "§604(c)(1)(B)"])
        #expect(CitationFixture.only(essay, "4")?.authorityID == senate.id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "§ 207")
    }

    @Test("a marked page after a bill's number is its pinpoint, and the bill is the same work")
    func billPage() throws {
        let essay = try CitationFixture.essay(["H.R. 5304, p. 3.", "H.R. 5304, pp. 7-9; S. 2354."])
        let bill = try #require(CitationFixture.authority(essay, "1"))
        #expect(bill.documentNumber == "H.R. 5304")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p. 3")
        let two = CitationFixture.citations(essay, "2")
        #expect(two.first?.authorityID == bill.id)
        #expect(two.map { $0.pinpoint?.text } == ["pp. 7-9", nil])
    }

    @Test("bills named in the author's words are cited, each once, with their Congress")
    func billsInProse() throws {
        let essay = try CitationFixture.essay([
            "See for example H.R. 148 and S. 2284, companion bills called the Widget Act of 2025.",
            "See, for example, S. 2669 (118th) and S. 2355 (118th).",
            "Other topics (e.g., a framework as proposed in H.R. 3633) are not discussed here.",
        ])
        #expect(CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.documentNumber } == ["H.R. 148", "S. 2284"])
        let second = CitationFixture.citations(essay, "2").compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(second.map(\.documentNumber) == ["S. 2669", "S. 2355"])
        #expect(second.first?.title == "S. 2669, 118th Cong.")
        #expect(CitationFixture.authority(essay, "3")?.documentNumber == "H.R. 3633")
    }

    @Test("reporters and forms with an S or H.R. and a number are no bills")
    func notBills() throws {
        let essay = try CitationFixture.essay([
            "Roe v. Wade, 410 U.S. 113, 163 (1973).",
            "Firms file Form S-1 and the H.R. 10-K summary with the agency.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.kind == .case)
        #expect(CitationFixture.citations(essay, "1").count == 1)
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }

    @Test("a bill's section written before it, the article before the number too: Section 6422 of the H.R. 7567, Title")
    func sectionOfTheBill() throws {
        let essay = try CitationFixture.essay([
            "Section 6422 of the H.R. 7567, Widget Security Act of 2026.",
            "Section 12(b) of S. 4410.",
            "H.R. 7567.",
        ])
        let bill = try #require(CitationFixture.authority(essay, "1"))
        #expect(bill.documentNumber == "H.R. 7567")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "Section 6422")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Section 12(b)")
        #expect(CitationFixture.authority(essay, "3")?.id == bill.id)
    }

    @Test("after a comma, an S. with no Congress is a German page, never a Senate bill")
    func germanPage() throws {
        let essay = try CitationFixture.essay([
            "Roth, Medien und Recht, 2019, S. 2.",
            "Ebd., S. 4.",
        ])
        #expect(!CitationFixture.titlesAndPinpoints(essay, "1").isEmpty)
        #expect(CitationFixture.titlesAndPinpoints(essay, "1").allSatisfy { !$0.hasPrefix("S. 2") })
        #expect(CitationFixture.titlesAndPinpoints(essay, "2").allSatisfy { !$0.hasPrefix("S. 4") })
    }
}
