import Testing
@testable import EssayKit

@Suite("A supra's page written without at")
struct SupraPageWithoutAtTests {
    @Test("`Roe & Poe supra note 1, 549-50 (discussing ...)`: the page is the pinpoint; a word after a number makes it none")
    func pageWithoutAt() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe & Sam Poe, The Widget Problem, 66 WIDGET L. REV. 545 (2014).",
            "Roe & Poe supra note 1, 549-50 (discussing widgets).",
            "Roe & Poe, supra note 1, 551.",
        ])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "549-50")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "551")
        #expect(CitationFixture.authority(essay, "2")?.id == CitationFixture.authority(essay, "1")?.id)
    }
}
