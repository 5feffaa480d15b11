@testable import EssayKit
import Testing

/// A web page's notes found by structure: an element that is no link and whose id a mark links
/// to holds that note, whatever the page calls it (a theme's `footnote-ref-1` for the note and
/// `footnote-1` for the mark; a plugin's `easy-footnote-bottom-1-77`). Invented text in the
/// shapes pandoc and markitdown give such pages.
@Suite("Web notes: the places the marks link to")
struct WebNoteTargetTests {
    /// A journal theme's drawer of notes through `pandoc -t markdown`: each list item a div with
    /// the id the mark links to, an inner div, a caret back to the mark, and a return link.
    static let themeMarkdown = """
        # Wells and Water Rights

        Early courts treated groundwater as the landowner's.^[1](#footnote-ref-1){.js-footnote-item
        aria-label="Footnote 1"}^ Later ones weighed reasonable use.^[2](#footnote-ref-2){.js-footnote-item aria-label="Footnote 2"}^
        The shift was slow.^[3](#footnote-ref-3){.js-footnote-item aria-label="Footnote 3"}^

        ::: {.container .drawer .footnotes-container}
        Footnotes [Hide ![](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)]{.drawer-toggle}

        1.  ::: {#footnote-ref-1}
            ::: drawer-item
            [\\^](#footnote-1){.drawer-anchor} Ames v. Birch, 55 N.E. 100, 104
            (Mass. 1899).

            [Return to citation \\^](#footnote-1){.drawer-return}
            :::
            :::

        2.  ::: {#footnote-ref-2}
            ::: drawer-item
            [\\^](#footnote-2){.drawer-anchor} *Id.* at 105.

            [Return to citation \\^](#footnote-2){.drawer-return}
            :::
            :::

        3.  ::: {#footnote-ref-3}
            ::: drawer-item
            [\\^](#footnote-3){.drawer-anchor} Carla Dunn, *Water Law*, 9 Stan.
            L. Rev. 200, 210 (1957); *Ames*, 55 N.E. at 106.

            [Return to citation \\^](#footnote-3){.drawer-return}
            :::
            :::
        :::
        """

