import Testing
@testable import EssayKit

@Suite("Session laws and registers")
struct SessionLawFormTests {
    @Test("a register page past a thousand printed with a comma is one page, and the series is kept as printed")
    func registerPageWithSeparator() throws {
        let essay = try CitationFixture.essay([
            "Exec. Order No. 14,036, 86 Fed. Reg. 36,987 (July 9, 2021).",
            "*Id.*",
            "75 Fed. Reg. 1234, 1240 (Jan. 1, 2010).",
        ])
        let order = try #require(CitationFixture.authority(essay, "1"))
        #expect(order.kind == .regulation)
        #expect(order.container == "Fed. Reg.")
        #expect(order.volume == "86")
        #expect(order.firstPage == "36,987")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "2")?.id == order.id)
        let other = try #require(CitationFixture.authority(essay, "3"))
        #expect(other.firstPage == "1234")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "1240")
    }
}
