import EssayKit
import Testing

/// A name and a year inside a full citation legit read (a title's last words before its year, a
/// book's publisher before the year) are that work's, not an author-year citation of the
/// reference list (invented papers).
@Suite("Author-year words inside a full citation")
struct AuthorYearInFullCitationTests {
    private static let references = [
        "Plum, Ada. 2019. Harbours and Their Keepers. Riverton: Port Press.",
        "Vale, Tom, and Una Wren. 2020. “Widgets at Sea.” Journal of Widgets 3 (2): 40–60.",
    ]

    private func work(_ essay: Essay, _ label: String) -> Authority? {
        essay.footnote(label)?.citations.first?.authorityID.flatMap { essay.authority($0) }
    }

    @Test("a Chicago book's `(Place: Publisher, Year)` and a report's title before `(Year)` keep their full citations")
    func fullCitationsStand() throws {
        let essay = try Fixture.essay(AuthorYearCitationTests.paper([
            "Mara Lune, The Quiet Harbour: How Ports Shape Cities (Cambridge, MA: Harbour University Press, 2011), 88–90.",
            "Widget Council, Widget Regulation in Practice: A Comparative Review (2018), 41.",
        ], references: Self.references))
        let book = try #require(work(essay, "1"))
        #expect(book.title == "The Quiet Harbour: How Ports Shape Cities")
        #expect(essay.footnote("1")?.citations.count == 1)
        #expect(essay.footnote("1")?.citations.first?.pinpoint?.text == "88–90")
        let report = try #require(work(essay, "2"))
        #expect(report.title.contains("Widget Regulation in Practice"))
        #expect(essay.footnote("2")?.citations.first?.pinpoint?.text == "41")
        #expect(!essay.diagnostics.contains { $0.message.contains("Harbour University Press 2011") || $0.message.contains("Comparative Review 2018") })
    }

    @Test("a note that opens with the names is still the list's entry, with the page after the year's bracket")
    func authorYearNotes() throws {
        let essay = try Fixture.essay(AuthorYearCitationTests.paper([
            "See Plum (2019), p. 12.",
            "Vale and Wren 2020, 45.",
        ], references: Self.references))
        #expect(work(essay, "1")?.authors.first == "Plum")
        #expect(essay.footnote("1")?.citations.first?.pinpoint?.text == "12")
        #expect(work(essay, "2")?.authors.first == "Vale")
        #expect(essay.footnote("2")?.citations.first?.pinpoint?.text == "45")
    }
}
