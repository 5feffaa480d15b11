import ArgumentGraph
import ArgumentParser
import EssayKit
import Foundation

struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Add, link, remove and re-anchor claims in an essay's annotation file (X.claims.yaml beside X.md).",
        discussion: """
            Each command checks what it is given against the essay and its framework, as `legit check` \
            does, and writes the annotation file whole (created with a header when there is none), \
            changing only the lines of what it edits: comments, order and quoting stay as they are. A \
            mistake is one line on standard error and a non-zero exit, and the file is left as it was. \
            If the file changed on disk while legit worked, the edit is made on what is there now, or \
            refused when it no longer applies.
            """,
        subcommands: [AnnotateAddCommand.self, AnnotateLinkCommand.self, AnnotateUnlinkCommand.self, AnnotateRemoveCommand.self,
                      AnnotateReanchorCommand.self])
}

/// The essay an `annotate` command edits the annotations of, and where they and its framework are.
struct AnnotateTarget: ParsableArguments {
    @Argument(help: ArgumentHelp("The essay file (or a folder, with --essay).", valueName: "essay"))
    var essay: String

    @Option(name: .customLong("essay"), help: ArgumentHelp("In a folder, the essay: its file name or its name without .md.", valueName: "name"))
    var only: String?

    @Option(name: .long, help: ArgumentHelp("The annotation file (default: X.claims.yaml beside the essay X.md).", valueName: "path"))
    var annotations: String?

    @Option(name: .long, help: ArgumentHelp(
        "The framework file (default: the one the annotations name, else frameworks/caron-1993.yaml beside the essay, else the built-in one).",
        valueName: "path"))
    var framework: String?

    /// The essay, parsed, and its annotations open for editing.
    func open() throws -> AnnotationSession {
        var options = EssayOptions()
        options.essay = essay
        options.only = only
        options.json = false
        let path = try options.essayFile()
        let essay = try EssayOptions.parse(path)
        let annotationsPath = annotations ?? ArgumentLoader.defaultAnnotationsPath(forEssay: path)
        let essayName = path.split(separator: "/").last.map(String.init) ?? path
        let reference = framework.map { Self.relative($0, from: annotationsPath) }
        do {
            let (store, document) = try AnnotationStore.open(path: annotationsPath) {
                AnnotationDocument.new(path: annotationsPath, essayFileName: essayName, title: essay.title.isEmpty ? nil : essay.title,
                                       framework: reference)
            }
            let found = ArgumentLoader.framework(forEssay: path, annotations: document.file, frameworkPath: framework)
            if found.framework == nil, let problem = found.diagnostics.first(where: { $0.severity == .error }) {
                throw CommandFailure(problem.description)
            }
            return AnnotationSession(editor: AnnotationEditor(document: document, essay: essay, framework: found.framework), store: store)
        } catch let error as AnnotationStoreError {
            throw CommandFailure(error.description)
        }
    }

    /// `path` as the annotation file at `file` names it: relative to its folder when inside it.
    private static func relative(_ path: String, from file: String) -> String {
        let folder = file.contains("/") ? String(file[..<(file.lastIndex(of: "/") ?? file.startIndex)]) + "/" : ""
        if !folder.isEmpty, path.hasPrefix(folder) { return String(path.dropFirst(folder.count)) }
        if folder.isEmpty, !path.hasPrefix("/") { return path }
        return path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }
}

/// Makes one edit, saves, and says what was done: the change on standard output, what else it
/// did on standard error. `rewrite` (for the test that kills a save) then undoes and redoes it
/// that many times, saving each time, or until the process `whileParent` names is no longer the
/// parent (`ParentWatch`).
private func edit(_ target: AnnotateTarget, rewrite: Int = 0, whileParent: Int32? = nil, _ make: (AnnotationSession) throws -> AnnotationEdit) throws {
    var session = try target.open()
    let change: AnnotationChange
    do {
        change = try session.apply(try make(session))
    } catch let error as AnnotationEditError {
        throw CommandFailure(AnnotateText.failure(error))
    }
    let existed = session.store.base != nil
    do {
        try session.save()
        let watch = ParentWatch(parent: whileParent)
        for _ in 0..<rewrite where !watch.parentIsGone {
            try session.undo()
            try session.save()
            try session.redo()
            try session.save()
        }
    } catch let error as AnnotationEditError {
        throw CommandFailure(AnnotateText.failure(error))
    } catch {
        throw CommandFailure(String(describing: error))
    }
    for note in change.notes { printError("legit: " + note) }
    let place = change.edit.claimID.flatMap { session.document.line(ofClaim: $0) }.map { ":\($0)" } ?? ""
    try StandardOutput.text("\(session.document.path)\(place): \(change.summary)" + (existed ? "" : " (a new annotation file)"))
}

