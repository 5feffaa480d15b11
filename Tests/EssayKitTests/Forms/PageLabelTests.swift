import Testing
@testable import EssayKit

/// Budget documents number their pages within each part (`p. SD-7`, `p. Summary Tables-4`,
/// `p. QDT-1 to QDT-8`): the label is the pinpoint, never part of the title, and later notes citing
/// the same document by its `hereinafter` name or its title are that work with their own labels.
@Suite("Page labels of budget documents")
struct PageLabelTests {
    @Test("a page label after p. is the pinpoint of the full citation and of the short forms after it")
    func labelsArePinpoints() throws {
        let essay = try CitationFixture.essay([
            "Widget Agency, FY 2026 Budget Technical Supplement, June 9, 2025, p. SD-7, https://example.gov/budget.pdf (hereinafter Widget Agency, FY 2026 Budget Technical Supplement).",
            "Widget Agency, FY 2026 Budget Technical Supplement, p. AERO-2.",
            "Gadget Foundation, FY 2026 Budget Request to Congress, May 30, 2025, p. Summary Tables-4, https://example.gov/gf.pdf.",
            "Gadget Foundation, FY 2026 Budget Request to Congress, p. QDT-1 to QDT-8.",
            "Gadget Foundation, FY 2026 Budget Request to Congress, pp. MREFC-14 to MREFC-15.",
            "Widget Agency, FY 2026 Budget Technical Supplement, p. 34-6.",
            "Gadget Foundation, FY 2026 Budget Request to Congress, p. Overview-3.",
        ])
        let supplement = try #require(CitationFixture.authority(essay, "1"))
        #expect(supplement.title == "FY 2026 Budget Technical Supplement")
        #expect(supplement.authors == ["Widget Agency"])
        let request = try #require(CitationFixture.authority(essay, "3"))
        #expect(request.title == "FY 2026 Budget Request to Congress")
        #expect(request.id != supplement.id)
        for label in ["2", "6"] { #expect(CitationFixture.authority(essay, label)?.id == supplement.id, "note \(label)") }
        for label in ["4", "5", "7"] { #expect(CitationFixture.authority(essay, label)?.id == request.id, "note \(label)") }
        let pins = (1...7).map { CitationFixture.only(essay, String($0))?.pinpoint?.text }
        #expect(pins == ["p. SD-7", "p. AERO-2", "p. Summary Tables-4", "p. QDT-1 to QDT-8", "pp. MREFC-14 to MREFC-15", "p. 34-6", "p. Overview-3"])
    }

    @Test("the pinpoint parser reads a label only as a part's words joined to a number by a hyphen")
    func parserReadsLabels() {
        func pin(_ written: String) -> String? {
            let text = CitationText(RichText(text: written))
            return PinpointParser.parse(text, at: 0, end: text.count, allowRoman: false)?.pinpoint.text
        }
        #expect(pin("p. SD-7") == "p. SD-7")
        #expect(pin("p. MREFC-14–MREFC-15") == "p. MREFC-14–MREFC-15")
        #expect(pin("p. QDT-1 to QDT-8") == "p. QDT-1 to QDT-8")
        #expect(pin("p. Summary Tables-4") == "p. Summary Tables-4")
        #expect(pin("p. Smith-Jones") == nil)
        #expect(pin("p. Four Five Six Seven-4") == nil)
        #expect(pin("p. 12") == "p. 12")
    }
}
