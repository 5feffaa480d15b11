@testable import EssayKit
import Testing

@Suite("YAML front matter and Markdown headings")
struct FrontMatterTests {
    @Test func titleAuthorsDoiAndTheAuthorsNote() throws {
        let essay = try Fixture.essay("""
            ---
            title: "Platform Power: A Study"
            subtitle: Speech and the State
            author:
              - name: Jane Roe
                affiliation: Somewhere
              - name: Rui Sá
            author_note: Professor of Law. Thanks to all.
            doi: 10.1234/abc.5
            tags: [law, speech]
            ...

            # Introduction {#intro}

            Platforms govern speech.[^1]

            [^1]: A note.
            """)
        #expect(essay.title == "Platform Power: A Study Speech and the State")
        #expect(essay.titleRange?.start == SourcePosition(line: 2, column: 1))
        #expect(essay.author == "Jane Roe and Rui Sá")
        #expect(essay.doi == "10.1234/abc.5")
        #expect(essay.authorNoteLabel == "*")
        #expect(essay.footnotes.map(\.label) == ["*", "1"])
        #expect(essay.footnote("*")?.content.text == "Professor of Law. Thanks to all.")
        #expect(essay.footnote("*")?.number == 0)
        #expect(essay.sections.map(\.displayTitle) == ["Introduction"])
        #expect(essay.diagnostics.filter { $0.severity != .note }.isEmpty)
    }

    @Test("authors as one name, a flow list or a block list of names")
    func authorForms() throws {
        func author(_ line: String) throws -> String? {
            try Fixture.essay("---\ntitle: T\n\(line)\n---\n\nText.\n").author
        }
        #expect(try author("author: Jane Roe") == "Jane Roe")
        #expect(try author("author: [Jane Roe, \"John Q. Public\", Ann Li]") == "Jane Roe, John Q. Public and Ann Li")
        #expect(try author("authors:\n  - Jane Roe\n  - John Roe") == "Jane Roe and John Roe")
    }

    @Test func aFoldedTitle() throws {
        let essay = try Fixture.essay("---\ntitle: >\n  A Long Title\n  Folded Over Lines\n---\n\nText.\n")
        #expect(essay.title == "A Long Title Folded Over Lines")
    }

    @Test("a page break opening a converted essay is no front matter")
    func aPageBreakIsNoFrontMatter() throws {
        let essay = try Fixture.essay("---\n\nDOI: <https://doi.org/10.1/x>\n\nCopyright © 2019 Someone\n\n1. A note.\n\n---\n\n# Title\n\nText.<sup>1</sup>\n")
        #expect(essay.doi == "https://doi.org/10.1/x")
        #expect(essay.footnotes.map(\.label) == ["1"])
    }

    @Test("under front matter, # headings are the top level and attributes and closing marks go")
    func headingLevelsUnderFrontMatter() throws {
        let essay = try Fixture.essay("""
            ---
            title: T
            ---

            # Introduction {#intro .unnumbered}

            Text.

            ## Background ##

            Text.

            ### Detail {-}

            Text.
            """)
        #expect(essay.sections.map(\.displayTitle) == ["Introduction", "Background", "Detail"])
        #expect(essay.sections.map(\.level) == [1, 2, 3])
    }

    @Test("a Notes heading is no section: what follows it are the notes")
    func notesHeadingOpensTheNotes() throws {
        let essay = try Fixture.essay("""
            # T

            One.[^1] Two.[^2]

            ## Notes

            [^1]: First.
            [^2]: Second.
            """)
        #expect(essay.sections.map(\.displayTitle) == ["Introduction"])
        #expect(essay.footnotes.map(\.content.text) == ["First.", "Second."])
    }
}
