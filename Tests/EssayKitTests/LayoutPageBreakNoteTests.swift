import EssayKit
import Testing

/// Notes of `pdftotext -layout` conversions numbered `N.` that run across a page break or past the
/// reference list's heading. The texts, names and journals are invented.
@Suite("Layout notes across a page break and after a reference list's heading")
struct LayoutPageBreakNoteTests {
    /// `count` lines of a page's body, indented as layout sets them.
    static func body(_ count: Int, _ seed: String) -> String {
        (0..<count).map { line in
            var text = "    \(seed) line \(line) of the body"
            while text.count < 78 { text += " text" }
            return text + "\n"
        }.joined()
    }

    static let firstPage = "THE ECHO PROBLEM\n\n" + body(20, "The models")
        + "    and the tests were run again.1 The results held.2\n\n\n"
        + "  1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"

    @Test("a note's rest at the next page's foot, indented to the notes' text and unlabelled, goes on with the note, every line kept")
    func indentedRestGoesOnWithTheNote() throws {
        let essay = try Fixture.essay(Self.firstPage
            + "  2. The models were tested twice, as the tests show. See Mara Quell, Ivo Tan & Lu Berg et al.,\n"
            + "\u{0C}" + Self.body(20, "The second page")
            + "    and so the matter rests.3 The court agreed.4\n\n\n"
            + "      Counting Echoes in Sparse Models (2022) (unpublished manuscript), https://example.org/x;\n"
            + "      Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).\n"
            + "  3. Quell, Tan & Berg et al., supra note 2, at 4.\n"
            + "  4. Id. at 7.\n"
            + "\u{0C}" + Self.body(5, "The last page"))
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("2")?.content.text == "The models were tested twice, as the tests show. See Mara Quell, Ivo Tan & Lu Berg et al., "
            + "Counting Echoes in Sparse Models (2022) (unpublished manuscript), https://example.org/x; Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).")
        #expect(essay.footnote("3")?.content.text == "Quell, Tan & Berg et al., supra note 2, at 4.")
        #expect(!LawReviewNoteTests.bodyText(essay).contains("Counting Echoes"))
    }

    @Test("the indented rest as a unit of its own (a blank line before the note) goes on with the note")
    func restAsItsOwnUnit() throws {
        for (indent, gap) in [("      ", "\n"), ("     ", "\n")] {
            let essay = try Fixture.essay(Self.firstPage
                + "  2. The models were tested twice, as the tests show. See Mara Quell, Ivo Tan & Lu Berg et al.,\n"
                + "\u{0C}" + Self.body(20, "The second page")
                + "    and so the matter rests.3 The court agreed.4\n\n\n"
                + indent + "Counting Echoes in Sparse Models (2022) (unpublished manuscript), https://example.org/x;\n"
                + indent + "Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).\n" + gap
                + "  3. Quell, Tan & Berg et al., supra note 2, at 4.\n"
                + "  4. Id. at 7.\n"
                + "\u{0C}" + Self.body(5, "The last page"))
            #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
            #expect(essay.footnote("2")?.content.text.hasSuffix("https://example.org/x; Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).") == true)
            #expect(essay.footnote("3")?.content.text == "Quell, Tan & Berg et al., supra note 2, at 4.")
        }
    }

    @Test("a body paragraph over a page's first note, indented as the body is, stays body")
    func bodyOverTheNoteStaysBody() throws {
        let essay = try Fixture.essay(Self.firstPage
            + "  2. The models were tested twice, as the tests show. See Mara Quell, Ivo Tan & Lu Berg et al.,\n"
            + "\u{0C}" + Self.body(20, "The second page")
            + "    and so the matter rests.3 The court agreed.4\n\n\n"
            + "  3. Quell, Tan & Berg et al., supra note 2, at 4.\n"
            + "  4. Id. at 7.\n"
            + "\u{0C}" + Self.body(5, "The last page"))
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(LawReviewNoteTests.bodyText(essay).contains("and so the matter rests."))
    }

    @Test("the page's last note printed below a numbered reference list's heading is read while its number runs on and the text marks it")
    func noteAfterTheReferencesHeading() throws {
        let essay = try Fixture.essay(Self.firstPage
            + "  2. See Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).\n"
            + "\u{0C}" + Self.body(10, "The second page")
            + "    and so the matter rests.3\n\n"
            + "                                  References\n\n"
            + "    1. Ann Vale, Water Shares in the Valley (Northern Press 2019).\n"
            + "    2. Bo Dale, Orchards and Rivers (Southern Press 2018).\n"
            + "    3. Cy Hale, The Long Drought (Eastern Press 2017).\n"
            + "    4. Dee Lowe, Counting Water (Western Press 2016).\n\n\n"
            + "  3. Id. at 12.\n"
            + "\u{0C}")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("3")?.content.text == "Id. at 12.")
    }

    @Test("a numbered reference list's own entries are no notes, though one bears the next note's number")
    func entriesStayEntries() throws {
        let essay = try Fixture.essay(Self.firstPage
            + "  2. See Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).\n"
            + "\u{0C}" + Self.body(10, "The second page")
            + "    and so the matter rests.\n\n"
            + "                                  References\n\n"
            + "    1. Ann Vale, Water Shares in the Valley (Northern Press 2019).\n"
            + "    2. Bo Dale, Orchards and Rivers (Southern Press 2018).\n"
            + "    3. Cy Hale, The Long Drought (Eastern Press 2017).\n"
            + "\u{0C}")
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
    }
}
