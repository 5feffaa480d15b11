import EssayKit
import Testing

/// A law review's pages converted by `pdftotext -layout` with a rule of en dashes over each page's
/// notes (`––––––`), the notes' first lines indented like paragraphs (`    12 See ...`), numbered
/// with no full stop, the author's note first; the second page's rule right under its last line.
/// The texts, names and journal are invented.
@Suite("Notes under a rule of en dashes in pdftotext -layout text")
struct LayoutEnDashRuleTests {
    static let rule = String(repeating: "–", count: 60)

    static let pages = """
                                      ORCHARDS AND THE LAW

                                        Jane Q. Vale∗

            Growers along the river have long shared its water by custom.1 The courts, for
        their part, have treated the custom as law.2 This Article asks what becomes of that law
        when the river runs low.3

        \(rule)
            ∗ Professor of Law, Northvale School of Law.
            1 See Carl Moe, Water by Custom, 12 N. L.J. 101, 104 (2029).
            2 Doe v. Roe, 1 F.4th 2, 5 (9th Cir. 2030) (holding that the custom
        binds the growers).
            3 See id. at 7.

        1201
        \u{0C}2031]                          ORCHARDS AND THE LAW                              1202

            The custom is old.4 Each grower takes water in turn, and the turn passes down the
        river from the highest field to the lowest.5
        \(rule)
            4 Moe, supra note 1, at 105.
            5 Id. at 106–07 (describing the turn).

        """

    @Test("the rule opens the page's notes; their indented numbers are read, the author's note first")
    func notesUnderTheRuleAreRead() throws {
        let essay = try Fixture.essay(Self.pages)
        #expect(essay.footnotes.map(\.label) == ["*", "1", "2", "3", "4", "5"])
        #expect(essay.footnote("*")?.content.text == "Professor of Law, Northvale School of Law.")
        #expect(essay.footnote("2")?.content.text == "Doe v. Roe, 1 F.4th 2, 5 (9th Cir. 2030) (holding that the custom binds the growers).")
        #expect(essay.footnote("5")?.content.text == "Id. at 106–07 (describing the turn).")
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
        #expect(!body.contains("Northvale"), "no note is body text")
        #expect(!body.contains("–––"), "the rule is no text")
    }

}
