@testable import EssayKit
import Testing

@Suite("Web editions: notes as links to a list of notes")
struct WebEditionTests {
    @Test func linkedMarkersAndAListOfNotes() throws {
        let essay = try Fixture.essay("""
            # The Class Action Today

            Courts certify classes.[1](#fn1) They also decertify them.[\\[2\\]](#_ftn2)
            Some do both.<sup>[3](https://journal.org/article#fn3)</sup>

            ## I. Background

            A second part.^[4](#fn4)^

            ## Endnotes

            1. *Wal-Mart Stores, Inc. v. Dukes*, 564 U.S. 338 (2011). [↩](#fnref1)

            [\\[2\\]](#_ftnref2) *Id.* at 350.

            3.  A note in a list,
                its second line indented.

                Its second paragraph, indented too.

            4. The last note.

            About the author: nothing to see here.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("1")?.content.text == "Wal-Mart Stores, Inc. v. Dukes, 564 U.S. 338 (2011).")
        #expect(essay.footnote("2")?.content.text == "Id. at 350.")
        #expect(essay.footnote("3")?.content.text == "A note in a list, its second line indented. Its second paragraph, indented too.")
        #expect(essay.footnote("4")?.content.text == "The last note.")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"], ["3"], ["4"], []])
        #expect(essay.sections.map(\.displayTitle) == ["Introduction", "I. Background"])
        let body = essay.sections.flatMap(\.blocks).map(\.content.text)
        #expect(body.first == "Courts certify classes. They also decertify them. Some do both.")
        #expect(body.last == "About the author: nothing to see here.")
        #expect(essay.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test("notes as table rows hold each note on its row: an indented notice after the table is no part of the last note")
    func noticeAfterTableRowNotes() throws {
        let essay = try Fixture.essay("""
            # A Report

            The text of the report.

            # Footnotes

            | 1. | See the first source, p. 4. 
            | 2. | Id., p. 5. 


                                          Notice:  
             This report was prepared by a research office and is no part of any note.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("2")?.content.text == "Id., p. 5.")
    }

    @Test("a link whose text is a number but which leads off the page is a link")
    func ordinaryLinksStay() throws {
        let essay = try Fixture.essay("# T\n\nSee [2019](https://example.org/report) for the figures.\n")
        let block = try #require(essay.sections.first?.blocks.first)
        #expect(block.content.text == "See 2019 for the figures.")
        #expect(block.content.markers.isEmpty)
    }

    @Test("a web edition whose conversion dropped every marker: one warning names the notes' line, their count and the fix")
    func everyMarkerDropped() throws {
        let essay = try Fixture.essay("""
            # A Report

            Agencies regulate the market. Courts have weighed in.

            # Footnotes

            | 1. | First source, p. 3. |
            | 2. | Second source, p. 4. |
            | 3. | Third source. |
            """, path: "web.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        let warnings = essay.diagnostics.filter { $0.message.contains("marked in the text") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.range.start == SourcePosition(line: 7, column: 1))
        #expect(warnings.first?.message.hasPrefix("none of the 3 footnotes (listed from here) is marked in the text") == true)
        #expect(warnings.first?.message.contains("the conversion dropped the note markers") == true)
    }

    @Test("when some notes are marked and others not, each unmarked one is named")
    func someMarkersDropped() throws {
        let essay = try Fixture.essay("""
            # A Report

            Agencies regulate the market.[1](#fn1) Courts have weighed in.

            # Footnotes

            | 1. | First source, p. 3. |
            | 2. | Second source, p. 4. |
            | 3. | Third source. |
            """)
        #expect(essay.diagnostics.filter { $0.message.contains("marked in the text") }.map(\.message)
            == ["footnote 2 is never marked in the text", "footnote 3 is never marked in the text"])
    }
}
