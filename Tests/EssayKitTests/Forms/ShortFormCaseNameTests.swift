import Testing
@testable import EssayKit

@Suite("Cases known only by their short forms")
struct ShortFormCaseNameTests {
    @Test("a short form with no full citation in the essay is a case of its own; a longer name of the same party and Id. resolve to it, with their pinpoints")
    func longerNameIsTheSameCase() throws {
        let essay = try CitationFixture.essay([
            "See Alder Widget, 901 U.S., at 400 (Roe, J., dissenting).",
            "*Id.*, at 412.",
            "Alder Widget Enterprises, 901 U.S., at 401.",
            "Alder Widget Enterprises v. Birch, 901 U.S., at 404.",
            "Cedar Post, 901 U.S., at 810.",
            "Marbury, 5 U.S. at 170.",
            "*Id.*",
        ])
        let alder = try #require(CitationFixture.authority(essay, "1"))
        #expect(alder.kind == .case)
        #expect(alder.volume == "901")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "400")
        #expect(CitationFixture.authority(essay, "2")?.id == alder.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "412")
        #expect(CitationFixture.authority(essay, "3")?.id == alder.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "401")
        #expect(CitationFixture.authority(essay, "4")?.id == alder.id)
        let cedar = try #require(CitationFixture.authority(essay, "5"))
        #expect(cedar.id != alder.id)
        let marbury = try #require(CitationFixture.authority(essay, "6"))
        #expect(marbury.volume == "5")
        #expect(CitationFixture.authority(essay, "7")?.id == marbury.id)
        #expect(CitationFixture.only(essay, "7")?.pinpoint?.text == "170")
    }

    @Test("names are one case only when one starts the other's first party with a distinctive word")
    func sameCaseRule() {
        #expect(ShortFormCaseName.sameCase(registered: "Alder Widget", cited: "Alder Widget Enterprises"))
        #expect(ShortFormCaseName.sameCase(registered: "Alder Widget Enterprises", cited: "Alder Widget"))
        #expect(ShortFormCaseName.sameCase(registered: "Alder", cited: "Alder v. Birch"))
        #expect(!ShortFormCaseName.sameCase(registered: "Alder Widget", cited: "Cedar Post"))
        #expect(!ShortFormCaseName.sameCase(registered: "Widget", cited: "Alder Widget"))
        #expect(!ShortFormCaseName.sameCase(registered: "United States", cited: "United States Steel"))
    }
}
