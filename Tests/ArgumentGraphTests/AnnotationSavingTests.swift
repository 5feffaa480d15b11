@testable import ArgumentGraph
import EssayKit
import Foundation
import Testing

/// The bundled sidecar copied into a scratch folder, opened for editing.
private struct SavedFixture {
    let scratch = Scratch()
    let path: String
    let original: String

    init() throws {
        original = try String(contentsOfFile: Bundled.annotationsPath, encoding: .utf8)
        path = scratch.write("kaye-2019-legitimacy.claims.yaml", original)
    }

    func open() throws -> AnnotationSession {
        try AnnotationSession.open(path: path, essay: Bundled.essay, framework: Bundled.map.framework)
    }

    var onDisk: String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "<missing>" }

    /// Another editor's change, written straight to the file.
    func change(_ replace: String, with replacement: String) throws {
        let text = onDisk
        #expect(text.contains(replace))
        try text.replacingOccurrences(of: replace, with: replacement).write(toFile: path, atomically: true, encoding: .utf8)
    }
}

@Suite("Saving annotations: nothing written is ever lost")
struct AnnotationSavingTests {
    @Test("a save writes the edit and nothing else")
    func plainSave() throws {
        let fixture = try SavedFixture()
        var session = try fixture.open()
        try session.apply(.link(from: "caron-measured", type: .supports, to: "thesis"))
        #expect(session.hasUnsavedChanges)
        let saved = try session.save()
        #expect(!saved.merged)
        #expect(!session.hasUnsavedChanges)
        #expect(fixture.onDisk == session.document.text)
        #expect(fixture.onDisk == fixture.original.replacingOccurrences(
            of: "    qualifies: [council-must-change]\n  - id: central-question",
            with: "    supports: [thesis]\n    qualifies: [council-must-change]\n  - id: central-question"))
    }

    @Test("a change made on disk between reading and saving, elsewhere in the file, is kept beside the edit")
    func mergedElsewhere() throws {
        let fixture = try SavedFixture()
        var session = try fixture.open()
        try session.apply(.link(from: "caron-measured", type: .supports, to: "thesis"))
        try session.apply(.removeClaim(id: "council-prescription"))
        // Someone edits a note far away, and adds a comment at the end.
        try fixture.change("note: \"Kaye's conclusion: legitimacy rests on processes that build confidence.\"",
                           with: "note: \"Kaye's conclusion, as another reader put it.\"  # edited elsewhere")
        try fixture.change("# --- Conclusion ---", with: "# --- Conclusion (theirs) ---")
        let saved = try session.save()
        #expect(saved.merged)
        let text = fixture.onDisk
        #expect(text.contains("Kaye's conclusion, as another reader put it.\"  # edited elsewhere"))
        #expect(text.contains("# --- Conclusion (theirs) ---"))
        #expect(text.contains("    supports: [thesis]\n    qualifies: [council-must-change]"))
        #expect(!text.contains("council-prescription"))
        #expect(session.document.text == text)
        #expect(AnnotationLoader.load(yaml: text, path: fixture.path).diagnostics.isEmpty)
    }

    @Test("a change made on disk in the same lines: the edit is made again on what is there now")
    func madeAgain() throws {
        let fixture = try SavedFixture()
        var session = try fixture.open()
        try session.apply(.link(from: "perceptions-matter", type: .supports, to: "process-legitimacy"))
        // Someone else linked the same claim to another, in the same line.
        try fixture.change("    supports: [council-must-change, thesis]\n", with: "    supports: [council-must-change, thesis, caron-measured]\n")
        let saved = try session.save()
        #expect(saved.merged)
        #expect(fixture.onDisk.contains("    supports: [council-must-change, thesis, caron-measured, process-legitimacy]\n"))
        #expect(session.document.text == fixture.onDisk)
    }

    @Test("an edit that no longer applies to what is on disk is refused, and both it and the change on disk survive")
    func refused() throws {
        let fixture = try SavedFixture()
        var session = try fixture.open()
        try session.apply(.setKind(id: "caron-measured", kind: .premise))
        // Someone else removed the claim meanwhile.
        try fixture.change("""
              - id: caron-measured
                kind: claim
                quote: "But even in his call for change, Caron was measured and cognizant of the realities of international politics."
                qualifies: [council-must-change]

            """, with: "")
        let theirs = fixture.onDisk
        #expect(throws: AnnotationStoreError.self) { try session.save() }
        do {
            try session.save()
        } catch {
            #expect(error.description.contains("changed on disk since legit read it, and the edit no longer applies (no claim 'caron-measured'"))
        }
        #expect(fixture.onDisk == theirs)
        #expect(session.hasUnsavedChanges)
        #expect(session.document.claim("caron-measured")?.kind == .premise)
    }

    @Test("after an undo, a conflicting change on disk is refused rather than guessed at")
    func refusedAfterUndo() throws {
        let fixture = try SavedFixture()
        var session = try fixture.open()
        try session.apply(.setKind(id: "caron-measured", kind: .premise))
        try session.apply(.setKind(id: "caron-measured", kind: .evidence))
        try session.undo()
        try fixture.change("    qualifies: [council-must-change]\n  - id: central-question",
                           with: "    qualifies: [council-must-change, thesis]\n  - id: central-question")
        try fixture.change("  - id: caron-measured\n    kind: claim", with: "  - id: caron-measured\n    kind: rebuttal")
        let theirs = fixture.onDisk
        #expect(throws: AnnotationStoreError.conflict(path: fixture.path, line: 38)) { try session.save() }
        #expect(fixture.onDisk == theirs)
        #expect(session.document.claim("caron-measured")?.kind == .premise)
    }

    @Test("a file removed meanwhile is not written again behind the reader's back; a failed write keeps the edit")
    func removedAndFailed() throws {
        let fixture = try SavedFixture()
        var session = try fixture.open()
        try session.apply(.setKind(id: "caron-measured", kind: .premise))
        try FileManager.default.removeItem(atPath: fixture.path)
        #expect(throws: AnnotationStoreError.removed(path: fixture.path)) { try session.save() }
        #expect(!FileManager.default.fileExists(atPath: fixture.path))

        let missingFolder = fixture.scratch.path("no/such/folder/a.claims.yaml")
        var elsewhere = try AnnotationSession.open(path: missingFolder, essay: Bundled.essay, framework: BuiltInFramework.caron)
        try elsewhere.apply(.addClaim(ClaimDraft(id: "x", kind: .claim, quote: TextQuote(exact: "They are not, however, guarantors of legitimacy."))))
        do {
            try elsewhere.save()
            Issue.record("the save succeeded")
        } catch {
            #expect(error.description.hasPrefix("\(missingFolder): error: "))
        }
        #expect(elsewhere.hasUnsavedChanges)
        #expect(elsewhere.document.hasClaim("x"))
    }

    @Test("a new file is written with its header at the first save, not before")
    func newFile() throws {
        let scratch = Scratch()
        let path = scratch.path("essay.claims.yaml")
        var session = try AnnotationSession.open(path: path, essay: Bundled.essay, framework: BuiltInFramework.caron)
        #expect(!FileManager.default.fileExists(atPath: path))
        try session.apply(.addClaim(ClaimDraft(id: "x", kind: .claim, quote: TextQuote(exact: "They are not, however, guarantors of legitimacy."))))
        try session.save()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("# Annotations of kaye-2019-legitimacy.md"))
        #expect(text.contains("title: \"Legitimacy, Collective Authority and Internet Governance"))
        #expect(text.contains("  - id: x\n    kind: claim\n"))
    }

    @Test("the line merge: both sides kept when apart, a conflict when they touch")
    func lineMerge() {
        let base = "a\nb\nc\nd\ne\n"
        #expect(LineMerge.merge(base: base, ours: "a\nB\nc\nd\ne\n", theirs: "a\nb\nc\nD\ne\n") == .merged("a\nB\nc\nD\ne\n"))
        #expect(LineMerge.merge(base: base, ours: "a\nb\nx\nc\nd\ne\n", theirs: "a\nb\nc\nd\ne\ny\n") == .merged("a\nb\nx\nc\nd\ne\ny\n"))
        #expect(LineMerge.merge(base: base, ours: "a\nB\nc\nd\ne\n", theirs: "a\nBB\nc\nd\ne\n") == .conflict(line: 2))
        #expect(LineMerge.merge(base: base, ours: "a\nx\nb\nc\nd\ne\n", theirs: "a\ny\nb\nc\nd\ne\n") == .conflict(line: 2))
        #expect(LineMerge.merge(base: base, ours: "a\nB\nc\nd\ne\n", theirs: "a\nB\nc\nd\ne\n") == .merged("a\nB\nc\nd\ne\n"))
        #expect(LineMerge.merge(base: base, ours: "b\nc\nd\ne\n", theirs: "a\nb\nc\nd\n") == .merged("b\nc\nd\n"))
        // Texts that share nothing are one change each, which conflict.
        let many = (0..<3_000).map { "line \($0)\n" }.joined()
        let other = (0..<3_000).map { "other \($0)\n" }.joined()
        #expect(LineMerge.merge(base: many, ours: other, theirs: many + "end\n") == .conflict(line: 1))
    }
}