/// The words of the `annotate` commands' messages.
enum AnnotateText {
    /// An edit's error as the one line the command prints.
    static func failure(_ error: AnnotationEditError) -> String {
        switch error {
        case .unreadable, .unsupported, .notPreserved: error.description
        default: "legit: " + error.description
        }
    }

    static func kind(_ name: String) throws -> ClaimKind {
        guard let kind = ClaimKind(rawValue: name) else {
            throw CommandFailure("legit: unknown kind '\(name)'; use one of \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return kind
    }

    static func relation(_ name: String) throws -> RelationType {
        guard let relation = RelationType(rawValue: name) else {
            throw CommandFailure("legit: unknown relation '\(name)'; use one of \(RelationType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return relation
    }

    /// `F` or `F:STANCE`; a factor without a stance states it.
    static func factor(_ given: String) throws -> FactorDraft {
        guard let colon = given.lastIndex(of: ":") else { return FactorDraft(factor: given, stance: .states) }
        let name = String(given[..<colon])
        let stanceName = String(given[given.index(after: colon)...])
        guard let stance = Stance(rawValue: stanceName) else {
            throw CommandFailure("legit: unknown stance '\(stanceName)' for the factor '\(name)'; use one of "
                                 + Stance.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return FactorDraft(factor: name, stance: stance)
    }
}

struct AnnotateAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a claim anchored by a quote of the essay, in essay order.",
        discussion: """
            The quote must occur exactly once in the essay's text as a reader sees it (markup and \
            footnote markers left out); when it occurs more than once, give --prefix or --suffix \
            (the words just before or after it). An id is made from the quote's words unless given. \
            A subject the file does not declare yet is declared. --factor takes a factor id of the \
            framework and a stance (states, met, partial, unmet): `--factor oversight:partial`; \
            without a stance the claim states the factor.
            """)

    @OptionGroup var target: AnnotateTarget
    @Option(help: "The claim's words, exactly as in the essay.") var quote: String
    @Option(help: "thesis, question, claim, premise, counterclaim, rebuttal, evidence, definition or conclusion.") var kind: String
    @Option(help: "The claim's id (default: made from its words).") var id: String?
    @Option(help: "The id of the subject the claim assesses.") var subject: String?
    @Option(name: .customLong("factor"), help: ArgumentHelp("A factor and its stance, F or F:STANCE; repeat for more.", valueName: "F[:STANCE]"))
    var factors: [String] = []
    @Option(help: "A note on the claim.") var note: String?
    @Option(help: "Text just before the quote, when the quote alone occurs more than once.") var prefix: String?
    @Option(help: "Text just after the quote, when the quote alone occurs more than once.") var suffix: String?
    @Option(help: .hidden) var rewrite = 0
    @Option(help: .hidden) var whileParent: Int32?

    func run() throws {
        let kind = try AnnotateText.kind(kind)
        let factors = try factors.map(AnnotateText.factor)
        try edit(target, rewrite: rewrite, whileParent: whileParent) { session in
            let quote = TextQuote(exact: quote, prefix: prefix.flatMap { $0.isEmpty ? nil : $0 }, suffix: suffix.flatMap { $0.isEmpty ? nil : $0 })
            let id = id ?? session.editor.newClaimID(for: quote.exact)
            return .addClaim(ClaimDraft(id: id, kind: kind, quote: quote, subject: subject, factors: factors, note: note))
        }
    }
}

struct AnnotateLinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Relate one claim to another: FROM supports, attacks, rebuts or qualifies TO.")

    @OptionGroup var target: AnnotateTarget
    @Argument(help: "The claim that relates.") var from: String
    @Argument(help: "supports, attacks, rebuts or qualifies.") var relation: String
    @Argument(help: "The claim it relates to.") var to: String

    func run() throws {
        let type = try AnnotateText.relation(relation)
        try edit(target) { _ in .link(from: from, type: type, to: to) }
    }
}

struct AnnotateUnlinkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "unlink",
        abstract: "Take a relation away: FROM no longer supports (attacks, rebuts, qualifies) TO.")

    @OptionGroup var target: AnnotateTarget
    @Argument(help: "The claim that relates.") var from: String
    @Argument(help: "supports, attacks, rebuts or qualifies.") var relation: String
    @Argument(help: "The claim it relates to.") var to: String

    func run() throws {
        let type = try AnnotateText.relation(relation)
        try edit(target) { _ in .unlink(from: from, type: type, to: to) }
    }
}

struct AnnotateRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm",
        abstract: "Remove a claim, and every relation naming it (each said on standard error).")

    @OptionGroup var target: AnnotateTarget
    @Argument(help: "The claim's id.") var id: String

    func run() throws {
        try edit(target) { _ in .removeClaim(id: id) }
    }
}

