@testable import EssayKit
import Testing

/// Project Gutenberg's notes gathered page by page at the book's end: `[81]` page markers, `/1/`
/// calls, `81/1 text` notes under `FOOTNOTES`, as plain text, as pandoc's Markdown of the HTML
/// edition, and as MarkItDown's. Invented text of those shapes.
@Suite("Project Gutenberg: page-by-page notes")
struct GutenbergPageNoteTests {
    /// The notes of every fixture, label and text.
    static let notes = [
        ("1/1", "See Lecture VII."),
        ("1/2", "Y.B. 6 Ed. IV. 7, pl. 18."),
        ("2/1", "Austin, Jurisprudence (3d ed.), 440 et seq. A long note that wraps on to a second line."),
        ("2/2", "9 Allen, 557."),
        ("3/1", "Ibid."),
    ]

    static let plain = """
        The Project Gutenberg EBook of Lectures on Old Remedies, by A. Writer

        Transcriber's note: numbers in square brackets [245] refer to
        original page numbers; numbers in slashes (e.g. /1/) refer to original
        footnote numbers, gathered at the end; 2/1 refers to (original)
        page 2, footnote 1.


        LECTURE I.

        EARLY REMEDIES.

        The first remedy was self-help, as the older books show. /1/ The
        writ came later. /2/ It is plain [2] that the action on the case is
        a remedy for the public calling. /1/ On the other hand, the
        rules about insults, and so forth. /2/ The cause of action was
        the wrong done, [3] as the last page says. /1/


        FOOTNOTES

        1/1 See Lecture VII.

        1/2 Y.B. 6 Ed. IV. 7, pl. 18.

        2/1 Austin, Jurisprudence (3d ed.), 440 et seq. A long note
        that wraps on to a second line.

        2/2 9 Allen, 557.

        3/1 Ibid.


        *** END OF THE PROJECT GUTENBERG EBOOK LECTURES ***

        Section 1. General Terms of Use /1/ and such.
        """

    static let pandoc = """
        # LECTURE I.

        ## EARLY REMEDIES.

        The first remedy was self-help, as the older books show. /1/ The
        writ came later. /2/ It is plain <a href="#linknote-2" id="linknoteref-2">[2]</a> that the action on the case is
        a remedy for the public calling. /1/ On the other hand, the
        rules about insults, and so forth. /2/ The cause of action was
        the wrong done, [\\[3\\]](#linknote-3){#linknoteref-3} as the last page says. /1/

        ## FOOTNOTES

        <span id="linknote-1"></span>

        1 ([return](#linknoteref-1))

        1/1 See Lecture VII.

        1/2 Y.B. 6 Ed. IV. 7, pl. 18.

        <span id="linknote-2"></span>

        2 ([return](#linknoteref-2))

        2/1 Austin, Jurisprudence (3d ed.), 440 et seq. A long note
        that wraps on to a second line.

        2/2 9 Allen, 557.

        <span id="linknote-3"></span>3 ([return](#linknoteref-3))

        3/1 Ibid.
        """

    static let markItDown = """
        # LECTURE I.

        ## EARLY REMEDIES.

        The first remedy was self-help, as the older books show. /1/ The writ came later. /2/ It is plain [[2]](#linknote-2) that the action on the case is a remedy for the public calling. /1/ On the other hand, the rules about insults, and so forth. /2/ The cause of action was the wrong done, [[3]](#linknote-3) as the last page says. /1/

        ## FOOTNOTES

        1 ([return](#linknoteref-1))

        1/1 See Lecture VII.

        1/2 Y.B. 6 Ed. IV. 7, pl. 18.

        2 ([return](#linknoteref-2))

        2/1 Austin, Jurisprudence (3d ed.), 440 et seq. A long note that wraps on to a second line.

        2/2 9 Allen, 557.

        3 ([return](#linknoteref-3))

        3/1 Ibid.
        """

