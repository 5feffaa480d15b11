import Testing
@testable import EssayKit

@Suite("Places as European notes print them, and Ibid. taking a new one")
struct EuropeanPlaceTests {
    private func place(_ string: String, afterComma: Bool = false) -> String? {
        let text = CitationText(RichText(text: string))
        return EuropeanPlace.read(text, 0..<text.bytes.count, afterComma: afterComma)?.text
    }

    @Test("marks, lists, ranges, `et seq` and a bracket are read whole, as printed")
    func places() {
        #expect(place("p. 30") == "p. 30")
        #expect(place("S. 30-32") == "S. 30-32")
        #expect(place("paragraphs 58, 59, 63") == "paragraphs 58, 59, 63")
        #expect(place("margin no. 40") == "margin no. 40")
        #expect(place("para 59.") == "para 59")
        #expect(place("Article 3 paragraph 1") == "Article 3 paragraph 1")
        #expect(place("(p. 100)") == "p. 100")
        #expect(place("p. 336 et seq.") == "p. 336 et seq.")
        #expect(place("2.3.2", afterComma: true) == "2.3.2")
    }

    @Test("words that are no place, a section's lower-case `s.` and a bare number without a comma before it are none")
    func notPlaces() {
        #expect(place("p. 30 and the rest") == nil)
        #expect(place("Some words") == nil)
        #expect(place("s. 30") == nil)
        #expect(place("2.3.2") == nil)
    }

    @Test("`Ibid., S. 26`, `Ibid. (p. 28)`, `Ibid., margin no. 5`: the new place, not the note before's")
    func ibidPlaces() throws {
        let essay = try CitationFixture.essay([
            "Lindqvist (2018): “Review Panels and Their Limits”, in: Quarterly of Media Law 7: 40-66, p. 45.",
            "Ibid., S. 46.",
            "Ibid. (p. 47).",
            "Ibid., margin no. 5.",
            "Ibid., Article 3 paragraph 1.",
            "Ibid.",
        ])
        #expect(CitationFixture.titlesAndPinpoints(essay, "2") == ["Review Panels and Their Limits @ S. 46"])
        #expect(CitationFixture.titlesAndPinpoints(essay, "3") == ["Review Panels and Their Limits @ p. 47"])
        #expect(CitationFixture.titlesAndPinpoints(essay, "4") == ["Review Panels and Their Limits @ margin no. 5"])
        #expect(CitationFixture.titlesAndPinpoints(essay, "5") == ["Review Panels and Their Limits @ Article 3 paragraph 1"])
        #expect(CitationFixture.titlesAndPinpoints(essay, "6") == ["Review Panels and Their Limits @ Article 3 paragraph 1"])
    }
}
