import Testing
@testable import EssayKit

/// `Title, 8 (May 2, 2009) (https://...)`: the work's address in parentheses of its own after the
/// date, as Commonwealth and philosophy journals print it (`FullWorkForm`).
@Suite("An address in parentheses after the work's date")
struct AddressInParenthesesTests {
    @Test("the address in its own parentheses after the date is the work's")
    func addressAfterDate() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, The Long Ledger 12 (May 2, 2009) (https://example.org/ledger.pdf).",
            "Ann Roe, Lecture 3: The Second Look, 8 (May 2, 2009) (https://example.org/lecture3.pdf).",
        ])
        let ledger = try #require(CitationFixture.authority(essay, "1"))
        #expect(ledger.title == "The Long Ledger")
        #expect(ledger.url == "https://example.org/ledger.pdf")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "12")
        #expect(CitationFixture.authority(essay, "2")?.url == "https://example.org/lecture3.pdf")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "8")
    }

    @Test("a parenthesis holding more than an address is no address of the work")
    func explanatoryParenthesis() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, The Long Ledger 12 (May 2, 2009) (citing https://example.org/ledger.pdf).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.url == nil)
    }
}
