import Testing
@testable import EssayKit

@Suite("A page named by a short label and its address in the author's parenthesis: (Central Bank Figures, http://...)")
struct LabelledAddressTests {
    @Test("each labelled address in the middle of a note's sentences is a page cited, the label its name")
    func labelledAddresses() throws {
        let essay = try CitationFixture.essay([
            "Lenders wrote off 3% of their loans (Central Bank Figures, http://www.example.gov/loans/writeoff.htm) Likewise, firms wrote off 2% (Tax Office Data, http://www.example.gov/tax/stats-4).",
        ])
        let pages = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(pages.map(\.url) == ["http://www.example.gov/loans/writeoff.htm", "http://www.example.gov/tax/stats-4"])
        #expect(pages.map(\.title) == ["Central Bank Figures", "Tax Office Data"])
        #expect(pages.allSatisfy { $0.kind == .webpage })
    }

    @Test("the author's words or a numbered label before an address are no label: the page is cited, the words outside the parenthesis no title")
    func notALabel() throws {
        let essay = try CitationFixture.essay([
            "Rates fell (as the bank reported, http://www.example.gov/rates.htm) over the decade.",
            "Rates fell (Table 4, http://www.example.gov/rates.htm) over the decade.",
        ])
        for label in ["1", "2"] {
            let work = try #require(CitationFixture.authority(essay, label))
            #expect(work.url == "http://www.example.gov/rates.htm")
            #expect(!work.title.contains("Rates fell"))
        }
    }
}
