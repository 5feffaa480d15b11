@testable import ArgumentGraph
import EssayKit
import Foundation
import Testing

/// Every node of a document with where it is, one per line: two documents read alike when their
/// outlines are the same.
private func outline(_ node: YAMLNode?, depth: Int = 0) -> [String] {
    guard let node else { return ["nil"] }
    let mark = node.mark
    let place = "\(String(repeating: " ", count: depth))\(mark.position.line):\(mark.position.column) \(mark.start)..<\(mark.end)\(mark.isFlow ? " flow" : "")"
    switch node {
    case let .scalar(value, style, _): return ["\(place) \(style) \(value)"]
    case .sequence(let items, _): return ["\(place) sequence"] + items.flatMap { outline($0, depth: depth + 1) }
    case .mapping(let entries, _):
        return ["\(place) mapping"] + entries.flatMap { outline($0.key, depth: depth + 1) + outline($0.value, depth: depth + 2) }
    }
}

/// An edit read back the short way (only the claims it touches) and the whole way agree in every
/// node, place, claim and diagnostic.
@Suite("Editing annotations: an edit reads back only the claims it touches")
struct AnnotationPatchingTests {
    static let text: String = (try? String(contentsOfFile: Bundled.annotationsPath, encoding: .utf8)) ?? ""

    /// The document after `edit`, read the short way, and the same text read whole.
    private func both(_ edit: AnnotationEdit, on text: String = Self.text) throws -> (patched: AnnotationDocument?, whole: AnnotationDocument) {
        let document = try AnnotationDocument(path: "a.claims.yaml", text: text)
        let (patches, _) = try document.patches(for: edit)
        let (bytes, _) = TextPatch.apply(patches, to: document.bytes)
        let whole = try AnnotationDocument(path: "a.claims.yaml", text: String(decoding: bytes, as: UTF8.self))
        return (document.patched(patches, into: bytes)?.document, whole)
    }

    private func expectSame(_ patched: AnnotationDocument?, _ whole: AnnotationDocument, _ comment: Comment) {
        guard let patched else {
            Issue.record("read whole, not the short way: \(comment)")
            return
        }
        #expect(patched.text == whole.text, comment)
        #expect(patched.file == whole.file, comment)
        #expect(patched.diagnostics == whole.diagnostics, comment)
        #expect(patched.claimIDs == whole.claimIDs, comment)
        #expect(patched.claimIDs.allSatisfy { patched.line(ofClaim: $0) == whole.line(ofClaim: $0) }, comment)
        let (short, long) = (outline(patched.root), outline(whole.root))
        #expect(short == long, comment)
        if short != long, let first = zip(short, long).first(where: { $0 != $1 }) { print("first difference: \(first)") }
    }

    @Test("each kind of edit of one claim, on the bundled sidecar with its comments")
    func editsOfOneClaim() throws {
        let edits: [AnnotationEdit] = [
            .link(from: "caron-measured", type: .supports, to: "thesis"),
            .link(from: "four-factors-promote", type: .supports, to: "thesis"),
            .unlink(from: "four-factors-promote", type: .supports, to: "factors-as-tools"),
            .setKind(id: "caron-measured", kind: .premise),
            .setNote(id: "caron-measured", note: "A note\nof two lines, “quoted”."),
            .setNote(id: "council-must-change", note: nil),
            .setFactors(id: "def-independence", factors: [FactorDraft(factor: "independence", stance: .met),
                                                          FactorDraft(factor: "oversight", stance: .unmet)]),
            .setFactors(id: "def-independence", factors: []),
            .setSubject(id: "caron-measured", subject: "security-council"),
            .setQuote(id: "caron-measured", quote: TextQuote(exact: "Caron was measured", prefix: "change, ", suffix: " and")),
        ]
        for edit in edits {
            let (patched, whole) = try both(edit)
            expectSame(patched, whole, "\(edit)")
        }
    }

    @Test("edits across claims: a removal with the relations naming it, a new id with them, a new claim")
    func editsAcrossClaims() throws {
        for edit: AnnotationEdit in [.removeClaim(id: "four-factors-promote"), .renameClaim(id: "four-factors-promote", to: "four-factors"),
                                     .removeClaim(id: "caron-integrity-challenge")] {
            let (patched, whole) = try both(edit)
            expectSame(patched, whole, "\(edit)")
        }
        let draft = ClaimDraft(id: "new-one", kind: .claim, quote: TextQuote(exact: "A new claim."), subject: "security-council",
                               factors: [FactorDraft(factor: "oversight", stance: .partial)], relations: [RelationDraft(type: .attacks, target: "thesis")])
        let document = try AnnotationDocument(path: "a.claims.yaml", text: Self.text)
        for placement in [AnnotationDocument.Placement(after: "caron-measured"), .init(before: "caron-integrity-challenge"), .init()] {
            let (patches, _) = try document.patches(for: .addClaim(draft), placement: placement)
            let (bytes, _) = TextPatch.apply(patches, to: document.bytes)
            let whole = try AnnotationDocument(path: "a.claims.yaml", text: String(decoding: bytes, as: UTF8.self))
            expectSame(document.patched(patches, into: bytes)?.document, whole, "added \(placement)")
        }
    }

    @Test("what the short way leaves to a whole reading: a new subject, the last claim removed, anchors, a claim read with a problem")
    func readWhole() throws {
        // A subject is declared outside the claims.
        #expect(try both(.declareSubject(Subject(id: "new", name: "New"))).patched == nil)
        // The last claim removed writes `claims: []`.
        let one = "claims:\n  - id: only\n    kind: claim\n    quote: \"Only.\"\n"
        #expect(try both(.removeClaim(id: "only"), on: one).patched == nil)
        // An alias in the claim edited ties it to text elsewhere.
        let aliased = "base: &kind claim\nclaims:\n  - id: a\n    kind: *kind\n    quote: \"A.\"\n  - id: b\n    kind: claim\n    quote: \"B.\"\n"
        #expect(try both(.setNote(id: "a", note: "N."), on: aliased).patched == nil)
        let (patched, whole) = try both(.setNote(id: "b", note: "N."), on: aliased)
        expectSame(patched, whole, "an edit away from the alias")
        // A file whose claims have problems is read whole (their messages name other lines).
        let twice = "claims:\n  - id: a\n    kind: claim\n    quote: \"A.\"\n  - id: a\n    kind: claim\n    quote: \"B.\"\n  - id: c\n    kind: claim\n    quote: \"C.\"\n"
        #expect(try both(.setNote(id: "c", note: "N."), on: twice).patched == nil)
    }

    @Test("undo and redo of an edit read the short way give back the same documents as reading whole")
    func undoAndRedo() throws {
        let document = try AnnotationDocument(path: Bundled.annotationsPath, text: Self.text)
        var editor = AnnotationEditor(document: document, essay: Bundled.essay, framework: Bundled.map.framework)
        try editor.apply(.link(from: "caron-measured", type: .supports, to: "thesis"))
        try editor.apply(.removeClaim(id: "four-factors-promote"))
        let edited = editor.document
        expectSame(edited, try AnnotationDocument(path: document.path, text: edited.text), "after two edits")
        try editor.undo()
        try editor.undo()
        expectSame(editor.document, document, "undone")
        try editor.redo()
        try editor.redo()
        expectSame(editor.document, edited, "redone")
    }
}
