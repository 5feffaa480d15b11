@testable import EssayKit
import Testing

/// A web page's notes as `pandoc -t markdown` writes them: ids and classes kept as attribute
/// blocks (`{#_ftnref1}`), the page's `<div>`s as fenced divs (`::: {#fn1}`). Invented texts in
/// the shapes each generator's HTML takes through pandoc.
@Suite("Web notes in Pandoc's Markdown: attributes and fenced divs")
struct PandocWebNoteTests {
    /// The labels and texts of an essay's notes, `label: text`.
    private func notes(_ essay: Essay) -> [String] {
        essay.footnotes.map { "\($0.label): \($0.content.text)" }
    }

    private func body(_ essay: Essay) -> [String] {
        essay.sections.flatMap(\.blocks).map(\.content.text)
    }

    @Test("Word's filtered HTML: a fenced div per note, its label an anchor around nested spans")
    func wordFiltered() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            Rivers were held
            common.[[[\\[1\\]]{style="font-size:11.0pt"}]{.MsoFootnoteReference}](#_ftn1){#_ftnref1}
            Later courts agreed.[[[\\[2\\]]{.MsoFootnoteReference}]{lang="EN"}](#_ftn2){#_ftnref2}

            ::: {style="mso-element:footnote-list"}
            \\

            ------------------------------------------------------------------------

            ::: {#ftn1 style="mso-element:footnote"}
            [[[\\[1\\]]{style="font-size:10.0pt"}]{.MsoFootnoteReference}](#_ftnref1){#_ftn1}
            Pike v. Lowe, 31 U.S. 210, 214 (1832).
            :::

            ::: {#ftn2 style="mso-element:footnote"}
            [[[\\[2\\]]{style="font-size:10.0pt"}]{.MsoFootnoteReference}](#_ftnref2){#_ftn2}
            *Id.* at 216.
            :::
            :::
            """)
        #expect(notes(essay) == ["1: Pike v. Lowe, 31 U.S. 210, 214 (1832).", "2: Id. at 216."])
        #expect(body(essay) == ["Rivers were held common. Later courts agreed."])
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"]])
        let first = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("2")?.citations.first?.authorityID == first)
    }

    @Test("Word's HTML pasted into a page: anchors with ids after a rule; share buttons after the notes are no note's text")
    func wordAnchorsAndShareButtons() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            Rivers were held common.[\\[1\\]](#_ftn1){#_ftnref1} Later courts
            agreed.[\\[2\\]](#_ftn2){#_ftnref2}

            ------------------------------------------------------------------------

            [\\[1\\]](#_ftnref1){#_ftn1} Pike v. Lowe, 31 U.S. 210, 214 (1832).

            [\\[2\\]](#_ftnref2){#_ftn2} *Id.* at 216.

            ::: share-links
            [Post](https://example.com/share?a=1) [Mail](mailto:x@example.com)
            :::
            """)
        #expect(notes(essay) == ["1: Pike v. Lowe, 31 U.S. 210, 214 (1832).", "2: Id. at 216."])
        #expect(body(essay) == ["Rivers were held common. Later courts agreed."])
        let first = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("2")?.citations.first?.authorityID == first)
    }

    @Test("LibreOffice: superscript anchors with attributes, each note a div opening with its back-link")
    func libreOffice() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            Rivers were held common.[^1^](#sdfootnote1sym){#sdfootnote1anc
            .sdfootnoteanc} Later courts agreed.[^2^](#sdfootnote2sym){#sdfootnote2anc .sdfootnoteanc}

            ::: {#sdfootnote1}
            [1](#sdfootnote1anc){#sdfootnote1sym .sdfootnotesym}Pike v. Lowe, 31
            U.S. 210, 214 (1832).
            :::

            ::: {#sdfootnote2}
            [2](#sdfootnote2anc){#sdfootnote2sym .sdfootnotesym}*Id.* at 216.
            :::
            """)
        #expect(notes(essay) == ["1: Pike v. Lowe, 31 U.S. 210, 214 (1832).", "2: Id. at 216."])
        #expect(body(essay) == ["Rivers were held common. Later courts agreed."])
    }

    @Test("Google Docs: superscript anchors, notes in divs whose text is a classed span")
    func googleDocs() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            Rivers were held common.^[\\[1\\]](#ftnt1){#ftnt_ref1}^ Later courts
            agreed.^[\\[2\\]](#ftnt2){#ftnt_ref2}^

            ------------------------------------------------------------------------

            <div>

            [\\[1\\]](#ftnt_ref1){#ftnt1}[ Pike v. Lowe, 31 U.S. 210, 214
            (1832).]{.c4}

            </div>

            <div>

            [\\[2\\]](#ftnt_ref2){#ftnt2}[ ]{.c4}[*Id.*]{.c7}[ at 216.]{.c4}

            </div>
            """)
        #expect(notes(essay) == ["1: Pike v. Lowe, 31 U.S. 210, 214 (1832).", "2: Id. at 216."])
        #expect(body(essay) == ["Rivers were held common. Later courts agreed."])
    }

    @Test("kramdown and markdown-it through pandoc: list items opening a note's div, back-links with attributes")
    func listItemDivs() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            Rivers were held common.^[1](#fn:1){.footnote
            rel="footnote"}^ Later courts agreed.^[2](#fn:2){.footnote rel="footnote"}^

            ::: {.footnotes role="doc-endnotes"}
            1.  ::: {#fn:1}
                Pike v. Lowe, 31 U.S. 210, 214
                (1832). [↩](#fnref:1){.reversefootnote role="doc-backlink"}
                :::

            2.  ::: {#fn:2}
                Lena Moss, *Banks and Beds*, 12 Yale L.J. 100, 104 (1903).
                [↩︎](#fnref:2){.footnote-back role="doc-backlink"}
                :::
            :::
            """)
        #expect(notes(essay) == ["1: Pike v. Lowe, 31 U.S. 210, 214 (1832).", "2: Lena Moss, Banks and Beds, 12 Yale L.J. 100, 104 (1903)."])
        #expect(body(essay) == ["Rivers were held common. Later courts agreed."])
    }

    @Test("a site theme: classed superscript links, a div per note with a numbered span; a dialog after the notes is furniture")
    func themeDivsAndDialog() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            Rivers were held common.^[1](#fn1){#fnref1 .footnote-link}^ Later courts
            agreed.^[2](#fn2){#fnref2 .footnote-link}^ Scholars dissented.^[3](#fn3){#fnref3
            .footnote-link}^

            ::: notes-list
            ::: {#fn1 .footnote}
            [1]{.footnote-number} Lena Moss, *Banks and Beds*, 12 Yale L.J. 100, 104
            (1903).
            :::

            ::: {#fn2 .footnote}
            [2]{.footnote-number} *Id.* at 106.
            :::

            ::: {#fn3 .footnote}
            [3]{.footnote-number} Moss, *supra* note 1, at 108.
            :::
            :::

            ::: {#cite-dialog .modal}
            ::: modal-body
            Close

            Copy this citation
            :::
            :::

            ::: empty
            :::
            """)
        #expect(notes(essay) == ["1: Lena Moss, Banks and Beds, 12 Yale L.J. 100, 104 (1903).", "2: Id. at 106.",
                                 "3: Moss, supra note 1, at 108."])
        #expect(body(essay) == ["Rivers were held common. Later courts agreed. Scholars dissented."])
        let work = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("2")?.citations.first?.authorityID == work)
        #expect(essay.footnote("3")?.citations.first?.authorityID == work)
        // The note keeps its italics, its anchor syntax gone.
        let third = try #require(essay.footnote("3")?.content)
        #expect(third.spans.contains { $0.style == .emphasis && third.text.utf8.dropFirst($0.range.lowerBound).prefix($0.range.count).elementsEqual("supra".utf8) })
    }

    @Test("a newsletter's notes: the label's link with attributes over two lines, the text in a div after it")
    func labelAloneWithAttributes() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            Rivers were held common.[1](#footnote-1){#footnote-anchor-1 .footnote-anchor
            component-name="FootnoteAnchorToDOM" target="_self"} Later courts agreed.[2](#footnote-2){#footnote-anchor-2
            .footnote-anchor}

            ::: {.footnote component-name="FootnoteToDOM"}
            [1](#footnote-anchor-1){#footnote-1 .footnote-number
            contenteditable="false" target="_self"}

            ::: footnote-content
            Pike v. Lowe, 31 U.S. 210, 214 (1832).
            :::
            :::

            ::: {.footnote component-name="FootnoteToDOM"}
            [2](#footnote-anchor-2){#footnote-2 .footnote-number
            contenteditable="false" target="_self"}

            ::: footnote-content
            *Id.* at 216.
            :::
            :::

            ::: {.footnote component-name="FootnoteToDOM"}
            [3](#footnote-anchor-3){#footnote-3 .footnote-number
            contenteditable="false" target="_self"}

            ::: footnote-content
            *Id.* at 218.
            :::
            :::
            """)
        // The attributes' second line, the same in every note, is no running head.
        #expect(notes(essay) == ["1: Pike v. Lowe, 31 U.S. 210, 214 (1832).", "2: Id. at 216.", "3: Id. at 218."])
        #expect(body(essay) == ["Rivers were held common. Later courts agreed."])
    }

    @Test("notes under an Endnotes heading whose numbers pandoc escaped (`1\\.`)")
    func escapedNumbers() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            Rivers were held common.^[1](#endnote-1){#endnote-ref-1}^ Later courts
            agreed.<sup><a href="#endnote-2" id="endnote-ref-2">2</a></sup>

            ## Endnotes

            1\\. Pike v. Lowe, 31 U.S. 210, 214 (1832). [↩](#endnote-ref-1)

            2\\. *Id.* at 216.
            [↩](#endnote-ref-2)
            """)
        #expect(notes(essay) == ["1: Pike v. Lowe, 31 U.S. 210, 214 (1832).", "2: Id. at 216."])
    }

    @Test("a bracketed number with attributes that links nowhere is text, not a mark")
    func spanIsNoMark() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            The ranking put it at [3]{.rank} of ten, and []{#top}the [river]{.term} won.
            """)
        #expect(essay.footnotes.isEmpty)
        #expect(Fixture.marks(essay).isEmpty)
        #expect(body(essay) == ["The ranking put it at 3 of ten, and the river won."])
    }
}

/// A web page's notes as a converter that drops ids writes them (markitdown): the label's plain
/// link back to its marker, or an arrow back, is all that says a paragraph is a note.
@Suite("Web notes converted without ids: plain links back to the markers")
struct PlainLinkWebNoteTests {
    private func notes(_ essay: Essay) -> [String] {
        essay.footnotes.map { "\($0.label): \($0.content.text)" }
    }

    @Test("paragraphs opening with the label's link back to its marker, no rule before them")
    func labelLinksBack() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            Rivers were held common.[1](#sdfootnote1sym) Later courts agreed.[2](#sdfootnote2sym)

            [1](#sdfootnote1anc)Pike v. Lowe, 31 U.S. 210, 214 (1832).

            [2](#sdfootnote2anc)*Id.* at 216.
            """)
        #expect(notes(essay) == ["1: Pike v. Lowe, 31 U.S. 210, 214 (1832).", "2: Id. at 216."])
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["Rivers were held common. Later courts agreed."])
        let work = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("2")?.citations.first?.authorityID == work)
    }

    @Test("the label's link alone, the note's text in the paragraph after it")
    func labelAlone() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            Rivers were held common.[1](#footnote-1) Later courts agreed.[2](#footnote-2)

            [1](#footnote-anchor-1)

            Pike v. Lowe, 31 U.S. 210, 214 (1832).

            [2](#footnote-anchor-2)

            *Id.* at 216.
            """)
        #expect(notes(essay) == ["1: Pike v. Lowe, 31 U.S. 210, 214 (1832).", "2: Id. at 216."])
    }

    @Test("a list after the body whose items end with an arrow back to their markers")
    func listWithArrows() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            Rivers were held common.[1](#fn:1) Later courts agreed.[2](#fn:2)

            1. Pike v. Lowe, 31 U.S. 210, 214
               (1832). [↩](#fnref:1)
            2. *Id.* at 216. [↩](#fnref:2)
            """)
        #expect(notes(essay) == ["1: Pike v. Lowe, 31 U.S. 210, 214 (1832).", "2: Id. at 216."])
    }

    @Test("a list without arrows, and a link to a place on the page, are body text")
    func noArrowsNoNotes() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            See [the top](#top) and [part 2](#part-2).

            1. The first point holds.
            2. The second point holds too.
            """)
        #expect(essay.footnotes.isEmpty)
        #expect(essay.sections.flatMap(\.blocks).count == 2)
    }
}

/// Google Docs' notes as an HTML-keeping converter leaves them: the note's `<span id>` holds
/// the label's Markdown link back to its marker.
@Suite("Web notes: a note's element holding the label's link back")
struct SpanLabelWebNoteTests {
    @Test("the label's link inside the note's span is no marker of the note's own")
    func spanHoldsLabelLink() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            Rivers were held common.<sup>[[1]](#ftnt1)</sup> Later courts agreed.<sup>[[2]](#ftnt2)</sup>

            ------------------------------------------------------------------------

            <div>

            <span id="ftnt1">[[1]](#ftnt_ref1)</span>Pike v. Lowe, 31 U.S. 210, 214
            (1832).

            </div>

            <div>

            <span
            id="ftnt2">[[2]](#ftnt_ref2)</span>*Id.* at 216.

            </div>
            """)
        #expect(essay.footnotes.map { "\($0.label): \($0.content.text)" } == ["1: Pike v. Lowe, 31 U.S. 210, 214 (1832).", "2: Id. at 216."])
        #expect(essay.footnotes.allSatisfy { $0.content.markers.isEmpty })
        #expect(!essay.diagnostics.contains { $0.message.contains("marks itself") })
    }

    @Test("a block quote's lines are one run: a link, an HTML marker and an attribute block wrapped over `> ` prefixes read whole")
    func wrappedOverQuotedLines() throws {
        let essay = try Fixture.essay("""
            # Rivers and Rights

            The court said:

            > Force may be used "if, where feasible, some warning has been given." [412
            > U.S., at
            > 11-12](https://cases.example.org/case?id=5&q=412+U.S.+1#p11).
            >
            > All rivers are common<a href="#fn1" id="fnref1" class="footnote-ref"
            > role="doc-noteref"><sup>1</sup></a>, and some are [held in
            > trust]{.mark style="background-color:yellow;"} by the state[^2^](#fn2){#fnref2
            > .footnote-ref role="doc-noteref"}.

            <section id="footnotes" class="footnotes" role="doc-endnotes">
            <hr />
            <ol>
            <li id="fn1">Pike v. Lowe, 31 U.S. 210, 214 (1832).</li>
            <li id="fn2">Id. at 216.</li>
            </ol>
            </section>
            """)
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == [
            "The court said:",
            "Force may be used \"if, where feasible, some warning has been given.\" 412 U.S., at 11-12. All rivers are common, and some are held in trust by the state.",
        ])
        #expect(essay.footnotes.map { "\($0.label): \($0.content.text)" } == ["1: Pike v. Lowe, 31 U.S. 210, 214 (1832).", "2: Id. at 216."])
    }
}
