@testable import EssayKit
import Testing

/// AsciiDoc's footnote macro: `footnote:[text]`, `footnote:id[text]` and `footnote:id[]`.
/// Invented text of that shape.
@Suite("Note syntaxes: AsciiDoc footnote:[]")
struct AsciiDocNoteTests {
    @Test("footnote:[text] and footnote:id[text] are notes where they stand; the macro is no text")
    func macros() throws {
        let essay = try Fixture.essay("""
            # Fences

            Towns once left fences to custom.footnote:[See Ruiz v. Hale, 400 U.S. 10, 12 (1970).] Statutes
            came later.footnote:act[Fence Act, 7 U.S.C. § 210 (1990) [as amended].] Courts read
            them narrowly.footnote:act[]
            """)
        #expect(essay.footnotes.map(\.content.text) == ["See Ruiz v. Hale, 400 U.S. 10, 12 (1970).",
                                                        "Fence Act, 7 U.S.C. § 210 (1990) [as amended]."])
        #expect(Fixture.sentences(essay) == ["Towns once left fences to custom.", "Statutes came later.", "Courts read them narrowly."])
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"], []])
    }

    @Test("a word ending in footnote before a colon, or a bracket glued to a word, is no macro")
    func notMacros() {
        #expect(AsciiDocNotes.edits(Array("The endfootnote:[x] and see [1] and footnote: [x].".utf8)) == nil)
        #expect(NoteSyntaxRewrite.syntaxes(in: Array("a footnote: [x] or note:[y]".utf8)).isEmpty)
    }
}
