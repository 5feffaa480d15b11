import EssayKit
import Testing

/// Each body marker leads to its note, and each note back to the sentence holding its marker: the
/// sentence it closes, sits in, or ends before the spaces after (`EssayBuilder.link`).
@Suite("Notes linked to the sentences marking them")
struct NoteLinkTests {
    static let text = """
        # Widgets

        The first sentence marks one note.[^1] The second marks none. The third marks two,[^2] here and at its end.[^3] \
        The fourth ends before its marker. [^4] The fifth marks a note never defined.[^9]

        - An item marks the note marked before.[^1] It goes on.
        - A second item's second sentence marks the last. See it here.[^5]

        [^1]: Ann Roe, A Treatise 4 (1990).
        [^2]: Id. at 5.
        [^3]: Id. at 6.
        [^4]: Id. at 7.
        [^5]: Id. at 8.
        """

    @Test("each note's sentences, by section, block, item and sentence, hold its label")
    func sentencesOfEachNote() throws {
        let essay = try Fixture.essay(Self.text)
        let places = essay.footnotes.map { footnote in footnote.citedBy.map { [$0.block, $0.item ?? -1, $0.sentence] } }
        #expect(places == [[[0, -1, 0], [1, 0, 0]], [[0, -1, 2]], [[0, -1, 2]], [[0, -1, 3]], [[1, 1, 1]]])
        for footnote in essay.footnotes {
            for locator in footnote.citedBy { #expect(essay.sentence(at: locator)?.footnotes.contains(footnote.label) == true) }
        }
    }

    @Test("a note marked twice and one never defined are reported at their markers")
    func markedTwiceOrNeverDefined() throws {
        let essay = try Fixture.essay(Self.text)
        let messages = essay.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("footnote 1 is marked here a second time (first at 3:") })
        #expect(messages.contains { $0.hasPrefix("footnote 9 is marked here but never defined;") })
    }
}
