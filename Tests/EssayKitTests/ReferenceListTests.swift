import EssayKit
import Testing

/// A paper's trailing reference list (`References`, `Bibliography`, `Works Cited` ...) read as the
/// works it lists, never as body text or notes (invented papers of the shapes author-year writing
/// takes, in Markdown and as text from a PDF).
@Suite("Reference lists")
struct ReferenceListTests {
    static let markdown = """
        # Hiding Widgets

        The literature on hiding widgets is large.[^1] It has grown since.[^2]

        ## References

        Plum, Ada, and Ben Quince. 2010. “Borrowers Who Hide.” *Journal of Odd Studies* 12 (3): 3–40.

        Roe, Jan. 2012. *The Widget Problem.* Riverton: Valley Press.

        ———. 2014. “Widgets Again.” *Law Quarterly* 3: 1–9.

        Widget Council. n.d. “Annual Survey of Widgets.”

        [^1]: See Plum and Quince (2010, 45).

        [^2]: Roe 2014: 5.
        """

    @Test("each entry is a work of the table of authorities; none is body text")
    func entriesAreWorks() throws {
        let essay = try Fixture.essay(Self.markdown)
        let listed = essay.authorities.filter { ["Plum", "Roe", "Widget Council"].contains($0.authors.first ?? "") }
        #expect(listed.map(\.authors) == [["Plum", "Quince"], ["Roe"], ["Roe"], ["Widget Council"]])
        #expect(listed.map(\.title) == ["Borrowers Who Hide", "The Widget Problem", "Widgets Again", "Annual Survey of Widgets"])
        #expect(listed.map(\.year) == [2010, 2012, 2014, nil])
        let body = Fixture.sentences(essay).joined(separator: " ")
        #expect(!body.contains("Borrowers") && !body.contains("Valley Press"))
        #expect(!essay.sections.contains { $0.title == "References" })
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
    }

    @Test("text from a PDF: entries run over lines with their indent lost, a page's footer and a note between them")
    func pdfText() throws {
        let essay = try Fixture.essay("""
            # Hiding Widgets

            Borrowers hide widgets, as the literature says.1 Some do not.2
            1 Plum and Quince (2010) model it.
            2 Roe 2012, 7.

            References
            Plum, Ada, and Ben Quince. 2010. “Borrowers Who Hide: A Model of Widget Con-
            cealment.” Journal of Odd Studies 12 (3): 3–40.
            Roe, Jan. 2012. The Widget Problem. Riverton:
            Valley Press.
            Widget Council. 2013. “Annual Survey of Widgets.”
            """)
        let plum = try #require(essay.authorities.first { $0.authors.first == "Plum" })
        #expect(plum.title == "Borrowers Who Hide: A Model of Widget Concealment")
        #expect(plum.container == "Journal of Odd Studies")
        let roe = try #require(essay.authorities.first { $0.authors.first == "Roe" })
        #expect(roe.title == "The Widget Problem")
        #expect(essay.authorities.contains { $0.authors == ["Widget Council"] && $0.year == 2013 })
        #expect(!Fixture.sentences(essay).joined().contains("Valley Press"))
    }

    @Test("a numbered list: its numbers open entries and are no notes")
    func numbered() throws {
        let essay = try Fixture.essay("""
            # Hiding Widgets

            Borrowers hide widgets.[^1]

            [^1]: Plum 2010.

            ## Bibliography

            1. Plum, Ada. 2010. Borrowers Who Hide. Journal of Odd Studies 12: 3-40.
            2. Quince, Ben. 2011. Widgets and
            Credit. Review of Money 9: 1-22.
            """)
        #expect(essay.footnotes.map(\.label) == ["1"])
        #expect(essay.authorities.contains { $0.authors == ["Quince"] && $0.title == "Widgets and Credit" })
    }

    @Test("a heading `References` with no entries after it is an ordinary section")
    func headingWithoutEntries() throws {
        let essay = try Fixture.essay("""
            # Hiding Widgets

            ## References

            This part says how the paper refers to its sources, and why it does so.
            """)
        #expect(Fixture.sentences(essay) == ["This part says how the paper refers to its sources, and why it does so."])
    }
}
