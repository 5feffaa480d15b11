import Testing
@testable import EssayKit

@Suite("A decision cited again by its name and a page in brackets")
struct NamedPageShortFormTests {
    @Test("the name a full citation declared, a page in brackets and the decision's address")
    func nameAndPage() throws {
        let essay = try CitationFixture.essay([
            "BVerfG, 15 January 1958, 1 BvR 400/51 (Lichtspiel), https://www.example.org/lichtspiel.",
            "Lichtspiel (p. 207), available at https://www.example.org/lichtspiel.",
            "Lichtspiel (S. 209).",
        ])
        let decision = try #require(CitationFixture.authority(essay, "1"))
        #expect(decision.documentNumber == "1 BvR 400/51")
        #expect(CitationFixture.authority(essay, "2")?.id == decision.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. 207")
        #expect(CitationFixture.authority(essay, "3")?.id == decision.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "S. 209")
    }

    @Test("a bracket with more than a page, or a long name, is no such short form")
    func notShortForms() throws {
        let essay = try CitationFixture.essay([
            "BVerfG, 15 January 1958, 1 BvR 400/51 (Lichtspiel).",
            "Lichtspiel (a famous case).",
        ])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text != "a famous case")
        for clause in ["Lichtspiel (a famous case)", "The Long Named Decision Here (p. 4)", "Roe, Title (p. 4)", "Lichtspiel (p. 4) was later overruled"] {
            let text = CitationText(RichText(text: clause))
            #expect(NamedPageShortForm.read(text, 0..<text.bytes.count) == nil)
        }
    }
}
