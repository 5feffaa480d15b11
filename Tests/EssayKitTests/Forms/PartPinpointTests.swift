import Testing
@testable import EssayKit

@Suite("Pinpoints to parts of a work and marked pages")
struct PartPinpointTests {
    private static func parse(_ written: String) -> Pinpoint? {
        let text = CitationText(RichText(text: written))
        return PinpointParser.parse(text, at: 0, end: text.count, allowRoman: false)?.pinpoint
    }

    @Test("a table, figure, chapter or annex with its number, and p./pp. pages, are pinpoints as printed", arguments: [
        ("Table 31", Pinpoint.Kind.other, "Table 31"),
        ("Figure 8", .other, "Figure 8"),
        ("Chapter 1", .other, "Chapter 1"),
        ("Annex 6, Table A-233", .other, "Annex 6, Table A-233"),
        ("Table 3-95", .other, "Table 3-95"),
        ("p. 3", .page, "p. 3"),
        ("pp. 18–19", .pages, "pp. 18–19"),
        ("3-95", .pages, "3-95"),
    ])
    func marks(written: String, kind: Pinpoint.Kind, text: String) {
        #expect(Self.parse(written) == Pinpoint(kind: kind, text: text))
    }

    @Test("words that only start like a mark are no pinpoint")
    func notMarks() {
        #expect(Self.parse("Tablet 3") == nil)
        #expect(Self.parse("Table of Contents") == nil)
        #expect(Self.parse("P. Smith") == nil)
    }

    @Test("in a citation the part is the pinpoint, not a page cut from it or part of the title")
    func inCitations() throws {
        let essay = try CitationFixture.essay([
            "Agency Name, *Annual Inventory of Things* (2020).",
            "Agency Name, *Annual Inventory of Things*, *supra* note 1, Table 31.",
            "Ann Author, *A Report on Things*, Figure 8 (2019).",
            "Ann Author, *A Report on Things*, *supra* note 3, pp. 18–19.",
            "Ann Author, *A Report on Things*, *supra* note 3, Annex 6, Table A-233.",
        ])
        let inventory = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == inventory.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Table 31")
        let report = try #require(CitationFixture.authority(essay, "3"))
        #expect(report.title == "A Report on Things")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "Figure 8")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "pp. 18–19")
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "Annex 6, Table A-233")
    }
}
