@testable import EssayKit
import Testing

/// A journal platform's notes (a group of spans, each an empty `<span id="fn12">` before its
/// note, the byline's notes unnumbered before note 1) through pandoc and markitdown: invented text.
@Suite("Web notes: a platform's note group")
struct WebNoteGroupTests {
    static let gfm = """
        # Arms and the Statute

        Ann Writer<a href="#fn00" class="ref fn"><sup>*</sup></a>

        The statute was “plainly meant to reach
        dealers.”<a href="#fn1" id="xref_fn1" class="ref fn"><sup>1</sup></a>
        Congress said so
        twice.<a href="#fn2" id="xref_fn2" class="ref fn"><sup>2</sup></a>

        18 U.S.C. § 922 governs the transfer of firearms by licensed dealers,
        and its reach is
        wide.<a href="#fn3" id="xref_fn3" class="ref fn"><sup>3</sup></a>

        The Second Amendment frames the
        question.<a href="#fn4" id="xref_fn4" class="ref fn"><sup>4</sup></a>

        ## Notes

        <div class="fn-group">

        <span id="fn00" class="NLM_fn"></span>

        Professor of Law, Example University. Thanks to the editors.

        <span id="fn0" class="NLM_fn"></span>

        This essay was written for a symposium.

        <span id="fn1" class="NLM_fn"></span>

        [<sup>1</sup>](#xref_fn1) Roe v. Doe, 123 F.3d 456, 460 (9th Cir. 1999).

        <span id="fn2" class="NLM_fn"></span>

        [<sup>2</sup>](#xref_fn2) <i>Id.</i> at 461.

        <span id="fn3" class="NLM_fn"></span>

        [<sup>3</sup>](#xref_fn3) 18 U.S.C. § 922(a) (2018).

        <span id="fn4" class="NLM_fn"></span>

        [<sup>4</sup>](#xref_fn4) <span class="smallcaps">U.S. Const.</span>
        amend. II.

        </div>
        """

    @Test("through pandoc -t gfm: the byline's notes unnumbered, a body line opening with digits is text")
    func throughGFM() throws {
        let essay = try Fixture.essay(Self.gfm)
        #expect(essay.footnotes.map(\.label) == ["*", "\u{2020}", "1", "2", "3", "4"])
        #expect(essay.footnote("*")?.content.text == "Professor of Law, Example University. Thanks to the editors.")
        #expect(essay.footnote("1")?.content.text == "Roe v. Doe, 123 F.3d 456, 460 (9th Cir. 1999).")
        #expect(essay.footnote("2")?.content.text == "Id. at 461.")
        #expect(essay.footnote("4")?.content.text == "U.S. Const. amend. II.")
        #expect(essay.sections.flatMap(\.blocks).contains { $0.content.text.hasPrefix("18 U.S.C. § 922 governs") })
        let work = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("2")?.citations.first?.authorityID == work)
        #expect(essay.footnote("4")?.citations.first?.authorityID != nil)
    }

    /// A Word export whose byline's notes take the first anchors (`_ftn1`, `_ftn2`) while the
    /// marker `[1]` leads to `_ftn3`: the first two are author's notes, not notes 1 and 2.
    static let wordByline = """
        # Care and Custody

        Dependence invites abuse.<a href="#_ftn3" id="_ftnref3"><span>[1]</span></a> Courts
        saw it late.<a href="#_ftn4" id="_ftnref4"><span>[2]</span></a>

        <a href="#_ftnref1" id="_ftn1"><span>*</span>Professor of Law, Example
        University.</a>

        <a href="#_ftnref2" id="_ftn2"><span>**</span>Lecturer, Sample College.</a>

        <a href="#_ftnref3" id="_ftn3"></a>\\[1\\]*See* Pell v. Rowe, 71 F.2d 300, 304
        (2d Cir. 1934).

        <a href="#_ftnref4" id="_ftn4"></a>\\[2\\]*Id.* at 305.
        """

    @Test("a Word export: anchors numbered as markers that lead elsewhere are the byline's notes")
    func wordBylineNotes() throws {
        let essay = try Fixture.essay(Self.wordByline)
        #expect(essay.footnotes.map(\.label) == ["*", "\u{2020}", "1", "2"])
        #expect(essay.footnote("1")?.content.text.hasSuffix("Pell v. Rowe, 71 F.2d 300, 304 (2d Cir. 1934).") == true)
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"]])
    }

    static let pandocMarkdown = """
        # Arms and the Statute

        Ann Writer[^\\*^](#fn00){.ref .fn}

        The statute was "plainly meant to reach dealers."[^1^](#fn1){#xref_fn1
        .ref .fn} Congress said so twice.[^2^](#fn2){#xref_fn2 .ref .fn}

        18 U.S.C. § 922 governs the transfer of firearms by licensed dealers,
        and its reach is wide.[^3^](#fn3){#xref_fn3 .ref .fn}

        ## Notes

        ::: fn-group
        []{#fn00 .NLM_fn}

        Professor of Law, Example University. Thanks to the editors.

        []{#fn0 .NLM_fn}

        This essay was written for a symposium.

        []{#fn1 .NLM_fn}

        [^1^](#xref_fn1) Roe v. Doe, 123 F.3d 456, 460 (9th Cir. 1999).

        []{#fn2 .NLM_fn}

        [^2^](#xref_fn2) *Id.* at 461.

        []{#fn3 .NLM_fn}

        [^3^](#xref_fn3) 18 U.S.C. § 922(a) (2018).
        :::
        """

    @Test("through pandoc -t markdown: empty spans name the notes")
    func throughPandocMarkdown() throws {
        let essay = try Fixture.essay(Self.pandocMarkdown)
        #expect(essay.footnotes.map(\.label) == ["*", "\u{2020}", "1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "Roe v. Doe, 123 F.3d 456, 460 (9th Cir. 1999).")
        #expect(essay.footnote("3")?.content.text == "18 U.S.C. § 922(a) (2018).")
        #expect(essay.sections.flatMap(\.blocks).contains { $0.content.text.hasPrefix("18 U.S.C. § 922 governs") })
    }

    static let markItDown = """
        # Arms and the Statute

        The statute was “plainly meant to reach dealers.”[1](#fn1) Congress said so twice.[2](#fn2)

        18 U.S.C. § 922 governs the transfer of firearms by licensed dealers, and its reach is wide.[3](#fn3)

        ## Notes

        [1](#xref_fn1) Roe v. Doe, 123 F.3d 456, 460 (9th Cir. 1999).

        [2](#xref_fn2) *Id.* at 461.

        [3](#xref_fn3) 18 U.S.C. § 922(a) (2018).
        """

    @Test("through markitdown: marks and notes link each other, so a body line opening with digits is text")
    func throughMarkItDown() throws {
        let essay = try Fixture.essay(Self.markItDown)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "Roe v. Doe, 123 F.3d 456, 460 (9th Cir. 1999).")
        #expect(essay.sections.flatMap(\.blocks).contains { $0.content.text.hasPrefix("18 U.S.C. § 922 governs") })
    }
}
