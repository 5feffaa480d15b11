import Testing
@testable import EssayKit

/// An instrument's part cited by a short name, a comma, then the part, as New Zealand notes do
/// (`Harbour Works Act, s 41(2)(c)`, `HWA, s 12(b)`, `UNCLOS, art 9(2)`).
@Suite("Instrument parts by a short name")
struct InstrumentPartFormTests {
    private func titles(_ essay: Essay, _ label: String) -> [String] {
        CitationFixture.citations(essay, label).compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } }
    }

    @Test("an Act without its year is the Act cited with it before, its subdivision the pinpoint")
    func actWithoutYear() throws {
        let essay = try CitationFixture.essay([
            "Harbour Works Act 1987, s 3.",
            "Harbour Works Act, s 41(2)(c).",
            "Harbour Works Act, ss 7, 8 and 30.",
        ])
        #expect(CitationFixture.authority(essay, "2")?.title == "Harbour Works Act 1987, s 41")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(2)(c)")
        #expect(titles(essay, "3") == ["Harbour Works Act 1987, s 7", "Harbour Works Act 1987, s 8", "Harbour Works Act 1987, s 30"])
    }

    @Test("an Act never cited with its year keeps the name it is given")
    func actNeverDated() throws {
        let essay = try CitationFixture.essay(["Port Courts Act, s 9(1)(b)."])
        #expect(CitationFixture.authority(essay, "1")?.title == "Port Courts Act, s 9")
        #expect(CitationFixture.authority(essay, "1")?.kind == .statute)
    }

    @Test("an abbreviation means the Act that declared it, in the same note or another")
    func declaredAbbreviation() throws {
        let essay = try CitationFixture.essay([
            "Harbour Works Act 1987 (HWA), s 3.",
            "HWA, s 12(b).",
            "See Mooring Rules, s 4; and HWA, s 31(d).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Harbour Works Act 1987, s 3")
        #expect(CitationFixture.authority(essay, "2")?.title == "Harbour Works Act 1987, s 12")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(b)")
        #expect(titles(essay, "3").last == "Harbour Works Act 1987, s 31")
    }

    @Test("an article's work is the instrument, the article the pinpoint")
    func articleOfInstrument() throws {
        let essay = try CitationFixture.essay([
            "Maritime Procedure Law (MPL), art 12.",
            "MPL, art 9(2)(a) and (c).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title == "Maritime Procedure Law")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "art 12")
        #expect(CitationFixture.authority(essay, "2")?.id == first.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "art 9(2)(a)")
    }

    @Test("a section alone after the Act's section is the same Act's")
    func sectionAlone() throws {
        let essay = try CitationFixture.essay([
            "Harbour Works Act 1987, s 3.",
            "Section 17(2)(c).",
        ])
        #expect(CitationFixture.authority(essay, "2")?.title == "Harbour Works Act 1987, s 17")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(2)(c)")
    }

    @Test("subordinate legislation by clause")
    func clauseOfOrder() throws {
        let essay = try CitationFixture.essay(["Harbour (Prescribed Fees) Order 2011, cl 4."])
        #expect(CitationFixture.authority(essay, "1")?.title == "Harbour (Prescribed Fees) Order 2011, cl 4")
    }

    @Test("prose, a case or a book before a comma and a section is no instrument")
    func notInstruments() {
        for written in ["The Court said so, s 3 aside", "Smith v Jones, s 4", "Ann Roe Harbour Rules Explained, s 3", "Harbour Act said, s 3"] {
            let text = CitationText(RichText(text: written))
            #expect(InstrumentPartForm.read(text, 0..<text.bytes.count) == nil, "\(written)")
        }
    }
}