    @Test("a theme's drawer through pandoc -t markdown: the mark's target is the note's div")
    func themeThroughPandocMarkdown() throws {
        let essay = try Fixture.essay(Self.themeMarkdown)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "Ames v. Birch, 55 N.E. 100, 104 (Mass. 1899).")
        #expect(essay.footnote("2")?.content.text == "Id. at 105.")
        #expect(essay.footnote("3")?.content.text == "Carla Dunn, Water Law, 9 Stan. L. Rev. 200, 210 (1957); Ames, 55 N.E. at 106.")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"], ["3"]])
        let work = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("2")?.citations.first?.authorityID == work)
        #expect(!essay.diagnostics.contains { $0.message.contains("never marked") })
        // The button that hides the notes is no text.
        #expect(essay.sections.flatMap(\.blocks).count == 1)
    }

    /// The drawer again, each return link wrapped after its words (`[Return to citation` /
    /// `\^](#footnote-1)`): the same opening line in every note is no running head.
    @Test("a return link wrapped over two lines in every note is no text and no running head")
    func wrappedReturnLinks() throws {
        let page = Self.themeMarkdown.replacingOccurrences(of: "[Return to citation \\^]", with: "[Return to citation\n    \\^]")
        #expect(page.contains("citation\n    \\^](#footnote-3)"))
        let essay = try Fixture.essay(page)
        #expect(essay.footnote("1")?.content.text == "Ames v. Birch, 55 N.E. 100, 104 (Mass. 1899).")
        #expect(essay.footnote("2")?.content.text == "Id. at 105.")
        #expect(essay.footnote("3")?.content.text == "Carla Dunn, Water Law, 9 Stan. L. Rev. 200, 210 (1957); Ames, 55 N.E. at 106.")
    }

    /// The same drawer through `pandoc -t gfm`: the divs stay HTML.
    static let themeGFM = """
        # Wells and Water Rights

        Early courts treated groundwater as the
        landowner's.<sup><a href="#footnote-ref-1" id="footnote-1" class="js-footnote-item"
        aria-label="Footnote 1">1</a></sup> Later ones weighed reasonable
        use.<sup><a href="#footnote-ref-2" id="footnote-2" class="js-footnote-item"
        aria-label="Footnote 2">2</a></sup>

        <div class="container drawer footnotes-container">

        Footnotes Hide
        ![](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)

        1.  <div id="footnote-ref-1">

            <div class="drawer-item">

            <a href="#footnote-1" class="drawer-anchor">^</a> Ames v. Birch, 55
            N.E. 100, 104 (Mass. 1899).

            <a href="#footnote-1" class="drawer-return">Return to citation ^</a>

            </div>

            </div>

        2.  <div id="footnote-ref-2">

            <div class="drawer-item">

            <a href="#footnote-2" class="drawer-anchor">^</a> *Id.* at 105.

            <a href="#footnote-2" class="drawer-return">Return to citation ^</a>

            </div>

            </div>

        </div>
        """

    @Test("the theme's drawer through pandoc -t gfm: the list item's div holds the note")
    func themeThroughPandocGFM() throws {
        let essay = try Fixture.essay(Self.themeGFM)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "Ames v. Birch, 55 N.E. 100, 104 (Mass. 1899).")
        #expect(essay.footnote("2")?.content.text == "Id. at 105.")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"]])
    }

    /// The drawer through markitdown, which drops ids: list items opening with a caret's link back.
    static let themeMarkItDown = """
        # Wells and Water Rights

        Early courts treated groundwater as the landowner's.[1](#footnote-ref-1) Later ones weighed reasonable use.[2](#footnote-ref-2)

        Footnotes Hide ![](data:image/svg+xml;base64...)

        1. [^](#footnote-1) Ames v. Birch, 55 N.E. 100, 104 (Mass. 1899).

           [Return to citation ^](#footnote-1)
        2. [^](#footnote-2) *Id.* at 105.

           [Return to citation ^](#footnote-2)
        """

    @Test("the theme's drawer through markitdown: items opening with a caret back are notes")
    func themeThroughMarkItDown() throws {
        let essay = try Fixture.essay(Self.themeMarkItDown)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "Ames v. Birch, 55 N.E. 100, 104 (Mass. 1899).")
        #expect(essay.footnote("2")?.content.text == "Id. at 105.")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"]])
    }

    /// A blog plugin's notes (ids `easy-footnote-bottom-N-POST`, no `Notes` heading) through pandoc.
    static let pluginGFM = """
        # Bail and Liberty

        The bail statute changed twice.<span id="easy-footnote-1-31"
        class="easy-footnote-margin-adjust"></span><span
        class="easy-footnote">[<sup>1</sup>](#easy-footnote-bottom-1-31 "Lane v. Moss, 88 F.4th 12, 19 (2d Cir. 2023).")</span>
        The second change stuck.<span id="easy-footnote-2-31"
        class="easy-footnote-margin-adjust"></span><span
        class="easy-footnote">[<sup>2</sup>](#easy-footnote-bottom-2-31 "Id. at 20.")</span>

        1.  <span id="easy-footnote-bottom-1-31"
            class="easy-footnote-margin-adjust"></span>Lane v. Moss, 88 F.4th 12,
            19 (2d Cir.
            2023).<a href="#easy-footnote-1-31" class="easy-footnote-to-top"></a>
        2.  <span id="easy-footnote-bottom-2-31"
            class="easy-footnote-margin-adjust"></span>*Id.* at
            20.<a href="#easy-footnote-2-31" class="easy-footnote-to-top"></a>
        """

    static let pluginMarkdown = """
        # Bail and Liberty

        The bail statute changed twice.[]{#easy-footnote-1-31
        .easy-footnote-margin-adjust}[[^1^](#easy-footnote-bottom-1-31 "Lane v. Moss, 88 F.4th 12, 19 (2d Cir. 2023).")]{.easy-footnote}
        The second change stuck.[]{#easy-footnote-2-31
        .easy-footnote-margin-adjust}[[^2^](#easy-footnote-bottom-2-31 "Id. at 20.")]{.easy-footnote}

        1.  []{#easy-footnote-bottom-1-31 .easy-footnote-margin-adjust}Lane v.
            Moss, 88 F.4th 12, 19 (2d Cir.
            2023).[](#easy-footnote-1-31){.easy-footnote-to-top}
        2.  []{#easy-footnote-bottom-2-31 .easy-footnote-margin-adjust}*Id.* at
            20.[](#easy-footnote-2-31){.easy-footnote-to-top}
        """

    @Test("a plugin's notes through pandoc, gfm and markdown: the span a mark links to opens the note",
          arguments: [pluginGFM, pluginMarkdown])
    func pluginNotes(_ page: String) throws {
        let essay = try Fixture.essay(page)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "Lane v. Moss, 88 F.4th 12, 19 (2d Cir. 2023).")
        #expect(essay.footnote("2")?.content.text == "Id. at 20.")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"]])
        let work = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("2")?.citations.first?.authorityID == work)
    }

    @Test("marks' targets: the label by fragment, and whether notes are tied to marks")
    func targets() {
        let page = Array("""
            Text.[\\[1\\]](#note-a) More.<a href="#note-b" class="x"><sup>2</sup></a> [top](#top)

            <div id="note-a">One.</div>
            """.utf8)
        let targets = WebNoteTargets.read(page)
        #expect(targets.label(of: Array("note-a".utf8)[...]) == "1")
        #expect(targets.label(of: Array("note-b".utf8)[...]) == "2")
        #expect(targets.label(of: Array("top".utf8)[...]) == nil)
        #expect(targets.linksNotes)
        #expect(!WebNoteTargets.read(Array("Text.[1](#note-a) and no note.".utf8)).linksNotes)
        #expect(targets.noteLabel(ofID: Array("fn00".utf8)[...]) == "*")
        #expect(targets.noteLabel(ofID: Array("fn12".utf8)[...]) == "12")
    }

    @Test("a button showing or hiding the notes is furniture; a sentence naming notes is not")
    func notesToggle() {
        #expect(LineRules.isNotesToggle(Array("Footnotes [Hide ![](data:image/svg+xml;base64,PHN2Zz4=)]{.toggle}".utf8)[...]))
        #expect(LineRules.isNotesToggle(Array("Footnotes Hide\n![](data:image/svg+xml;base64,PHN2Zz4=)".utf8)[...]))
        #expect(!LineRules.isNotesToggle(Array("Footnotes".utf8)[...]))
        #expect(!LineRules.isNotesToggle(Array("Notes show the court's reasoning.".utf8)[...]))
    }

    @Test("a link back that names its way (`Return to citation ^`) is no text; a link ending otherwise is")
    func returnLinks() {
        #expect(InlineParser.isReturnLink(Array("Return to citation \\^".utf8)[...]))
        #expect(InlineParser.isReturnLink(Array("Back to text ↩︎".utf8)[...]))
        #expect(!InlineParser.isReturnLink(Array("Part II".utf8)[...]))
        #expect(!InlineParser.isReturnLink(Array("↩".utf8)[...]))
    }
}
