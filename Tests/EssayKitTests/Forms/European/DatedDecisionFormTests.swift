import Testing
@testable import EssayKit

@Suite("Continental court decisions by court, dotted date, parties, number and ECLI")
struct DatedDecisionFormTests {
    @Test("parties with a slash, an application number and a paragraph with ff")
    func applicationAndParagraph() throws {
        let essay = try CitationFixture.essay([
            "ECtHR 14.03.2019, Varga and Others / Ruritania, application no 12345/18, para 40 ff.",
            "ECtHR (GC) 09.04.2024, Verein X and Others / Ruritania, 53600/20.",
        ])
        let varga = try #require(CitationFixture.authority(essay, "1"))
        #expect(varga.kind == .case)
        #expect(varga.title == "Varga and Others / Ruritania")
        #expect(varga.documentNumber == "application no 12345/18")
        #expect(varga.year == 2019)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "para 40 ff")
        let verein = try #require(CitationFixture.authority(essay, "2"))
        #expect(verein.title == "Verein X and Others / Ruritania")
        #expect(verein.documentNumber == "53600/20")
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
    }

    @Test("a docket number, an ECLI and the name in brackets; a case number and a name after it")
    func ecliAndName() throws {
        let essay = try CitationFixture.essay([
            "Supreme Court of Freedonia 02.11.2017, 17/00421, ECLI:FR:SC:2017:1234 (Tollbridge).",
            "CJEU 06.10.2015, C-362/14, Schrems, ECLI:EU:C:2015:650, para 94.",
            "VfGH 12.12.2023, G 123/2022.",
        ])
        let tollbridge = try #require(CitationFixture.authority(essay, "1"))
        #expect(tollbridge.title == "Tollbridge")
        #expect(tollbridge.documentNumber == "17/00421")
        #expect(tollbridge.parallelCitations == ["ECLI:FR:SC:2017:1234"])
        let schrems = try #require(CitationFixture.authority(essay, "2"))
        #expect(schrems.title == "Schrems")
        #expect(schrems.documentNumber == "C-362/14")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "para 94")
        let vfgh = try #require(CitationFixture.authority(essay, "3"))
        #expect(vfgh.kind == .case)
        #expect(vfgh.documentNumber == "G 123/2022")
    }

    @Test("the same decision by its number, by its ECLI alone, or by its name is one work")
    func oneDecision() throws {
        let essay = try CitationFixture.essay([
            "CJEU 06.10.2015, C-362/14, Schrems, ECLI:EU:C:2015:650.",
            "CJEU 06.10.2015, ECLI:EU:C:2015:650, para 73.",
            "See ECtHR 14.03.2019, Varga and Others / Ruritania, application no 12345/18.",
            "Varga and Others v. Ruritania, no. 12345/18, § 41.",
            "Schrems, para 95.",
        ])
        let schrems = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == schrems.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "para 73")
        let varga = try #require(CitationFixture.authority(essay, "3"))
        #expect(CitationFixture.authority(essay, "4")?.id == varga.id)
        #expect(CitationFixture.authority(essay, "5")?.id == schrems.id)
    }

    @Test("a court and a date before prose, or with nothing naming a decision, are no citation")
    func notDecisions() throws {
        let essay = try CitationFixture.essay([
            "Parliament 01.02.2020, the debate went on late into the night.",
            "The Court of 12.03.2019, as reported.",
        ])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID.flatMap { essay.authority($0) }?.kind != .case })
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.authorityID.flatMap { essay.authority($0) }?.kind != .case })
    }

    @Test("dotted dates: day and month of one or two digits, a four-digit year ending a word")
    func dates() {
        let text = CitationText(RichText(text: "14.03.2019 2.1.2017 14.03.20191 2019.03.14"))
        #expect(DottedDate.read(text, at: 0, end: text.bytes.count)?.year == 2019)
        #expect(DottedDate.read(text, at: 11, end: text.bytes.count)?.year == 2017)
        #expect(DottedDate.read(text, at: 20, end: text.bytes.count) == nil)
        #expect(DottedDate.read(text, at: 32, end: text.bytes.count) == nil)
    }
}
