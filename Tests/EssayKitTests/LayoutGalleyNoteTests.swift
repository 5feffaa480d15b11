import EssayKit
import Testing

/// A law review's galleys converted by `pdftotext -layout`, one column: a paragraph's first line
/// and each note's first line indented alike (`     12. See ...`), the note's later lines flush
/// left, the galley's slug under the notes, a form feed and the next page's running head spread
/// over one line. The texts, names and journal are invented.
@Suite("A law review's galleys converted by pdftotext -layout")
struct LayoutGalleyNoteTests {
    static let slug = "B2_VALE (DO NOT DELETE)" + String(repeating: " ", count: 52) + "3/14/2031 9:05 AM"

    static func page(_ head: String?, _ body: [String], _ notes: [String]) -> String {
        (head.map { "\u{0C}" + $0 + "\n\n\n\n" } ?? "")
            + body.joined(separator: "\n") + "\n\n\n" + notes.joined(separator: "\n") + "\n\n" + slug + "\n"
    }

    static let galley = page(nil, [
        "     Growers along the river have long shared its water by custom.1 The",
        "courts, for their part, have treated the custom as law.2 This Essay asks",
        "what becomes of that law when the river runs low.3",
    ], [
        "     * Professor of Law, Northvale School of Law.",
        "     1. See Carl Moe, Water by Custom, 12 N. L.J. 101, 104 (2029).",
        "     2. Doe v. Roe, 1 F.4th 2, 5 (9th Cir. 2030) (holding that the custom",
        "binds the growers).",
        "     3. See id. at 7.",
    ]) + page("102" + String(repeating: " ", count: 23) + "NORTHERN LAW JOURNAL" + String(repeating: " ", count: 18) + "[Vol. 9:101", [
        "     The custom is old.4 Each grower takes water in turn, and the turn",
        "passes down the river from the highest field to the lowest.5",
        "     1. The first turn is the highest field's. It ends at sunset.",
    ], [
        "     4. Moe, supra note 1, at 105.",
        "     5. Id. at 106–07 (describing the turn).",
    ]) + page("2031]" + String(repeating: " ", count: 19) + "ORCHARD RIGHTS AND RIVER WATER" + String(repeating: " ", count: 24) + "103", [
        "     The courts came to the custom late.6",
    ], [
        "     6. Roe, 1 F.4th at 6.",
    ])

    @Test("notes indented like paragraphs, their later lines flush left, are the page's notes")
    func indentedNotesAreRead() throws {
        let essay = try Fixture.essay(Self.galley)
        #expect(essay.footnotes.filter { $0.label != "*" }.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("2")?.content.text == "Doe v. Roe, 1 F.4th 2, 5 (9th Cir. 2030) (holding that the custom binds the growers).")
        #expect(essay.footnote("5")?.content.text == "Id. at 106–07 (describing the turn).")
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
        #expect(!body.contains("See id. at 7."), "no note is body text")
        #expect(body.contains("1. The first turn is the highest field's."), "a numbered line the page's notes follow stays body text")
    }

    @Test("the author's note above note 1, indented too, is the author's")
    func authorNoteIsTheAuthors() throws {
        let essay = try Fixture.essay(Self.galley)
        #expect(essay.footnote("*")?.content.text == "Professor of Law, Northvale School of Law.")
    }

    @Test("a note's rest at the head of the next page's notes, flush left, goes on with the note")
    func restOfANoteOnTheNextPage() throws {
        let essay = try Fixture.essay(Self.page(nil, [
            "     The growers sued.1 The court agreed with them.2",
        ], [
            "     1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).",
            "     2. See id. at 7 (noting that the growers had kept the custom for a",
        ]) + Self.page("2031]" + String(repeating: " ", count: 20) + "ORCHARD RIGHTS" + String(repeating: " ", count: 20) + "103", [
            "     The State appealed.3",
        ], [
            "century and more).",
            "     3. Id. at 9.",
        ]))
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text == "See id. at 7 (noting that the growers had kept the custom for a century and more).")
        #expect(essay.footnote("3")?.content.text == "Id. at 9.")
    }

    static let cover = """
        DATE DOWNLOADED: Mon Mar 3 10:15:00 2031
        SOURCE: Content Downloaded from HeinOnline


        Citations:
        Please note: citations are provided as a general guideline.

        Bluebook 21st ed.
        Ann Vale, Orchard Rights and River Water, 9 N. L.J. 101 (2031).

        APA 7th ed.
        Vale, Ann. (2031). Orchard rights and river water. Northern Law Journal, 9(1), 101-140.

        -- Your use of this HeinOnline PDF indicates your acceptance of HeinOnline's Terms and
           Conditions of the license agreement.

        """

    @Test("a database's cover page (citations in several styles, terms of use) is furniture")
    func databaseCoverIsFurniture() throws {
        let essay = try Fixture.essay(Self.cover + "\u{0C}" + "                     ORCHARD RIGHTS AND RIVER WATER\n\n" + Self.galley)
        #expect(!essay.title.contains("DOWNLOADED") && !essay.title.contains("HeinOnline"))
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
        #expect(!body.contains("HeinOnline") && !body.contains("Bluebook") && !body.contains("APA 7th"))
        #expect(essay.footnotes.filter { $0.label != "*" }.count == 6)
    }

    @Test("a body with no marks keeps its indented numbered lines as text")
    func unmarkedListStaysText() throws {
        let essay = try Fixture.essay(Self.page(nil, ["     The steps are these:"], [
            "     1. Take the water in turn.",
            "     2. Close the gate at sunset.",
        ]) + Self.page("2031]" + String(repeating: " ", count: 20) + "ORCHARD RIGHTS" + String(repeating: " ", count: 20) + "103",
                       ["     The rest of the essay."], []))
        #expect(essay.footnotes.isEmpty)
    }

    @Test("a note's number set apart from its text by the page's gap (`12.      See ...`) opens the note")
    func wideGapAfterTheNumber() throws {
        let essay = try Fixture.essay(Self.page(nil, [
            "     Growers share the river's water by custom.1 The courts treat the custom",
            "as law.2",
        ], [
            "      1.      See Carl Moe, Water by Custom, 12 N. L.J. 101, 104 (2029).",
            "      2.      Doe v. Roe, 1 F.4th 2, 5 (9th Cir. 2030) (holding that the custom",
            "binds the growers).",
        ]) + Self.page("2031]" + String(repeating: " ", count: 20) + "ORCHARD RIGHTS" + String(repeating: " ", count: 20) + "103", [
            "     The custom is old.3",
        ], [
            "3.   Moe, supra note 1, at 105.",
        ]))
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text == "Doe v. Roe, 1 F.4th 2, 5 (9th Cir. 2030) (holding that the custom binds the growers).")
        #expect(essay.footnote("3")?.content.text == "Moe, supra note 1, at 105.")
    }
}
