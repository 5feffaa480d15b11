@testable import ArgumentGraph
import EssayKit
import Foundation
import Testing

/// The lines an edit took away and put in, from the diff of the two texts.
private func changedLines(_ old: String, _ new: String) -> (removed: [String], added: [String]) {
    let hunks = LineMerge.hunks(from: LineMerge.lines(old), to: LineMerge.lines(new))
    let oldLines = LineMerge.lines(old)
    return (hunks.flatMap { oldLines[$0.base].map(String.init) }, hunks.flatMap { $0.lines.map(String.init) })
}

/// An editor on the bundled essay and its annotations, as the file is in the repository.
private func bundledEditor() throws -> (editor: AnnotationEditor, text: String) {
    let text = try String(contentsOfFile: Bundled.annotationsPath, encoding: .utf8)
    let document = try AnnotationDocument(path: Bundled.annotationsPath, text: text)
    return (AnnotationEditor(document: document, essay: Bundled.essay, framework: Bundled.map.framework), text)
}

@Suite("Editing annotations: only what changes is written")
struct AnnotationEditingTests {
    @Test("the bundled sidecar reads as a document with every claim, and an unedited document is its bytes")
    func readsTheBundledFile() throws {
        let (editor, text) = try bundledEditor()
        #expect(editor.document.text == text)
        #expect(editor.document.claimIDs.count == 75)
        #expect(editor.document.diagnostics.isEmpty)
        let scratch = Scratch()
        let path = scratch.write("a.claims.yaml", text)
        var (store, document) = try AnnotationStore.open(path: path) { Issue.record("the file exists"); return editor.document }
        _ = try store.save(document)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        document = try AnnotationDocument(path: path, text: text)
        #expect(document.file.claims.map(\.id) == Bundled.map.claims.map(\.id))
    }

