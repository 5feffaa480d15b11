@testable import EssayKit
import Testing

/// reStructuredText's footnotes: `[3]_`, `[#]_`, `[#name]_` markers and `.. [3] text` notes.
/// Invented text of that shape.
@Suite("Note syntaxes: reStructuredText [N]_")
struct RestructuredTextNoteTests {
    @Test("markers and explicit notes are [^N] notes; numbers, # and #names")
    func footnotes() throws {
        let essay = try Fixture.essay("""
            # Fences

            Towns once left fences to custom. [1]_ Statutes came later [#act]_ and courts
            read them narrowly. [2]_

            .. [1] See Ruiz v. Hale, 400 U.S. 10, 12 (1970).
            .. [#act] Fence Act, 7 U.S.C. § 210 (1990),
               as amended.
            .. [2] *Id.* at 14.
            """)
        #expect(essay.footnotes.map(\.content.text).sorted() == ["Fence Act, 7 U.S.C. § 210 (1990), as amended.", "Id. at 14.",
                                                                 "See Ruiz v. Hale, 400 U.S. 10, 12 (1970)."])
        #expect(Fixture.sentences(essay) == ["Towns once left fences to custom.", "Statutes came later and courts read them narrowly."])
        #expect(essay.footnote("2")?.content.text == "Id. at 14.")
    }

    @Test("auto-numbered markers and notes pair in order")
    func autoNumbered() throws {
        let essay = try Fixture.essay("""
            # Fences

            Towns once left fences to custom.\\ [#]_ Statutes came later. [#]_

            .. [#] See Ruiz v. Hale, 400 U.S. 10, 12 (1970).
            .. [#] Fence Act, 7 U.S.C. § 210 (1990).
            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("2")?.content.text == "Fence Act, 7 U.S.C. § 210 (1990).")
        #expect(essay.bodySentences.map(\.sentence.footnotes) == [["1"], ["2"]])
    }

    @Test("citations and brackets in prose are left as they are")
    func citationsLeft() {
        #expect(RestructuredTextNotes.edits(Array("As [Roe2001]_ says.\n\n.. [Roe2001] Roe, A Book.\n".utf8)) == nil)
        #expect(NoteSyntaxRewrite.syntaxes(in: Array("The [T]he court [3] held.".utf8)).isEmpty)
    }
}
