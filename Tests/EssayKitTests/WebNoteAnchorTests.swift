@testable import EssayKit
import Testing

/// A web page's notes that open with an anchor leading back to their markers, as Word
/// (`<a href="#_ftnref1" name="_ftn1">[1]</a>`) and blog engines write them.
@Suite("Web notes: notes opening with an anchor back to their markers")
struct WebNoteAnchorTests {
    @Test("Word's endnotes through pandoc: each in a div, opening with its label's anchor")
    func wordEndnotes() throws {
        let essay = try Fixture.essay("""
            # Notes on Word

            Word writes notes so.<a href="#_ftn1" id="_ftnref1"><span
            class="MsoFootnoteReference">[1]</span></a> And
            again.<a href="#_ftn2" id="_ftnref2"><sup>[2]</sup></a>

            <div>

            <div id="ftn1">

            <a href="#_ftnref1" id="_ftn1"><span
            class="MsoFootnoteReference">[1]</span></a> *See* Doe v. Roe, 12 U.S. 34
            (1820).

            </div>

            <div id="ftn2">

            <a href="#_ftnref2" name="_ftn2">[2]</a> *Id.* at 36.

            </div>

            </div>
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "See Doe v. Roe, 12 U.S. 34 (1820).")
        #expect(essay.footnote("2")?.content.text == "Id. at 36.")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"]])
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["Word writes notes so. And again."])
    }

    @Test("a blog's notes: the label's anchor alone, the text in the paragraph after")
    func labelAlone() throws {
        let essay = try Fixture.essay("""
            # A Post

            Posts mark
            notes.<a href="#footnote-1" id="footnote-anchor-1" class="footnote-anchor"
            data-component-name="FootnoteAnchorToDOM" target="_self">1</a>
            Again.<a href="#footnote-2" id="footnote-anchor-2"
            class="footnote-anchor">2</a>

            <div class="footnote" component-name="FootnoteToDOM">

            <a href="#footnote-anchor-1" id="footnote-1" class="footnote-number"
            contenteditable="false" target="_self">1</a>

            <div class="footnote-content">

            *See* Doe v. Roe, 12 U.S. 34 (1820).

            </div>

            </div>

            <div class="footnote">

            <a href="#footnote-anchor-2" id="footnote-2"
            class="footnote-number">2</a>

            <div class="footnote-content">

            *Id.* at 36.

            </div>

            </div>
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "See Doe v. Roe, 12 U.S. 34 (1820).")
        #expect(essay.footnote("2")?.content.text == "Id. at 36.")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"]])
    }
}
