@testable import EssayKit
import Testing

/// org-mode's footnotes: `[fn:3]` markers, `[fn:3] text` notes under `* Footnotes`, inline
/// `[fn::text]`. Invented text of that shape.
@Suite("Note syntaxes: org-mode [fn:N]")
struct OrgNoteTests {
    @Test("[fn:N] markers and [fn:N] definitions are [^N] notes; the Footnotes heading goes")
    func definitions() throws {
        let essay = try Fixture.essay("""
            # Fences

            Towns once left fences to custom.[fn:1] Statutes came later.[fn:act] Courts
            read them narrowly.[fn:: Fence Act § 4 (1990).]

            * Footnotes

            [fn:1] See Ruiz v. Hale, 400 U.S. 10, 12 (1970).

            [fn:act] Fence Act, 7 U.S.C. § 210 (1990).
            """)
        #expect(essay.footnotes.map(\.content.text).sorted() == ["Fence Act § 4 (1990).", "Fence Act, 7 U.S.C. § 210 (1990).",
                                                                 "See Ruiz v. Hale, 400 U.S. 10, 12 (1970)."])
        #expect(Fixture.sentences(essay) == ["Towns once left fences to custom.", "Statutes came later.", "Courts read them narrowly."])
        #expect(essay.bodySentences.allSatisfy { $0.sentence.footnotes.count == 1 })
        #expect(!essay.sections.contains { ($0.title ?? "").contains("Footnotes") })
    }

    @Test("a marker with no note, or a note with no marker, leaves the file as it is")
    func unpaired() {
        #expect(OrgNotes.edits(Array("Text.[fn:1] More.".utf8)) == nil)
        #expect(OrgNotes.edits(Array("[fn:1] A lone note.".utf8)) == nil)
    }
}
