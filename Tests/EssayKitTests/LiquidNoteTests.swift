@testable import EssayKit
import Testing

/// A Jekyll site's notes as Liquid tags: `{% fn 3 %}` markers and `{% fnbody 3 %}` notes in a
/// `{% footnotes %}` block, and a Tufte theme's `{% sidenote %}`. Invented text of those shapes.
@Suite("Note syntaxes: Jekyll's Liquid tags")
struct LiquidNoteTests {
    static let numbered = """
        ---
        layout: post
        title: Fences and Neighbours
        ---

        Towns once left fences to custom.{% fn 1 %} Statutes came{% fn 2 %} later, and courts
        read them narrowly.{% fn 3 %}

        <hr />

        {% footnotes %}
           {% fnbody 1 %}
            <p>See Ruiz v. Hale, 400 U.S. 10, 12 (1970).</p>
           {% endfnbody %}
           {% fnbody 2 %}
            <p><em>Id.</em> at 14.</p>
           {% endfnbody %}
           {% fnbody 3 %}
        Fence Act, 7 U.S.C. § 210 (1990).
           {% endfnbody %}
        {% endfootnotes %}
        """

    @Test("numbered markers and notes are read as [^N] notes; no tag is text")
    func numberedTags() throws {
        let essay = try Fixture.essay(Self.numbered)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "See Ruiz v. Hale, 400 U.S. 10, 12 (1970).")
        #expect(essay.footnote("2")?.content.text == "Id. at 14.")
        #expect(essay.footnote("3")?.content.text == "Fence Act, 7 U.S.C. § 210 (1990).")
        #expect(Fixture.sentences(essay) == ["Towns once left fences to custom.", "Statutes came later, and courts read them narrowly."])
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2", "3"]])
        #expect(essay.footnote("2")?.citations.first?.form == .id)
        #expect(essay.sections.flatMap(\.blocks).count == 1)
        // Places hold: note 3 opens on the line of its tag.
        #expect(essay.footnote("3")?.range.start.line == 18)
    }

    @Test("notes numbered in order with no end tags run to the next note or the block's end")
    func automaticNumbering() throws {
        let essay = try Fixture.essay("""
            # Fences

            Towns once left fences to custom.{%fn%} Statutes came later.{% fn %}

            ---
            {% footnotes %}
            {% fnbody %}
            See Ruiz v. Hale, 400 U.S. 10, 12 (1970), a case read
            narrowly since.
            {%- fnbody -%}
              Fence Act, 7 U.S.C. § 210 (1990).
            {% endfootnotes %}
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "See Ruiz v. Hale, 400 U.S. 10, 12 (1970), a case read narrowly since.")
        #expect(essay.footnote("2")?.content.text == "Fence Act, 7 U.S.C. § 210 (1990).")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"]])
    }

    @Test("another plugin's markers and fn notes inside the block; a note set inline with fn and endfn")
    func otherPlugins() throws {
        let essay = try Fixture.essay("""
            # Fences

            Towns once left fences to custom.{% fn_ref 1 %} Statutes came later.{% footnote_ref 2 %}
            Courts read {% fn "them" %}Such as Fence Act, 7 U.S.C. § 210 (1990).{% endfn %} narrowly.

            {% footnotes %}
              {% fn %} See Ruiz v. Hale, 400 U.S. 10, 12 (1970).
              {% fn %} *Id.* at 14.
            {% endfootnotes%}
            """)
        #expect(essay.footnotes.map(\.content.text) == ["See Ruiz v. Hale, 400 U.S. 10, 12 (1970).", "Id. at 14.",
                                                        "Such as Fence Act, 7 U.S.C. § 210 (1990)."])
        #expect(Fixture.sentences(essay) == ["Towns once left fences to custom.", "Statutes came later.", "Courts read them narrowly."])
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"], ["3"]])
    }

    @Test("a site's other tags are no text; an accordion's title is a heading whose number opens no note")
    func otherTagsGo() throws {
        let essay = try Fixture.essay("""
            ---
            title: Ferry Access
            ---

            {% include notice.html kind='draft' %}
            Boards must post fares in plain language{% fn 1 %} and in braille.{% fn 2 %}  Boards remain liable.{% fn 3 %}

            {% details 4. Does the rule cover private ferries? expandable %}
            **Answer:**  Yes.{% fn 4 %}
            {% enddetails %}
            <hr>

            {% footnotes %}
            {% fnbody 1 %}
            46 U.S.C. &sect; 4102(b).
            {% endfnbody %}
            {% fnbody 2 %}
            *Id*. at 12; *see also* 33 C.F.R. &sect;&sect; 160.101-160.104.
            {% endfnbody %}
            {% fnbody 3 %}
             *See* <a href="https://example.gov/guide/">Harbor Board, Ferry Access Guide 4 (2014)</a>.
            {% endfnbody %}
            {% fnbody 4 %}
            46 U.S.C. &sect; 4103.
            {% endfnbody %}
            {% endfootnotes %}
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("1")?.content.text == "46 U.S.C. § 4102(b).")
        #expect(essay.footnote("3")?.content.text == "See Harbor Board, Ferry Access Guide 4 (2014).")
        #expect(Fixture.sentences(essay) == ["Boards must post fares in plain language and in braille.", "Boards remain liable.",
                                             "Answer: Yes."])
        #expect(essay.sections.map(\.displayTitle).contains("4. Does the rule cover private ferries?"))
        #expect(essay.footnote("4")?.citations.isEmpty == false)
    }

    @Test("a side note is a note where it stands, its id no text")
    func sideNotes() throws {
        let essay = try Fixture.essay("""
            # Fences

            Towns once left fences to custom.{% sidenote 'sn-1' 'See Ruiz v. Hale, 400 U.S. 10 (1970).' %} Statutes
            came later.{% marginnote mn-2 Fence Act, 7 U.S.C. § 210 (1990). %} Courts read them narrowly.
            """)
        #expect(essay.footnotes.map(\.content.text) == ["See Ruiz v. Hale, 400 U.S. 10 (1970).", "Fence Act, 7 U.S.C. § 210 (1990)."])
        #expect(Fixture.sentences(essay) == ["Towns once left fences to custom.", "Statutes came later.", "Courts read them narrowly."])
    }

    @Test("other Liquid tags, and a file without notes tags, are left as they are")
    func otherTagsLeft() throws {
        #expect(LiquidNotes.edits(Array("Text {% include figure.html %} and {% raw %}.".utf8)) == nil)
        #expect(NoteSyntaxRewrite.rewritten(Array("Plain text with 5% and {braces}.".utf8)) == nil)
        #expect(NoteSyntaxRewrite.syntaxes(in: Array("Plain [text] with {braces} and \\emph{x}.".utf8)).isEmpty)
    }

    @Test("a rewritten line keeps its length and its line end")
    func linesKeepPlaces() {
        let bytes = Array("a{% fn 12 %}b.\r\nnext".utf8)
        let edits = LiquidNotes.edits(bytes + Array("\n{% fnbody 12 %} x\n".utf8))
        let line = NoteSyntaxRewrite.apply(Array((edits ?? []).prefix(1)), to: bytes)
        #expect(line.count == bytes.count)
        #expect(String(decoding: line, as: UTF8.self) == "a[^12]b.      \r\nnext")
    }
}
