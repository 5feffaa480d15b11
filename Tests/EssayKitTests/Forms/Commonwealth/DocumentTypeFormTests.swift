import Testing
@testable import EssayKit

/// AGLC documents with their kind and date in brackets: `Body, 'Page Title' (Web Page, 2023) <url>`,
/// `Body, *Title* (Report, March 2020) 12`.
@Suite("Documents with the AGLC's kind-and-date bracket")
struct DocumentTypeFormTests {
    @Test("a web page: the body, the quoted title, the address")
    func webPage() throws {
        let essay = try CitationFixture.essay(["Office of the Widget Commissioner, 'Widget Privacy Guide' (Web Page, 2023) <https://example.gov.au/widget-guide>."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .webpage)
        #expect(work.title == "Widget Privacy Guide")
        #expect(work.authors == ["Office of the Widget Commissioner"])
        #expect(work.url == "https://example.gov.au/widget-guide")
    }

    @Test("a report whose title names an Act's section is the report, not the Act")
    func reportNamingASection() throws {
        let essay = try CitationFixture.essay([
            "Widget Monitor, Review of the operation of section 35P of the Widget Intelligence Act 1979 (Report, March 2020).",
            "Widget Monitor, *Review of the operation of section 35P of the Widget Intelligence Act 1979* (Report, March 2020) 12.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .report)
        #expect(first.title == "Review of the operation of section 35P of the Widget Intelligence Act 1979")
        #expect(first.authors == ["Widget Monitor"])
        #expect(CitationFixture.citations(essay, "1").count == 1)
        #expect(CitationFixture.authority(essay, "2")?.id == first.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "12")
    }

    @Test("a numbered report with a paragraph pinpoint")
    func numberedReport() throws {
        let essay = try CitationFixture.essay(["Widget Law Reform Commission, *For Your Widgets* (Report No 108, May 2008) [3.4]."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.documentNumber == "Report No 108")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "[3.4]")
    }

    @Test("a bracket of no document's kind, or with no year, is not this form",
          arguments: ["Ann Roe, Widget Law (Harbour Press, 2010)", "Ann Roe, 'Widgets' (Report, forthcoming)",
                      "Ann Roe, 'Widgets' (reporting, 2010)"])
    func notDocuments(written: String) {
        let text = CitationText(RichText(text: written))
        #expect(DocumentTypeForm.read(text, 0..<text.bytes.count) == nil, "\(written)")
    }
}
