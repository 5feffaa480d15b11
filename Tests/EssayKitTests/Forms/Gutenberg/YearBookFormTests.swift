@testable import EssayKit
import Testing

/// `Y.B. 6 Ed. IV. 7`, `Y.B. 21 Hen. VII. 27, pl. 5`: cases in the Year Books.
@Suite("Citation forms: Year Books")
struct YearBookFormTests {
    @Test("regnal year, king and folio name the case; the plea is the pinpoint; the king's spellings are one")
    func yearBooks() throws {
        let essay = try CitationFixture.essay([
            "Y.B. 6 Ed. IV. 7.",
            "Y.B. 21 Hen. VII. 27, pl. 5.",
            "See Y. B. 6 Edw. IV. 7, pl. 18.",
            "Y.B. 30 & 31 Edw. I. 106.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .case)
        #expect(first.container == "Y.B.")
        #expect(first.volume == "6 Edw. IV")
        #expect(first.firstPage == "7")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.volume == "21 Hen. VII")
        #expect(second.firstPage == "27")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "pl. 5")
        #expect(CitationFixture.authority(essay, "3")?.id == first.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "pl. 18")
        #expect(CitationFixture.authority(essay, "4")?.volume == "30-31 Edw. I")
    }

    @Test("a Y.B. with no king or no folio is no Year Book's cite")
    func notYearBooks() throws {
        let essay = try CitationFixture.essay(["Y.B. 6 Smith 7.", "Y.B. 6 Hen. IV."])
        #expect(CitationFixture.authority(essay, "1")?.container != "Y.B.")
        #expect(CitationFixture.authority(essay, "2")?.container != "Y.B.")
    }
}
