@testable import EssayKit
import Testing

/// Word's filtered HTML through `pandoc -t markdown` when the author typed a star note by hand:
/// the star note and note 1 share the first note's div. Invented texts of that shape.
@Suite("Word HTML: the author's star note and note 1 in one div")
struct SharedAuthorNoteTests {
    private func notes(_ essay: Essay) -> [String] {
        essay.footnotes.map { "\($0.label): \($0.content.text)" }
    }

    private func page(secondMarker: String) -> String {
        """
        # The Harbor Trust Problem

        Ivo Sand\\*

        The trust was never meant for ferries.[[\\[1\\]]{.MsoFootnoteReference}](#_ftn1){#_ftnref1} The agency
        disagreed.[[\\[2\\]]{.MsoFootnoteReference}](#_ftn2){#_ftnref2}

        ------------------------------------------------------------------------

        ::: {#ftn1}
        [](#_ftnref1){#_ftn1}\\* Ivo Sand is an associate at Pell & Orr LLP in
        Burlington. He thanks Ada Quill.

        \(secondMarker)
        Vt. Code Ann. tit. 9, § 4-1101(e) (West).
        :::

        ::: {#ftn2}
        [[[\\[2\\]]{.MsoFootnoteReference}]{.MsoFootnoteReference}](#_ftnref2){#_ftn2}
        *Id*.
        :::
        """
    }

    @Test("A second marker with no link, wrapped over two lines, opens note 1; the text before it is the author's note")
    func unlinkedWrappedMarker() throws {
        let essay = try Fixture.essay(page(secondMarker: """
            [[[\\[1\\]]{style="font-size:8.5pt;
            font-family:\\"Times New Roman\\",serif"}]{.MsoFootnoteReference}]{.MsoFootnoteReference}
            """))
        #expect(notes(essay) == ["*: Ivo Sand is an associate at Pell & Orr LLP in Burlington. He thanks Ada Quill.",
                                 "1: Vt. Code Ann. tit. 9, § 4-1101(e) (West).", "2: Id."])
        #expect(essay.authorNoteLabel == "*")
        let statute = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("2")?.citations.first?.authorityID == statute)
        #expect(!essay.diagnostics.contains { $0.message.contains("defined twice") })
    }

    @Test("A second marker linked back to its place opens note 1 too")
    func linkedMarker() throws {
        let essay = try Fixture.essay(page(secondMarker: "[[[\\[1\\]]{.MsoFootnoteReference}]{.MsoFootnoteReference}](#_ftnref1)"))
        #expect(notes(essay).prefix(2) == ["*: Ivo Sand is an associate at Pell & Orr LLP in Burlington. He thanks Ada Quill.",
                                           "1: Vt. Code Ann. tit. 9, § 4-1101(e) (West)."])
    }

    @Test("A note opening with emphasis keeps its label when its number is printed again")
    func emphasisIsNoStar() throws {
        let essay = try Fixture.essay("""
            # Rivers

            Rivers were held common.[\\[1\\]](#_ftn1){#_ftnref1}

            ------------------------------------------------------------------------

            ::: {#ftn1}
            [\\[1\\]](#_ftnref1){#_ftn1} *Pike v. Lowe*, 31 U.S. 210, 214 (1832).
            :::
            """)
        #expect(notes(essay) == ["1: Pike v. Lowe, 31 U.S. 210, 214 (1832)."])
    }
}