struct AnnotateReanchorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reanchor",
        abstract: "Rewrite the quotes that moved when the essay's text changed, so each anchors exactly again.",
        discussion: """
            A quote that no longer occurs exactly once is looked for as Hypothesis re-anchors a \
            TextQuoteSelector: by its prefix and suffix, then as the nearest passage that shares at \
            least 80% of its words in order. Each quote found is rewritten in place (only its lines \
            change); each quote found nowhere is one line on standard error, and the exit status is \
            then 1. `legit check` reports the first kind as notes and the second as errors.
            """)

    @OptionGroup var target: AnnotateTarget

    func run() throws {
        var session = try target.open()
        let claims = session.document.file.claims
        let outcomes = QuoteAnchorer(essay: session.editor.essay).anchor(claims.map(\.quote), reanchoring: true)
        var lines: [String] = []
        var orphans: [String] = []
        for (claim, outcome) in zip(claims, outcomes) {
            switch outcome {
            case .anchored:
                continue
            case let .moved(_, quote, how):
                do {
                    try session.apply(.setQuote(id: claim.id, quote: quote))
                } catch {
                    orphans.append("legit: claim '\(claim.id)': \(error.description)")
                    continue
                }
                let by = switch how {
                case .context: "by its prefix and suffix"
                case .nearestPassage(let similarity): "as the nearest passage (\(Int((similarity * 100).rounded()))% alike)"
                }
                let line = session.document.line(ofClaim: claim.id).map { ":\($0)" } ?? ""
                lines.append("\(session.document.path)\(line): claim '\(claim.id)' re-anchored \(by): “\(ArgumentText.excerpt(quote.exact, limit: 80))”")
            case .notFound(let nearest, _):
                let hint = nearest.map { "; nearest passage at \(session.editor.essay.source.path):\($0.range.start): “\(ArgumentText.excerpt($0.text, limit: 80))”" } ?? ""
                orphans.append("\(session.document.path):\(claim.quoteRange.start): error: the quote of claim '\(claim.id)' anchors nowhere in the essay\(hint)")
            case .ambiguous(let count, _):
                orphans.append("\(session.document.path):\(claim.quoteRange.start): error: the quote of claim '\(claim.id)' anchors \(count) times; "
                               + "add a prefix or suffix")
            }
        }
        if session.hasUnsavedChanges {
            do {
                try session.save()
            } catch {
                throw CommandFailure(error.description)
            }
        }
        for line in lines { try StandardOutput.text(line) }
        try StandardOutput.text("\(session.document.path): \(lines.count) quote\(lines.count == 1 ? "" : "s") re-anchored"
                  + (orphans.isEmpty ? "" : ", \(orphans.count) found nowhere (see standard error)"))
        for orphan in orphans { printError(orphan) }
        if !orphans.isEmpty { throw ExitCode(1) }
    }
}
