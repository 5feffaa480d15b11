@testable import EssayKit
import Testing

/// Inline HTML a web page's conversion leaves in text: markers in their forms, styling tags,
/// character references, soft hyphens.
@Suite("Web markup in text: markers, tags, references, soft hyphens")
struct WebMarkupTests {
    func content(_ markdown: String) throws -> RichText {
        let essay = try Fixture.essay("# T\n\n\(markdown)\n")
        return try #require(essay.sections.first?.blocks.first?.content)
    }

    @Test("markers: an anchor to a note inside <sup>, with attributes, across a line break, around <sup> or a span")
    func markers() throws {
        let rich = try content("""
            One.<sup><a href="#fn:1" rel="footnote">1</a></sup> Two.<sup>
            <a href="#fn:2" rel="footnote">2</a></sup> Three.<sup id="fnref:3"><a href="#fn:3" class="footnote">3</a></sup>
            Four.<a href="#fn4" class="footnote-ref"
            id="fnref4"><sup>4</sup></a> Five.<a href="#_ftn5" id="_ftnref5"><span
            class="MsoFootnoteReference">[5]</span></a> Six.<a href="#endnote-6">6</a>
            """)
        #expect(rich.text == "One. Two. Three. Four. Five. Six.")
        #expect(rich.markers.map(\.label) == ["1", "2", "3", "4", "5", "6"])
    }

    @Test("a <sup> holding an anchor elsewhere is still kept as text with the warning")
    func supWithOtherAnchor() throws {
        let essay = try Fixture.essay("# T\n\nText.<sup><a href=\"https://example.org/\">site</a></sup>\n")
        #expect(essay.diagnostics.contains { $0.message.contains("not a footnote label") })
    }

    @Test("styling tags go, their text stays, small capitals as written; block tags part text")
    func stylingTags() throws {
        let rich = try content("""
            <span
            style="font-variant-caps: small-caps;">76 Va. L. Rev.</span> 1023; <b>bold</b>, <i>it</i>,
            <em>em</em>.</p><p>Next block.
            """)
        #expect(rich.text == "76 Va. L. Rev. 1023; bold, it, em. Next block.")
    }

    @Test("character references are decoded; unknown ones stay as written")
    func entities() throws {
        let rich = try content("Roe &amp; Doe, 5 U.S. 1, 3&ndash;4 (1800) &sect; 2 &#8220;quoted&#x201D; &bogus; & more")
        #expect(rich.text == "Roe & Doe, 5 U.S. 1, 3–4 (1800) § 2 “quoted” &bogus; & more")
    }

    @Test("a soft hyphen is no character of the text, written or as a reference; at a line's end the word goes on")
    func softHyphens() throws {
        let rich = try content("at 421\u{AD}–22 and 5&shy;6; a long fair\u{AD}\nness test.")
        #expect(rich.text == "at 421–22 and 56; a long fairness test.")
    }

    @Test("back-links in their forms leave nothing")
    func backLinks() throws {
        let rich = try content("""
            Text. [↩](#fnref:1 "return to article") More.<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a> End <a href="#fnref3">&#8617;</a>
            """)
        #expect(rich.text == "Text. More. End")
        #expect(rich.markers.isEmpty)
    }
}
