@testable import EssayKit
import Testing

@Suite("Markdown footnotes: [^label] markers and [^label]: definitions")
struct MarkdownNoteTests {
    static let essay = """
        # Platforms and Power

        Jane Roe

        Platforms govern speech.[^1] They do so at scale,[^2] and without review.[^3]

        ## I. The Problem

        States answer.[^4]

        [^1]: Jane Doe, *A Book* 12 (2019).

        [^2]: *Id.* at 14.

            A second paragraph of the second note, indented.

            And a third.

        [^3]: Richard Roe, *Speech*, 99 YALE L.J. 1, 5 (2020).
        [^4]: *Id.* at 7,
        continued lazily on the next line.
        """

    @Test func definitionsBecomeFootnotesWithTheirLabels() throws {
        let essay = try Fixture.essay(Self.essay)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnotes.map(\.number) == [1, 2, 3, 4])
        #expect(essay.footnote("1")?.content.text == "Jane Doe, A Book 12 (2019).")
        #expect(essay.footnote("4")?.content.text == "Id. at 7, continued lazily on the next line.")
        #expect(essay.diagnostics.filter { $0.severity != .note }.isEmpty)
    }

    @Test func indentedParagraphsContinueTheirNote() throws {
        let essay = try Fixture.essay(Self.essay)
        #expect(essay.footnote("2")?.content.text
            == "Id. at 14. A second paragraph of the second note, indented. And a third.")
        // No definition and no continuation is body text.
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ")
        #expect(!body.contains("Jane Doe"))
        #expect(!body.contains("second paragraph"))
        #expect(essay.sections.map(\.displayTitle) == ["Introduction", "I. The Problem"])
    }

    @Test func markersSitInSentencesAndCitationsResolve() throws {
        let essay = try Fixture.essay(Self.essay)
        #expect(Fixture.sentences(essay) == [
            "Platforms govern speech.", "They do so at scale, and without review.", "States answer.",
        ])
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2", "3"], ["4"]])
        #expect(essay.footnote("1")?.citedBy.count == 1)
        let id = try #require(essay.footnote("2")?.citations.first)
        #expect(id.form == .id)
        #expect(id.authorityID == essay.footnote("1")?.citations.first?.authorityID)
        #expect(id.pinpoint?.text == "14")
    }

    @Test("notes named by words are numbered in the order the text refers to them")
    func namedLabelsAreNumberedByReference() throws {
        let essay = try Fixture.essay("""
            # T

            First.[^smith] Second.[^jones] Third.[^smith-2]

            [^jones]: Jones, *B* (2001).
            [^smith]: Smith, *A* (2000).
            [^smith-2]: *Id.*
            [^unused]: Never referred to.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "unused"])
        #expect(essay.footnote("1")?.content.text == "Smith, A (2000).")
        #expect(essay.footnote("2")?.content.text == "Jones, B (2001).")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"], ["3"]])
        // `*Id.*` in the third note follows the second note's work, as a reader numbers them.
        #expect(essay.footnote("3")?.citations.first?.refersTo == "2")
        let unmarked = essay.diagnostics.filter { $0.message.contains("never marked") }
        #expect(unmarked.map(\.message) == ["footnote unused is never marked in the text"])
        #expect(unmarked.first?.range.start == SourcePosition(line: 8, column: 1))
    }

    @Test("legit check finds undefined, unused and duplicate notes at their line and column")
    func problemsAreReportedWhereTheyAre() throws {
        let essay = try Fixture.essay("""
            # T

            One.[^1] Two.[^2] Three.[^9]

            [^1]: A note.
            [^2]: Another.
            [^2]: Again.
            [^3]: Not marked.
            """)
        let found = essay.diagnostics.filter { $0.severity != .note }.map { "\($0.range.start) \($0.severity) \($0.message)" }
        #expect(found == [
            "3:25 error footnote 9 is marked here but never defined; add a definition \"[^9]: ...\" (or an inline note ^[...])",
            "7:1 error footnote 2 is defined twice (first at line 6); renumber or remove one",
            "8:1 warning footnote 3 is never marked in the text",
        ])
        #expect(essay.footnote("2")?.content.text == "Another.")
    }

    @Test("a byline's closing marker names the author's note")
    func bylineNote() throws {
        let essay = try Fixture.essay("# T\n\nJane Roe[^bio]\n\nText.[^1]\n\n[^bio]: Professor.\n[^1]: A note.\n")
        #expect(essay.author == "Jane Roe")
        #expect(essay.authorNoteLabel == "bio")
        #expect(essay.footnote("bio")?.number == 0)
        #expect(essay.footnote("1")?.number == 1)
        #expect(essay.diagnostics.filter { $0.severity != .note }.isEmpty)
    }

    @Test func aDefinitionAmongBodyParagraphsLeavesThemBody() throws {
        let essay = try Fixture.essay("""
            # T

            One.[^1]

            [^1]: The note.

            Two, a body paragraph after the definition.

                An indented code block is no continuation after body text.
            """)
        #expect(essay.footnote("1")?.content.text == "The note.")
        #expect(essay.sections.flatMap(\.blocks).count == 3)
    }

    @Test("a generated label longer than a hundred bytes is a note's label, numbered where it is first marked")
    func longGeneratedLabels() throws {
        let long = "AUTO" + String(repeating: "RiverTrustvHarborBoard1990", count: 5) + "END"
        let essay = try Fixture.essay("""
            # Tides

            The first rule.[^short] The second rule.[^\(long)] The third.[^last]

            [^short]: Jane Doe, A Book 12 (2019).

            [^last]: Id. at 14.

            [^\(long)]: River Trust v Harbor Board [1990] FCA 477
            """)
        #expect(long.utf8.count > 100)
        #expect(essay.footnotes.map(\.label).sorted() == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text == "River Trust v Harbor Board [1990] FCA 477")
        #expect(essay.footnote("3")?.content.text == "Id. at 14.")
    }
}
