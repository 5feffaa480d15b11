import Testing
@testable import EssayKit

@Suite("UN documents by their symbol as a field, with no UN Doc before it")
struct UNSymbolFieldFormTests {
    @Test("a body, a year, a quoted title, the symbol and a list of paragraphs")
    func quotedTitle() throws {
        let essay = try CitationFixture.essay([
            "UN General Assembly (2019): \"Report of the Independent Expert on the right to roam\", A/74/512, paragraphs 12, 14, 30.",
            "A/74/512, para. 40.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.kind == .document)
        #expect(report.title == "Report of the Independent Expert on the right to roam")
        #expect(report.authors == ["UN General Assembly"])
        #expect(report.documentNumber == "A/74/512")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "paragraphs 12, 14, 30")
        #expect(CitationFixture.authority(essay, "2")?.id == report.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "para. 40")
    }

    @Test("a body and a title without quotation marks; a year after the symbol is no page")
    func bodyAndTitle() throws {
        let essay = try CitationFixture.essay([
            "Human Rights Council, Report of the Working Group on roads, A/HRC/41/22, 2019, p. 7.",
            "UN Doc. A/HRC/41/22, para. 3.",
        ])
        let report = try #require(CitationFixture.authority(essay, "1"))
        #expect(report.title == "Report of the Working Group on roads")
        #expect(report.authors == ["Human Rights Council"])
        #expect(report.documentNumber == "A/HRC/41/22")
        #expect(report.year == 2019)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p. 7")
        #expect(CitationFixture.authority(essay, "2")?.id == report.id)
    }

    @Test("slashed numbers that are no UN symbol")
    func notSymbols() throws {
        let symbol = CitationText(RichText(text: "B/12/34"))
        #expect(UNSymbolFieldForm.symbolEnd(symbol, at: 0, end: symbol.bytes.count) == nil)
        let text = CitationText(RichText(text: "A/HRC/38/35 x"))
        #expect(UNSymbolFieldForm.symbolEnd(text, at: 0, end: text.bytes.count) == 11)
        let date = CitationText(RichText(text: "A/12"))
        #expect(UNSymbolFieldForm.symbolEnd(date, at: 0, end: date.bytes.count) == nil)
    }
}
