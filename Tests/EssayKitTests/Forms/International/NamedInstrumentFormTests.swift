import Testing
@testable import EssayKit

@Suite("Treaties and charters cited by name, backed by the Union's own or where they are published")
struct NamedInstrumentFormTests {
    @Test("the Union's treaties and charter by name, with an article or the Official Journal")
    func unionInstruments() throws {
        let essay = try CitationFixture.essay([
            "Treaty on European Union, Article 6.",
            "Consolidated version of the Treaty on the Functioning of the European Union [2012] OJ C326/47, art 267.",
            "Charter of Fundamental Rights of the European Union, Article 18.",
        ])
        let teu = try #require(CitationFixture.authority(essay, "1"))
        #expect(teu.kind == .treaty)
        #expect(teu.title == "Treaty on European Union")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "Article 6")
        #expect(CitationFixture.authority(essay, "2")?.title == "Treaty on the Functioning of the European Union")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "art 267")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "Article 18")
    }

    @Test("another instrument's name backed by its address")
    func availableAt() throws {
        let essay = try CitationFixture.essay([
            "Charter of Harbour Rights of the Union, Available at: https://example.eu/charter.pdf",
        ])
        let charter = try #require(CitationFixture.authority(essay, "1"))
        #expect(charter.kind == .treaty)
        #expect(charter.title == "Charter of Harbour Rights of the Union")
    }

    @Test("an instrument's name with nothing to back it is left to a declared short name")
    func unbacked() throws {
        let essay = try CitationFixture.essay([
            "Convention on Harbour Pilots and Their Boats, Article 4.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}
