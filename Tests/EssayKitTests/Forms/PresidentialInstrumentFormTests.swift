import Testing
@testable import EssayKit

@Suite("Executive orders, proclamations and reorganization plans")
struct PresidentialInstrumentFormTests {
    @Test("an order printed in the C.F.R. is the order, its thousands' comma no part of its number")
    func orderInCodeOfFederalRegulations() throws {
        let essay = try CitationFixture.essay([
            "Exec. Order No. 13,101, 3 C.F.R. 512 (1996).",
            "Exec. Order No. 13,101, 3 C.F.R. 512, 514 (1996).",
            "E.O. 13101.",
        ])
        let order = try #require(CitationFixture.authority(essay, "1"))
        #expect(order.title == "Executive Order No. 13101")
        #expect(order.kind == .regulation)
        #expect(order.year == 1996)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "514")
        #expect(CitationFixture.authority(essay, "2")?.id == order.id)
        #expect(CitationFixture.authority(essay, "3")?.id == order.id, "the order by its number is the same order")
    }

    @Test("an order with its date, a section, or a date in brackets")
    func datedOrders() throws {
        let essay = try CitationFixture.essay([
            "Executive Order No. 10222, March 3, 1951.",
            "Exec. Order No. 14,400 § 3(a).",
            "Exec. Order No. 7011 (Feb. 2, 1935), reprinted in 4 Papers of the Presidents 12 (1938).",
        ])
        let dated = try #require(CitationFixture.authority(essay, "1"))
        #expect(dated.title == "Executive Order No. 10222")
        #expect(dated.year == 1951)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§ 3(a)")
        #expect(CitationFixture.authority(essay, "3")?.title == "Executive Order No. 7011")
        #expect(CitationFixture.authority(essay, "3")?.year == 1935)
    }

    @Test("a reorganization plan and a proclamation are works of their own, by number")
    func planAndProclamation() throws {
        let essay = try CitationFixture.essay([
            "Reorganization Plan No. 4 of 1966 (80 Stat. 1610).",
            "Proclamation No. 5120.",
            "Reorganization Plan No. 4 of 1966.",
        ])
        let plan = try #require(CitationFixture.authority(essay, "1"))
        #expect(plan.title == "Reorganization Plan No. 4 of 1966")
        #expect(CitationFixture.authority(essay, "2")?.title == "Proclamation No. 5120")
        #expect(CitationFixture.authority(essay, "3")?.id == plan.id)
    }

    @Test("an opening By before a law is the author's word, never the law's title")
    func byLeadIn() throws {
        let essay = try CitationFixture.essay(["By Executive Order No. 10222, the President moved the office."])
        #expect(CitationFixture.authority(essay, "1")?.title == "Executive Order No. 10222")
        let title = try CitationFixture.essay(["By Any Means, 12 Widget L.J. 3 (2001)."])
        #expect(CitationFixture.authority(title, "1")?.title.hasPrefix("Executive") != true)
    }

    @Test("a lead-in word before a report's volume is no case name, and an Example: lead no title")
    func leadInWords() throws {
        let essay = try CitationFixture.essay([
            "Both 70 Comp. Gen. 120 (1990) and 71 Comp. Gen. 9 (1991) hold so.",
            "Example: 3 Lawrence, First Comp. Dec. 210 (1882).",
        ])
        let names = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap(essay.authority)?.title }
        #expect(!names.contains { $0.hasPrefix("Both") })
        #expect(names.count == 2)
        let example = CitationFixture.citations(essay, "2").compactMap { $0.authorityID.flatMap(essay.authority)?.title }
        #expect(!example.contains { $0.hasPrefix("Example") })
    }

    @Test("an order's section before its register notice, with no comma, is the pinpoint; the order by number later is the same order")
    func sectionBeforeRegister() throws {
        let essay = try CitationFixture.essay(["Exec. Order No. 14,400 § 3(a), 90 Fed. Reg. 8000 (Jan. 20, 2025).", "Exec. Order No. 14,400 § 1."])
        let order = try #require(CitationFixture.authority(essay, "1"))
        #expect(!order.title.contains("§"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "§ 3(a)")
        #expect(CitationFixture.authority(essay, "2")?.id == order.id)
    }

    @Test("an order with a title after it, or none after its words, is not this form's")
    func notThisForm() throws {
        let text = CitationText(RichText(text: "Executive Order 14254, \"Combating Widgets,\" 90 Federal Register 14699"))
        #expect(PresidentialInstrumentForm.read(text, 0..<text.count) == nil)
        let words = CitationText(RichText(text: "Executive Orders are not laws"))
        #expect(PresidentialInstrumentForm.read(words, 0..<words.count) == nil)
        let register = CitationText(RichText(text: "Exec. Order No. 14,036, 86 Fed. Reg. 36,987 (July 9, 2021)"))
        #expect(PresidentialInstrumentForm.read(register, 0..<register.count) == nil, "a register notice is SessionLawForm's")
    }
}
