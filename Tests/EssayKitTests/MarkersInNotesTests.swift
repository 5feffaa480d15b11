import EssayKit
import Testing

/// A marker inside a note leads to a note as a body marker does; where it leads nowhere, `check` says so.
@Suite("Markers inside notes")
struct MarkersInNotesTests {
    private static func warningsAndErrors(_ essay: Essay) -> [String] {
        essay.diagnostics.map(\.description)
    }

    @Test("a note that marks a note never defined: an error at the marker, as in the body")
    func markerOfAMissingNote() throws {
        let essay = try Fixture.essay("# T\n\nText.[^1] More.[^2]\n\n[^1]: See the next note.[^3]\n[^2]: Ann Roe, A Treatise 4 (1990).\n")
        #expect(Self.warningsAndErrors(essay) == [
            "fixture.md:5:25: error: footnote 3 is marked here, in note 1, but never defined; "
                + "add a definition \"[^3]: ...\" (or an inline note ^[...])",
        ])
    }

    @Test("a note that marks itself: a warning at the marker, the note's text unchanged (a named note is numbered)")
    func noteMarkingItself() throws {
        let essay = try Fixture.essay("# T\n\nText.[^a]\n\n[^a]: Compare this note[^a] with the text.\n")
        #expect(Self.warningsAndErrors(essay) == [
            "fixture.md:5:24: warning: note 1 marks itself here, so the marker leads back to the same note; "
                + "remove it, or write \"supra note N\" for another note",
        ])
        #expect(essay.footnote("1")?.content.text == "Compare this note with the text.")
    }

    @Test("a note that marks another note: no diagnostic")
    func markerOfAnotherNote() throws {
        let essay = try Fixture.essay("# T\n\nText.[^1] More.[^2]\n\n[^1]: See below.[^2]\n[^2]: Ann Roe, A Treatise 4 (1990).\n")
        #expect(Self.warningsAndErrors(essay).isEmpty)
    }
}