    @Test("a relation added to a claim's list is the one item; a new list is one line in the file's style")
    func link() throws {
        var (editor, text) = try bundledEditor()
        try editor.apply(.link(from: "perceptions-matter", type: .supports, to: "four-factors-promote"))
        #expect(changedLines(text, editor.document.text) == (["    supports: [council-must-change, thesis]\n"],
                                                            ["    supports: [council-must-change, thesis, four-factors-promote]\n"]))
        let after = editor.document.text
        try editor.apply(.link(from: "caron-measured", type: .supports, to: "thesis"))
        #expect(changedLines(after, editor.document.text) == ([], ["    supports: [thesis]\n"]))
        // It went before `qualifies`, in the order legit writes keys.
        #expect(editor.document.text.contains("    supports: [thesis]\n    qualifies: [council-must-change]\n"))
        #expect(throws: AnnotationEditError.relationExists(from: "caron-measured", type: .supports, to: "thesis")) {
            try editor.apply(.link(from: "caron-measured", type: .supports, to: "thesis"))
        }
    }

    @Test("a new claim goes in essay order, in the file's style, its undeclared subject declared")
    func addInEssayOrder() throws {
        var (editor, text) = try bundledEditor()
        let quote = "In short, Caron identified four principles that could enable an institutional process to avoid claims of illegitimacy."
        let change = try editor.apply(.addClaim(ClaimDraft(
            id: "four-principles", kind: .conclusion, quote: TextQuote(exact: quote), subject: "caron",
            factors: [FactorDraft(factor: "oversight", stance: .states)], relations: [RelationDraft(type: .supports, target: "thesis")],
            note: "Caron's \"four principles\".")))
        #expect(change.notes == ["declared the subject 'caron' (name it in the file's subjects)"])
        let (removed, added) = changedLines(text, editor.document.text)
        #expect(removed.isEmpty)
        #expect(added == [
            "  - id: caron\n", "    name: Caron\n",
            "  - id: four-principles\n", "    kind: conclusion\n", "    quote: \"\(quote)\"\n", "    subject: caron\n", "    factors:\n",
            "      - { factor: oversight, stance: states }\n", "    supports: [thesis]\n", "    note: \"Caron's \\\"four principles\\\".\"\n",
        ])
        // Between the last claim before it in the essay and the first after it.
        let ids = editor.document.claimIDs
        let index = try #require(ids.firstIndex(of: "four-principles"))
        #expect(ids[index - 1] == "def-participation" && ids[index + 1] == "no-guarantee")
        let reloaded = AnnotationLoader.load(yaml: editor.document.text, path: Bundled.annotationsPath)
        #expect(reloaded.diagnostics.isEmpty)
        let loaded = ArgumentLoader.load(essay: Bundled.essay, files: ArgumentFiles(
            essayPath: Bundled.essayPath, annotations: reloaded.file, framework: Bundled.map.framework))
        #expect(loaded.errors.isEmpty)
        #expect(loaded.map.claim("four-principles")?.subject == "caron")
    }

    @Test("removing a claim removes its lines and every relation naming it, and says which")
    func remove() throws {
        var (editor, text) = try bundledEditor()
        let change = try editor.apply(.removeClaim(id: "council-prescription"))
        #expect(change.notes == ["council-not-independent", "council-not-accountable", "council-limited-review", "council-unrepresentative"]
            .map { "removed 'council-prescription' from the supports of '\($0)'" })
        let (removed, added) = changedLines(text, editor.document.text)
        #expect(added.isEmpty)
        #expect(removed == [
            "  - id: council-prescription\n", "    kind: claim\n",
            "    quote: \"Caron’s assessment of the institution’s commitment to these four factors leads him not to pessimism but to prescription.\"\n",
            "    subject: security-council\n", "    supports: [council-must-change]\n",
        ] + Array(repeating: "    supports: [council-prescription]\n", count: 4))
        // An item of a longer list goes with its separator.
        let after = editor.document.text
        try editor.apply(.removeClaim(id: "not-all-states"))
        let lines = changedLines(after, editor.document.text)
        #expect(lines.added.contains("    rebuts: [growing-skepticism, threats-argue-state-action, democracies-multilateralize]\n"))
        #expect(lines.added.contains("    rebuts: [growing-skepticism, code-criminal-misuse]\n"))
    }

    @Test("factors, kind, subject, note and quote replace their own nodes; a new key goes where legit writes it")
    func setFields() throws {
        var (editor, text) = try bundledEditor()
        try editor.apply(.setFactors(id: "council-limited-review", factors: [FactorDraft(factor: "oversight", stance: .unmet),
                                                                               FactorDraft(factor: "independence", stance: .partial)]))
        #expect(changedLines(text, editor.document.text) == (["      - { factor: oversight, stance: partial }\n"],
                                                            ["      - { factor: oversight, stance: unmet }\n",
                                                             "      - { factor: independence, stance: partial }\n"]))
        var before = editor.document.text
        try editor.apply(.setKind(id: "council-limited-review", kind: .evidence))
        #expect(changedLines(before, editor.document.text).added == ["    kind: evidence\n"])
        before = editor.document.text
        try editor.apply(.setNote(id: "council-limited-review", note: nil))
        #expect(changedLines(before, editor.document.text) == (["    note: \"Judicial review by the ICJ exists but is limited.\"\n"], []))
        before = editor.document.text
        try editor.apply(.setNote(id: "caron-measured", note: "Measured: 'realities'."))
        #expect(changedLines(before, editor.document.text) == ([], ["    note: \"Measured: 'realities'.\"\n"]))
        before = editor.document.text
        try editor.apply(.setQuote(id: "caron-measured", quote: TextQuote(exact: "Caron was measured", prefix: "even in his call for change, ")))
        #expect(changedLines(before, editor.document.text).added == [
            "    quote:\n", "      exact: \"Caron was measured\"\n", "      prefix: \"even in his call for change, \"\n",
        ])
        before = editor.document.text
        try editor.apply(.setSubject(id: "caron-measured", subject: "security-council"))
        #expect(changedLines(before, editor.document.text) == ([], ["    subject: security-council\n"]))
        before = editor.document.text
        try editor.apply(.setFactors(id: "thesis", factors: []))
        #expect(changedLines(before, editor.document.text).removed.count == 5)
        #expect(changedLines(before, editor.document.text).added.isEmpty)
    }

    @Test("renaming a claim renames it wherever a relation names it")
    func rename() throws {
        var (editor, text) = try bundledEditor()
        try editor.apply(.renameClaim(id: "thesis", to: "kaye-thesis"))
        let (removed, added) = changedLines(text, editor.document.text)
        #expect(removed.count == added.count)
        #expect(zip(removed, added).allSatisfy { $0.replacingOccurrences(of: "thesis", with: "kaye-thesis") == $1 || $0.contains("id: thesis") })
        #expect(!editor.document.file.claims.contains { $0.relations.contains { $0.target == "thesis" } })
        #expect(throws: AnnotationEditError.duplicateID(id: "no-guarantee", line: 103)) {
            try editor.apply(.renameClaim(id: "kaye-thesis", to: "no-guarantee"))
        }
    }

    @Test("undo gives back the original bytes, redo the edited ones")
    func undoRedo() throws {
        var (editor, text) = try bundledEditor()
        var texts = [text]
        try editor.apply(.removeClaim(id: "thesis"))
        texts.append(editor.document.text)
        try editor.apply(.addClaim(ClaimDraft(id: "new", kind: .claim, quote: TextQuote(exact: "They are not, however, guarantors of legitimacy."),
                                              subject: "someone-new")))
        #expect(throws: AnnotationEditError.duplicateID(id: "new", line: 365)) {
            try editor.apply(.addClaim(ClaimDraft(id: "new", kind: .claim, quote: TextQuote(exact: "They are not, however, guarantors of legitimacy."))))
        }
        texts.append(editor.document.text)
        try editor.apply(.setKind(id: "new", kind: .thesis))
        texts.append(editor.document.text)
        for expected in texts.reversed().dropFirst() {
            try editor.undo()
            #expect(editor.document.text == expected)
        }
        #expect(try editor.undo() == nil)
        for expected in texts.dropFirst() {
            try editor.redo()
            #expect(editor.document.text == expected)
        }
        #expect(try editor.redo() == nil)
    }

    @Test("every mistake is one sentence naming it, and leaves the document as it was")
    func mistakes() throws {
        var (editor, text) = try bundledEditor()
        func fails(_ edit: AnnotationEdit, _ expected: String) {
            do {
                try editor.apply(edit)
                Issue.record("\(edit) was made")
            } catch {
                #expect(error.description.contains(expected), "\(error.description)")
                #expect(!error.description.contains("\n"))
            }
            #expect(editor.document.text == text)
        }
        fails(.addClaim(ClaimDraft(id: "x", kind: .claim, quote: TextQuote(exact: "the Council cannot be said to be independant"))),
              "anchors nowhere in the essay; nearest passage at \(Bundled.essayPath):")
        fails(.addClaim(ClaimDraft(id: "x", kind: .claim, quote: TextQuote(exact: "Security Council"))), "anchors 11 times in the essay (at 7:118")
        fails(.addClaim(ClaimDraft(id: "thesis", kind: .claim, quote: TextQuote(exact: "They are not, however, guarantors of legitimacy."))),
              "the id 'thesis' is taken by the claim on line")
        fails(.addClaim(ClaimDraft(id: "x", kind: .claim, quote: TextQuote(exact: "They are not, however, guarantors of legitimacy."),
                                   factors: [FactorDraft(factor: "legitimacy", stance: .met)])),
              "unknown factor 'legitimacy'; caron-1993 has independence, accountability, oversight, participation")
        fails(.addClaim(ClaimDraft(id: "x", kind: .claim, quote: TextQuote(exact: "They are not, however, guarantors of legitimacy."),
                                   relations: [RelationDraft(type: .supports, target: "thesys")])),
              "no claim 'thesys' (did you mean 'thesis'?)")
        fails(.addClaim(ClaimDraft(id: "bad\nid", kind: .claim, quote: TextQuote(exact: "They are not, however, guarantors of legitimacy."))),
              "holds a line break")
        fails(.link(from: "thesis", type: .supports, to: "thesis"), "claim 'thesis' cannot support itself")
        fails(.link(from: "thesis", type: .attacks, to: "no-such"), "no claim 'no-such'")
        fails(.unlink(from: "thesis", type: .attacks, to: "not-guarantors"), "claim 'thesis' does not attack 'not-guarantors'")
        fails(.removeClaim(id: "thesiss"), "no claim 'thesiss' (did you mean 'thesis'?)")
        fails(.declareSubject(Subject(id: "security-council", name: "x")), "the subject 'security-council' is declared already")
        #expect(editor.undoStack.isEmpty)
    }

    @Test("a new file: a header, then claims in essay order")
    func newFile() throws {
        let document = AnnotationDocument.new(path: "/tmp/x/essay.claims.yaml", essayFileName: "essay.md", title: "A \"Title\"")
        var editor = AnnotationEditor(document: document, essay: Bundled.essay, framework: BuiltInFramework.caron)
        try editor.apply(.addClaim(ClaimDraft(id: "b", kind: .claim, quote: TextQuote(exact: "They are not, however, guarantors of legitimacy."),
                                              subject: "multi-stakeholder")))
        try editor.apply(.addClaim(ClaimDraft(id: "a", kind: .question, quote: TextQuote(exact: "And how do we evaluate the legitimacy of competing approaches?"))))
        try editor.apply(.link(from: "a", type: .supports, to: "b"))
        #expect(editor.document.text == """
            # Annotations of essay.md: a reading of its argument, kept beside the essay.
            # Written by `legit annotate` and by hand alike: legit keeps comments, order and quoting
            # as they are, and changes only the lines of what it edits. See `legit annotate --help`.
            essay: essay.md
            title: "A \\"Title\\""
            subjects:
              - id: multi-stakeholder
                name: Multi stakeholder
            claims:
              - id: a
                kind: question
                quote: "And how do we evaluate the legitimacy of competing approaches?"
                supports: [b]
              - id: b
                kind: claim
                quote: "They are not, however, guarantors of legitimacy."
                subject: multi-stakeholder

            """)
        try editor.apply(.removeClaim(id: "a"))
        try editor.apply(.removeClaim(id: "b"))
        #expect(editor.document.text.hasSuffix("claims: []\n"))
        #expect(editor.document.file.claims.isEmpty)
    }

    @Test("a file in other styles keeps them: flow claims, block relation lists, single quotes, comments everywhere")
    func otherStyles() throws {
        let text = """
            essay: kaye-2019-legitimacy.md   # the essay
            claims:
            # first
            -   id: thesis
                kind: thesis
                quote: 'Multi-stakeholderism promotes elements of independence, accountability, oversight, and participation, the four that Caron’s framework identifies as legitimacy-promoters in the context of international governance.'
                factors:
                -   factor: independence
                    stance: met
                supports:
                -   build-confidence   # why
            -   {id: build-confidence, kind: conclusion, quote: 'It contains an undeniable truth about world politics: we are diverse, we have interests that may be difficult to reconcile, but we must find processes that build confidence in decisions about their reconciliation and solution, and ultimately about the exercise of power.'}
            # last

            """
        var editor = AnnotationEditor(document: try AnnotationDocument(path: "x.claims.yaml", text: text), essay: Bundled.essay,
                                      framework: Bundled.map.framework)
        try editor.apply(.addClaim(ClaimDraft(id: "not-guarantors", kind: .claim, quote: TextQuote(exact: "They are not, however, guarantors of legitimacy."),
                                              factors: [FactorDraft(factor: "oversight", stance: .partial)])))
        try editor.apply(.link(from: "not-guarantors", type: .qualifies, to: "thesis"))
        try editor.apply(.link(from: "build-confidence", type: .supports, to: "not-guarantors"))
        try editor.apply(.link(from: "thesis", type: .supports, to: "not-guarantors"))
        #expect(editor.document.text == """
            essay: kaye-2019-legitimacy.md   # the essay
            claims:
            # first
            -   id: thesis
                kind: thesis
                quote: 'Multi-stakeholderism promotes elements of independence, accountability, oversight, and participation, the four that Caron’s framework identifies as legitimacy-promoters in the context of international governance.'
                factors:
                -   factor: independence
                    stance: met
                supports:
                -   build-confidence   # why
                - not-guarantors
            -   id: not-guarantors
                kind: claim
                quote: 'They are not, however, guarantors of legitimacy.'
                factors:
                - factor: oversight
                  stance: partial
                qualifies:
                - thesis
            -   {id: build-confidence, kind: conclusion, quote: 'It contains an undeniable truth about world politics: we are diverse, we have interests that may be difficult to reconcile, but we must find processes that build confidence in decisions about their reconciliation and solution, and ultimately about the exercise of power.', supports: [not-guarantors]}
            # last

            """)
        try editor.apply(.removeClaim(id: "not-guarantors"))
        #expect(editor.document.text == text)
    }

    @Test("strings are written so they read back as themselves, in the style asked when it can hold them")
    func scalars() throws {
        let values = ["plain words", "it's", "say \"no\"", "back\\slash", "line\nbreak", "tab\there", "bell\u{07}", "ü – “curly”", "null", "true",
                      "12", "1.5", "- dash", "#hash", "a: b", "{brace}", "[x]", " lead", "trail ", "", "~", "0x1F", "ok-id_2.v"]
        for value in values {
            for style in [YAMLNode.Style.plain, .singleQuoted, .doubleQuoted, .literal] {
                let written = YAMLScalarWriter.render(value, style: style, indent: 2)
                let yaml = "key: " + written + "\n"
                guard case .success(let root?) = YAMLReader.compose(yaml), let read = root.mapping?.first?.value else {
                    Issue.record("\(value.debugDescription) in \(style) does not read: \(yaml)")
                    continue
                }
                #expect(read.text ?? (read.isNull ? "" : nil) == value, "\(value.debugDescription) written \(style) as \(written)")
            }
        }
    }
}
