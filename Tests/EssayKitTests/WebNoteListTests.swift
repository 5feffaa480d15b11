@testable import EssayKit
import Testing

/// A web page's notes as a Markdown list whose items name the notes' places
/// (`1.  <div id="fn:1">`), as pandoc writes kramdown's, markdown-it's and its own notes in GFM.
@Suite("Web notes: a list of notes whose items name their places")
struct WebNoteListTests {
    /// A law review's online edition (kramdown) converted by `pandoc -f html -t gfm`: invented text.
    static let lawReview = """
        # A Comment on Fair Notice

        The court weighed the rule's
        unfairness.<sup><a href="#fn:1" rel="footnote">1</a></sup> It then
        turned to the remedy.<sup>
        <a href="#fn:2" rel="footnote">2</a></sup> Later courts agreed.<sup><a href="#fn:3" rel="footnote">3</a></sup>

        <hr />

        <div class="footnotes">

        1.  <div id="fn:1">

            *See* Roe v. Doe, 123 F.3d 456, 460 (9th Cir. 1999); Jane Poe, *A Theory of Notice*, <span
            style="font-variant-caps: small-caps;">76 Va. L. Rev.</span> 1023, 1030–31 (1990). [↩](#fnref:1 "return to article")

            </div>

        2.  <div id="fn:2">

            *Id.* at 421\u{AD}–22.

            A second paragraph of the note. [↩](#fnref:2 "return to article")

            </div>

        3.  <div id="fn:3">

            *See* Poe, *supra* note 1, at 1031.
            <a href="#fnref:3" class="reversefootnote">↩︎</a>

            </div>

        </div>
        """

