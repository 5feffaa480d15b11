import EssayKit
import Testing

@Suite("What a page break cuts in a note is joined: emphasis, hyphenated words, a note's next paragraph")
struct PageBreakJoinTests {
    /// A page's notes quoted, as pymupdf4llm lays them out, with the page's furniture between the
    /// halves of the notes that run over.
    static let essay = """
        # A Test Opinion

        The first claim.<sup>1</sup> The body

        ——————

        > 1 See _Smith_ v. _Board of Educ. of_

        Cite as: 999 U. S. ____ (2030)

        2

        Opinion of the Court

        goes on.<sup>2</sup> It is

        ——————

        _Albany_ , 100 U. S. 200, 210 (1880).

        > 2 Compare _Doe_ v. _Rich-_

        ### 3 SMITH _v._ JONES

        ### Opinion of the Court

        said again.<sup>3</sup> And

        ——————

        _ardson_ , 101 U. S. 300, 301 (1881).

        > 3 See _Roe_ v. _Lane_ , 12 U. S. 34, 36 (1901).

        For cases stating the other rule, see _Poe_ v. _Moe_ , 5 Mass.

        Cite as: 999 U. S. ____ (2030)

        4

        Opinion of the Court

        the end.<sup>4</sup>

        ——————

        20, 22 (1850).

        > 4 Fourth note.
        """

    @Test("emphasis cut by a page break is one span, and so one case name")
    func emphasisAcrossAPageBreak() throws {
        let essay = try Fixture.essay(Self.essay)
        let note = try #require(essay.footnote("1"))
        #expect(note.content.text == "See Smith v. Board of Educ. of Albany , 100 U. S. 200, 210 (1880).")
        let bytes = Array(note.content.text.utf8)
        let emphasised = note.content.spans.filter { $0.style == .emphasis }.map { String(decoding: bytes[$0.range], as: UTF8.self) }
        #expect(emphasised == ["Smith", "Board of Educ. of Albany"])
        #expect(note.citations.first?.authorityID.flatMap { essay.authority($0)?.title } == "Smith v. Board of Educ. of Albany")
    }

    @Test("a word hyphenated inside emphasis across a page break is one word")
    func hyphenInsideEmphasis() throws {
        let essay = try Fixture.essay(Self.essay)
        let note = try #require(essay.footnote("2"))
        #expect(note.content.text == "Compare Doe v. Richardson , 101 U. S. 300, 301 (1881).")
        #expect(note.citations.first?.authorityID.flatMap { essay.authority($0)?.title } == "Doe v. Richardson")
    }

    @Test("a note's second paragraph at the page's foot stays in the note, and its tail after the page break joins it")
    func secondParagraphAtThePageFoot() throws {
        let essay = try Fixture.essay(Self.essay)
        #expect(essay.footnote("3")?.content.text
            == "See Roe v. Lane , 12 U. S. 34, 36 (1901). For cases stating the other rule, see Poe v. Moe , 5 Mass. 20, 22 (1850).")
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text)
            == ["The first claim. The body goes on. It is said again. And the end."])
    }
}
