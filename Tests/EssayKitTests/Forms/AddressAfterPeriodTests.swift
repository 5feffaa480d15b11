import Testing
@testable import EssayKit

/// `Title (Sept. 19, 2018) (asking for more). https://...`: the work's address printed after the
/// sentence's period, as a plain-text edition sets it on a line of its own (`FullWorkForm`).
@Suite("An address after the citation's period")
struct AddressAfterPeriodTests {
    @Test("a letter's citation with its address after the period is read, the address kept")
    func letterWithAddress() throws {
        let essay = try CitationFixture.essay([
            "See also Letter to the Widget Board, Withdraw Draft No. 7 of the Model Widget Rules (Oct. 3, 2017) (asking for more review). https://example.org/widget-letter.pdf",
        ])
        let letter = try #require(CitationFixture.authority(essay, "1"))
        #expect(letter.title.contains("Withdraw Draft No. 7 of the Model Widget Rules"))
        #expect(letter.url == "https://example.org/widget-letter.pdf")
        #expect(letter.year == 2017)
    }

    @Test("prose with an address after its period stays the author's words")
    func proseWithAddress() throws {
        let essay = try CitationFixture.essay([
            "We collected the widget prices by hand over three months (see the appendix). https://example.org/data",
        ])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID == nil || $0.form != .full || essay.authority($0.authorityID ?? "")?.kind == .webpage })
    }
}