    @Test("a law review's kramdown notes through pandoc: markers, notes, back-links gone, inline HTML as text")
    func lawReviewEdition() throws {
        let essay = try Fixture.essay(Self.lawReview)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text
            == "See Roe v. Doe, 123 F.3d 456, 460 (9th Cir. 1999); Jane Poe, A Theory of Notice, 76 Va. L. Rev. 1023, 1030–31 (1990).")
        #expect(essay.footnote("2")?.content.text == "Id. at 421–22. A second paragraph of the note.")
        #expect(essay.footnote("3")?.content.text == "See Poe, supra note 1, at 1031.")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"], ["3"]])
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text)
            == ["The court weighed the rule's unfairness. It then turned to the remedy. Later courts agreed."])
        #expect(!essay.diagnostics.contains { $0.message.contains("not a footnote label") })
        #expect(!essay.diagnostics.contains { $0.message.contains("never marked") })
    }

    @Test("pandoc's own notes (a section of notes, anchors around <sup>, back-links) through pandoc again")
    func pandocSection() throws {
        let essay = try Fixture.essay("""
            # Notes on Notice

            Notice must be timely.<a href="#fn1" id="fnref1" class="footnote-ref"
            role="doc-noteref"><sup>1</sup></a> And it must be
            clear.<a href="#fn2" id="fnref2" class="footnote-ref"
            role="doc-noteref"><sup>2</sup></a>

            <div class="section footnotes footnotes-end-of-document"
            role="doc-endnotes">

            ------------------------------------------------------------------------

            1.  <div id="fn1">

                *See* Doe v. Roe, 12 U.S. 34
                (1820).<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a>

                </div>

            2.  <div id="fn2">

                *Id.* at
                36.<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a>

                </div>

            </div>
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "See Doe v. Roe, 12 U.S. 34 (1820).")
        #expect(essay.footnote("2")?.content.text == "Id. at 36.")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"]])
    }

    @Test("notes left as HTML: list items and paragraphs with a note's id, closing tags and back-links gone")
    func rawHTMLItems() throws {
        let essay = try Fixture.essay("""
            # A Page

            Markdown engines mark notes.<sup class="footnote-ref"><a href="#fn1" id="fnref1">[1]</a></sup> Again.<sup class="footnote-ref"><a href="#fn2" id="fnref2">[2]</a></sup>
            And a third.<sup id="fnref:3"><a href="#fn:3" class="footnote">3</a></sup>

            <section class="footnotes">
            <ol class="footnotes-list">
            <li id="fn1" class="footnote-item"><p><em>See</em> Doe v. Roe, 12 U.S. 34 (1820). <a href="#fnref1" class="footnote-backref">&#8617;</a></p>
            </li>
            <li id="fn2" class="footnote-item"><p><i>Id.</i> at 36 &amp; n.4.</p>
            <p>Its second paragraph.</p>
            </li>
            </ol>
            <p id="fn:3">Smith, <b>supra</b> note 1.</p>
            </section>
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "See Doe v. Roe, 12 U.S. 34 (1820).")
        #expect(essay.footnote("2")?.content.text == "Id. at 36 & n.4. Its second paragraph.")
        #expect(essay.footnote("3")?.content.text == "Smith, supra note 1.")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"], ["3"]])
        #expect(essay.sections.flatMap(\.blocks).count == 1)
    }

    @Test("a note's number printed in its own element before the text is its label, not its text")
    func printedNumberSpans() throws {
        let essay = try Fixture.essay("""
            # A Page

            Towns may zone for looks.<sup><a href="#fn1" class="footnote-link">1</a></sup> Courts agree.<sup><a href="#fn2" class="footnote-link">2</a></sup>

            <div id="fn1" class="footnote-summary">

            <span class="footnote-number">1</span> Penn Central Transp. Co. v. New York City, 438 U.S. 104 (1978).

            </div>

            <div id="fn2" class="footnote-summary"><span class="footnote-number">2</span> Ibid.</div>
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "Penn Central Transp. Co. v. New York City, 438 U.S. 104 (1978).")
        #expect(essay.footnote("2")?.content.text == "Ibid.")
    }

    @Test("notes that open with the same wrapped line keep it: a line running on is no running head")
    func sameWrappedOpening() throws {
        let essay = try Fixture.essay("""
            # A Page

            One.<sup><a href="#fn:1">1</a></sup> Two.<sup><a href="#fn:2">2</a></sup> Three.<sup><a href="#fn:3">3</a></sup> Four.<sup><a href="#fn:4">4</a></sup>

            <div class="footnotes">

            1.  <div id="fn:1">

                Ivo Sand, *Tide Tables* 80 (1990). <a href="#fnref:1" class="footnote-backref">↩︎</a>

                </div>

            2.  <div id="fn:2">

                Sand, *supra* note 1, at
                88-89. <a href="#fnref:2" class="footnote-backref" role="doc-backlink">↩︎</a>

                </div>

            3.  <div id="fn:3">

                Sand, *supra* note 1, at
                90. <a href="#fnref:3" class="footnote-backref" role="doc-backlink">↩︎</a>

                </div>

            4.  <div id="fn:4">

                Sand, *supra* note 1, at
                91. <a href="#fnref:4" class="footnote-backref" role="doc-backlink">↩︎</a>

                </div>

            </div>
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("2")?.content.text == "Sand, supra note 1, at 88-89.")
        #expect(essay.footnote("3")?.content.text == "Sand, supra note 1, at 90.")
    }

    @Test("an id that is a marker's or no note's does not start a note")
    func notNoteIDs() {
        #expect(HTMLTag.isNoteID(Array("fn:1".utf8)[...]))
        #expect(HTMLTag.isNoteID(Array("_ftn12".utf8)[...]))
        #expect(HTMLTag.isNoteID(Array("footnote-3".utf8)[...]))
        #expect(HTMLTag.isNoteID(Array("fn:smith".utf8)[...]))
        #expect(!HTMLTag.isNoteID(Array("fnref:1".utf8)[...]))
        #expect(!HTMLTag.isNoteID(Array("footnote-anchor-1".utf8)[...]))
        #expect(!HTMLTag.isNoteID(Array("notes".utf8)[...]))
        #expect(!HTMLTag.isNoteID(Array("en-us".utf8)[...]))
        #expect(LineRules.webNoteStart(Array("1.  <div id=\"section-2\">".utf8)[...]) == nil)
        #expect(LineRules.webNoteStart(Array("<a href=\"#fn1\">1</a> is a marker".utf8)[...]) == nil)
    }
}
