import Testing
@testable import EssayKit

@Suite("A judgment's paragraph in brackets as a pinpoint")
struct ParagraphPlaceTests {
    private func place(_ string: String) -> String? {
        let text = CitationText(RichText(text: string))
        return ParagraphPlace.parse(text, at: 0, end: text.count)?.pinpoint.text
    }

    @Test("a paragraph, a dotted or hyphened one, a sub-paragraph and a range, kept as written")
    func shapes() {
        #expect(place("[88] and more") == "[88]")
        #expect(place("[4.07]") == "[4.07]")
        #expect(place("[9-041]") == "[9-041]")
        #expect(place("[61](b)(ii).") == "[61](b)(ii)")
        #expect(place("[15]–[18];") == "[15]–[18]")
        #expect(place("[51]-[53]") == "[51]-[53]")
    }

    @Test("a bracket with no number, or never closed, is no paragraph")
    func notParagraphs() {
        #expect(place("[first appeal]") == nil)
        #expect(place("[12 and") == nil)
        #expect(place("(12)") == nil)
    }

    @Test("after a short form's `at`, the paragraph is the pinpoint")
    func inShortFormTail() {
        let text = CitationText(RichText(text: "Tane, supra note 1, at [15]–[18] (dissenting)"))
        let tail = ClauseEnds.shortFormTail(text, from: "Tane, supra note 1".utf8.count, end: text.count)
        #expect(tail.pinpoint?.text == "[15]–[18]")
        #expect(tail.pinpoint?.kind == .paragraph)
    }
}
