import Testing
@testable import EssayKit

@Suite("Where a quoted title opens after the authors")
struct QuotedTitleOpeningTests {
    private static func opening(_ string: String) -> (open: Int, authors: [String]?)? {
        let text = CitationText(RichText(text: string))
        let citation = 0..<text.count
        guard let open = QuotedTitleOpening.find(text, citation, opens: ChicagoTitleLead.opensQuote) else { return nil }
        return (open, QuotedTitleOpening.authors(text, citation, open: open))
    }

    @Test("after the authors' comma and space; at the start; none without a quotation mark")
    func openings() {
        let lead = Self.opening("Ann Roe and Bo Poe, \"Quiet Harbours,\" Port Law Journal 12 (2019): 45.")
        #expect(lead?.open == 20)
        #expect(lead?.authors == ["Ann Roe", "Bo Poe"])
        let bare = Self.opening("\"Quiet Harbours,\" Port Law Journal 12 (2019): 45.")
        #expect(bare?.open == 0)
        #expect(bare?.authors == [])
        #expect(Self.opening("Ann Roe, Quiet Harbours, 12 Port L.J. 45 (2019).") == nil)
        // Words before the comma that are no names give no authors.
        #expect(Self.opening("as the 2019 study found, \"Quiet Harbours,\" Port Law Journal 12 (2019): 45.")?.authors == nil)
    }
}