    @Test("each note keeps its page's label, each call is the note its page and number name, the page markers are no text", arguments: [
        ("plain", GutenbergPageNoteTests.plain), ("pandoc", GutenbergPageNoteTests.pandoc), ("MarkItDown", GutenbergPageNoteTests.markItDown),
    ])
    func pageNotes(form: String, text: String) throws {
        let essay = try Fixture.essay(text, path: form == "plain" ? "lectures.txt" : "lectures.md")
        #expect(essay.footnotes.map(\.label) == Self.notes.map { $0.0 }, "\(form)")
        #expect(essay.footnotes.map(\.content.text) == Self.notes.map { $0.1 }, "\(form)")
        #expect(essay.footnotes.map(\.number) == [1, 2, 3, 4, 5], "\(form)")
        let marked = essay.bodySentences.filter { !$0.sentence.footnotes.isEmpty }
        #expect(marked.map { $0.sentence.footnotes } == [["1/1"], ["1/2"], ["2/1"], ["2/2"], ["3/1"]], "\(form)")
        let body = essay.bodySentences.map { String($0.sentence.text) }.joined(separator: " ")
        #expect(!body.contains("[2]") && !body.contains("[3]") && !body.contains("/2/") && !body.contains("linknote"), "\(form): \(body)")
        // Only the preface's `(e.g. /1/)` and the licence's after the book's end are left.
        #expect(body.components(separatedBy: "/1/").count - 1 == (form == "plain" ? 2 : 0), "\(form): \(body)")
        #expect(!essay.sections.contains { ($0.title ?? "").contains("FOOTNOTES") }, "\(form)")
    }

    @Test("the preface's number in slashes closed by a parenthesis, and a book with no notes heading, are left as they are")
    func noCalls() {
        #expect(GutenbergPageNotes.read(Array("A call /1/ here.\n\nNo heading.\n\n1/1 A note.".utf8)) == nil)
        #expect(GutenbergPageNotes.read(Array("Only (e.g. /1/) here.\n\nFOOTNOTES\n\n1/1 A note.".utf8)) == nil)
        #expect(GutenbergPageNotes.isPageLabel("81/1"))
        #expect(!GutenbergPageNotes.isPageLabel("1/1/1"))
        #expect(!GutenbergPageNotes.isPageLabel("a/1"))
    }

    @Test("a call whose page prints no such note takes the next note with its number on a later page")
    func callOnAnotherPage() throws {
        let essay = try Fixture.essay("""
            Text before the first marker. /1/ Then [5] the page goes on. /1/ And [6] on. /2/

            FOOTNOTES

            4/1 First.

            5/1 Second.

            7/2 Third.
            """)
        let marked = essay.bodySentences.flatMap { $0.sentence.footnotes }
        #expect(marked == ["4/1", "5/1", "7/2"])
    }

    @Test("a stray space by the slash on the page of the note before keeps the page's run of notes; on another page it is no opener")
    func straySpaceBySlash() throws {
        let essay = try Fixture.essay("""
            The claim. /1/ Its second part. /2/ And [4] the next page. /1/ A last one [5] here. /1/

            FOOTNOTES

            3/1 First.

            3 /2 Second, with the stray space.

            4/1 Third.

            5 /1 Not an opener: the page before was 4.
            """)
        #expect(essay.footnotes.map(\.label) == ["3/1", "3/2", "4/1"])
        #expect(essay.footnotes.map(\.content.text).dropLast() == ["First.", "Second, with the stray space."])
        #expect(essay.bodySentences.flatMap { $0.sentence.footnotes } == ["3/1", "3/2", "4/1"])
    }

    @Test("notes gathered after each lecture end where the next lecture's text starts; a note's paragraph set in stays in it")
    func notesAfterEachLecture() throws {
        let essay = try Fixture.essay("""
            LECTURE I.

            The first lecture's claim. /1/ And [2] its second page. /1/

            FOOTNOTES

            1/1 First note.

            2/1 Second note, with a quotation:

                a passage set in.

            LECTURE II.

            The second lecture [3] makes its own claim. /1/

            FOOTNOTES

            3/1 Third note.
            """, path: "lectures.txt")
        #expect(essay.footnotes.map(\.label) == ["1/1", "2/1", "3/1"])
        #expect(essay.footnotes[1].content.text.contains("a passage set in"))
        #expect(essay.bodySentences.flatMap { $0.sentence.footnotes } == ["1/1", "2/1", "3/1"])
        #expect(essay.bodySentences.contains { $0.sentence.text.contains("makes its own claim") })
    }
}
