@testable import EssayKit
import Testing

@Suite("Markdown notes labelled by marks beside numbered notes take no number")
struct MarkdownNoteMarkTests {
    @Test("an author's [^*] note defined after the byline leaves [^1] ... as numbered")
    func starNoteAfterByline() throws {
        let essay = try Fixture.essay("""
            # Still Water

            Ann Vale[^*]

            [^*]: Associate Professor of Law, Example University.

            ## Introduction

            Rivers move.[^1] Owners claim them.[^2] Courts decide.[^3]

            ## References

            [^1]: Tom Reed, *Flow*, 12 Yale L.J. 100, 104 (1990).
            [^2]: Sue Lake, *Banks*, 45 Harv. L. Rev. 200, 210 (1932).
            [^3]: Reed, *supra* note 1, at 106.
            """)
        #expect(essay.footnotes.map(\.label) == ["*", "1", "2", "3"])
        #expect(essay.footnotes.map(\.number) == [0, 1, 2, 3])
        #expect(essay.footnote("2")?.content.text.hasPrefix("Sue Lake") == true)
        #expect(essay.footnote("3")?.citations.first?.refersTo == "1")
    }

    @Test("marks and letters (`†`, `a`, `fn-star`) beside numbered notes are unnumbered, wherever they stand")
    func marksAnywhere() throws {
        let essay = try Fixture.essay("""
            # Still Water

            A first claim.[^1] A thanks.[^fn-star] A second claim.[^2] A letter.[^a] The dagger.[^†] More.[^3] Last.[^4]

            [^fn-star]: Thanks to the editors.
            [^1]: One note.
            [^a]: A lettered aside.
            [^2]: Two notes.
            [^†]: A dagger note.
            [^3]: Three notes.
            [^4]: Four notes.
            """)
        #expect(essay.footnotes.map(\.label).sorted() == ["1", "2", "3", "4", "a", "fn-star", "†"])
        #expect(essay.footnote("1")?.content.text == "One note.")
        #expect(essay.footnote("2")?.content.text == "Two notes.")
        #expect(essay.footnote("a")?.number == 0)
        #expect(essay.footnote("fn-star")?.number == 0)
        #expect(essay.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test("a Word draft by pandoc: the note marked `[^1]\\*` is the author's, and `[^2]` is note 1")
    func wordCustomMark() throws {
        let essay = try Fixture.essay("""
            # Still Water

            Ann Vale[^1]\\*

            Rivers move.[^2] Owners claim them.[^3]

            [^1]: \\* Associate Professor of Law.

            [^2]: Tom Reed, *Flow*, 12 Yale L.J. 100, 104 (1990).

            [^3]: Reed, *supra* note 1, at 106.
            """)
        #expect(essay.author == "Ann Vale")
        #expect(essay.authorNoteLabel == "*")
        #expect(essay.footnotes.map(\.label) == ["*", "1", "2"])
        #expect(essay.footnotes.map(\.number) == [0, 1, 2])
        #expect(essay.footnote("*")?.content.text == "Associate Professor of Law.")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"]])
        #expect(essay.footnote("2")?.citations.first?.refersTo == "1")
        #expect(essay.diagnostics.filter { $0.severity != .note }.isEmpty)
    }

    @Test("a `*` closing emphasis after a numbered marker is no mark, and numbers stay")
    func emphasisIsNoMark() throws {
        let essay = try Fixture.essay("""
            # Still Water

            *Rivers move.[^1]* Owners claim them.[^2]

            [^1]: One note.
            [^2]: Two notes.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "One note.")
    }

    @Test("a file of named notes and one mark still numbers its names in reading order")
    func namedNotesKeepReadingOrder() throws {
        let essay = try Fixture.essay("""
            # Still Water

            First.[^reed] Second.[^*]

            [^reed]: Reed, *Flow* (1990).
            [^*]: A starred aside.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
    }

    @Test("a bold byline's note (`**Ann Vale[^*]**`) is the author's, and notes referred to out of order keep their numbers")
    func boldBylineAndNotesOutOfOrder() throws {
        let essay = try Fixture.essay("""
            # Still Water

            **Ann Vale[^*]**

            [^*]: Thanks to the seminar.

            Boards must listen.[^1] Courts agree.[^2] Critics differ.[^4] More below.[^3]
            ## References
            [^1]: Tom Reed, *A Book on Rivers* § 3.2 (1971).
            [^2]: 7 U.S.C. § 210 (2018).
            [^3]: Sue Lake, *Banks*, 45 Harv. L. Rev. 200, 210 (1932).
            [^4]: Reed, *supra* note 1, at 14.
            """)
        #expect(essay.author == "Ann Vale")
        #expect(essay.authorNoteLabel == "*")
        #expect(essay.footnote("*")?.number == 0)
        #expect(essay.footnotes.filter { $0.number > 0 }.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("3")?.content.text.hasPrefix("Sue Lake") == true)
        #expect(essay.footnote("4")?.citations.first?.refersTo == "1")
    }

    @Test("an author list's `[^1]\\*` beside affiliations referred to again is no Word mark")
    func authorListStarsAreNoWordMarks() throws {
        let essay = try Fixture.essay("""
            # Still Water

            Ann Vale[^1]\\*, Bo Lind[^1]\\*, Cy Moss[^2]

            [^1]: Example University.
            [^2]: Example College.

            Rivers move.[^3]

            [^3]: One note.
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnotes.map(\.number) == [1, 2, 3])
    }
}
