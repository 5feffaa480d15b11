import Testing
@testable import EssayKit

@Suite("English report pages with the margin letter: at 614E, at 207G-H")
struct UKPagePinpointTests {
    @Test("a page with its letter is the pinpoint, a letter range too",
          arguments: [("Roe v Doe [1974] AC 133 at 614E", "614E"), ("Roe v Doe [2001] 2 AC 127 at 207G-H", "207G-H"),
                      ("Roe v Doe [1990] 1 AC 109 at 183B-184C", "183B-184C"), ("Roe v Doe [1975] AC 295 at page 341F", "page 341F")])
    func lettered(note: String, pin: String) throws {
        let essay = try CitationFixture.essay([note])
        let citation = try #require(CitationFixture.only(essay, "1"))
        #expect(CitationFixture.authority(essay, "1")?.title == "Roe v Doe")
        #expect(citation.pinpoint?.text == pin)
    }

    @Test("a letter past H, or a word, is no margin letter")
    func notLettered() throws {
        let essay = try CitationFixture.essay(["Roe v Doe [1974] AC 133 at 175K"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text != "175K")
    }
}
