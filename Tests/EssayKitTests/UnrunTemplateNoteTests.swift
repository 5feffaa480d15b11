@testable import EssayKit
import Testing

/// A page saved as its template's source and never run (PHP in `.html`, through
/// `pandoc -f html -t markdown`): marks are superscripts around the template's markup holding the
/// number in escaped brackets, notes are list items whose spans end in a link back of the same
/// markup. Invented text of that shape.
@Suite("Web notes: a template never run")
struct UnrunTemplateNoteTests {
    static func page(items: [String] = ["1", "2", "3"], thirdMark: String = "3") -> String {
        """
        # Fences and Neighbours

        Towns once left fences to custom.^[\\"\\ rel=\\"footnote\\"\\>\\[1\\]](%3C?php%20echo%20site_url($base,){#fn-1\\");=""
        ?=""}^ Statutes came later.^[\\"\\ rel=\\"footnote\\"\\>\\[2\\]](%3C?php%20echo%20site_url($base,){#fn-2\\");=""
        ?=""}^
        Some towns kept them.

        Courts then read them narrowly.^[\\"\\ rel=\\"footnote\\"\\>\\[\(thirdMark)\\]](%3C?php%20echo%20site_url($base,){#fn-\(thirdMark)\\");=""
        ?=""}^

        \(items[0]).  [See Ruiz v. Hale, 400 U.S. 10 (1970), as read in a long note that
            wraps. [\\"
            rel=\\"footnote\\"\\>#](%3C?php%20echo%20site_url($base,){#a-1\\");=""
            ?=""}]{#fn-\(items[0])}
        \(items[1]).  [*Id.* at 12. [\\"
            rel=\\"footnote\\"\\>#](%3C?php%20echo%20site_url($base,){#a-2\\");=""
            ?=""}]{#fn-\(items[1])}
        \(items[2]).  [Fence Act, 7 U.S.C. § 210 (1990). [\\"
            rel=\\"footnote\\"\\>#](%3C?php%20echo%20site_url($base,){#a-3\\");=""
            ?=""}]{#fn-\(items[2])}
        """
    }

    @Test("marks holding \\[N\\] and list items whose span id ends fn-N are the notes; the markup is no text")
    func readsMarksAndNotes() throws {
        let essay = try Fixture.essay(Self.page())
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "See Ruiz v. Hale, 400 U.S. 10 (1970), as read in a long note that wraps.")
        #expect(essay.footnote("2")?.content.text == "Id. at 12.")
        #expect(essay.footnote("3")?.content.text == "Fence Act, 7 U.S.C. § 210 (1990).")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"], [], ["3"]])
        // A mark ending its line leaves no blank line: the sentence after it stays in its paragraph.
        #expect(essay.bodySentences.map(\.locator.block) == [0, 0, 0, 1])
        #expect(essay.bodySentences.map(\.sentence.text) == ["Towns once left fences to custom.", "Statutes came later.", "Some towns kept them.",
                                                           "Courts then read them narrowly."])
        let work = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("2")?.citations.first?.authorityID == work)
    }

    @Test("places in the file hold: a note's line is the item's line")
    func placesHold() throws {
        let essay = try Fixture.essay(Self.page())
        let note = try #require(essay.footnote("3"))
        #expect(note.range.start.line == 18)
    }

    @Test("numbering that disagrees leaves the page as it is")
    func disagreementLeavesPage() throws {
        let skipped = try Fixture.essay(Self.page(thirdMark: "4"))
        #expect(skipped.footnotes.isEmpty)
        let unordered = try Fixture.essay(Self.page(items: ["1", "3", "2"]))
        #expect(unordered.footnotes.isEmpty)
    }
}
