import EssayKit
import Foundation
import LowLevel

/// Loads an essay's argument: finds and reads its framework and annotations, anchors every quote,
/// checks everything, and builds the graph.
///
/// Discovery, for an essay `X.md`: the annotations are `X.claims.yaml` beside it; the framework is
/// the one the annotations name (relative to them), else `frameworks/caron-1993.yaml` beside the
/// essay, else the built-in one (`BuiltInFramework`), with a note saying so. An essay without
/// annotations still gets a graph of plain statements and suggested claims.
public enum ArgumentLoader {
    /// The framework used when the annotations name none, relative to the essay's folder.
    public static let defaultFramework = "frameworks/caron-1993.yaml"

    /// Builds the argument graph of `essay`; paths left nil are discovered beside the essay.
    public static func load(essay: Essay, annotationsPath: String? = nil, frameworkPath: String? = nil) -> ArgumentLoadResult {
        load(essay: essay, files: read(forEssay: essay.source.path, annotationsPath: annotationsPath, frameworkPath: frameworkPath))
    }

    /// Finds and reads the annotations and framework of the essay at `essayPath`; paths left nil are
    /// discovered beside the essay. It needs only the essay's path, so it can run while the essay is parsed.
    public static func read(forEssay essayPath: String, annotationsPath: String? = nil, frameworkPath: String? = nil) -> ArgumentFiles {
        var diagnostics: [Diagnostic] = []
        var annotations: AnnotationFile?
        var usedAnnotations: String?
        let sidecar = annotationsPath ?? defaultAnnotationsPath(forEssay: essayPath)
        if annotationsPath != nil || SystemPath.exists(sidecar).exists {
            let (file, found) = AnnotationLoader.load(path: sidecar)
            annotations = file
            diagnostics += found
            usedAnnotations = sidecar
        } else {
            diagnostics.append(note(essayPath, "no annotation file (\(fileName(sidecar))) beside the essay; showing plain statements with suggested factors"))
        }

        let found = framework(forEssay: essayPath, annotations: annotations, frameworkPath: frameworkPath)
        diagnostics += found.diagnostics
        let framework = found.framework
        let usedFramework = found.path
        return ArgumentFiles(essayPath: essayPath, annotations: annotations, framework: framework, diagnostics: diagnostics,
                             annotationsPath: usedAnnotations, frameworkPath: usedFramework)
    }

    /// The framework of the essay at `essayPath`: the file at `frameworkPath` when given, else the
    /// one `annotations` name (relative to them), else `frameworks/caron-1993.yaml` beside the
    /// essay, else the built-in one; with the file read (nil for the built-in) and what reading found.
    public static func framework(forEssay essayPath: String, annotations: AnnotationFile?,
                                 frameworkPath: String? = nil) -> (framework: Framework?, path: String?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var framework: Framework?
        var usedFramework: String?
        if let frameworkPath {
            let (loaded, found) = FrameworkLoader.load(path: frameworkPath)
            framework = loaded
            diagnostics += found
            usedFramework = frameworkPath
        } else if let annotations, let named = annotations.framework {
            let path = resolve(named, relativeTo: annotations.path)
            let start = annotations.frameworkPosition ?? SourcePosition(line: 1, column: 1)
            let at = SourceRange(start: start, end: start)
            if SystemPath.exists(path).exists {
                let (loaded, found) = FrameworkLoader.load(path: path)
                framework = loaded
                diagnostics += found
                usedFramework = path
            } else if let builtIn = BuiltInFramework.standing(for: named) {
                framework = builtIn
                diagnostics.append(Diagnostic(.warning, file: annotations.path, range: at,
                                              message: "the framework file \(quoted: named) does not exist (looked for \(path)); "
                                                  + "using the built-in \(builtIn.id), which has the same name"))
            } else {
                usedFramework = path
                diagnostics.append(Diagnostic(.error, file: annotations.path, range: at,
                                              message: "the framework file \(quoted: named) does not exist (looked for \(path))"))
            }
        } else {
            let path = defaultFrameworkPath(forEssay: essayPath)
            if SystemPath.exists(path).exists {
                let (loaded, found) = FrameworkLoader.load(path: path)
                framework = loaded
                diagnostics += found
                usedFramework = path
            } else {
                framework = BuiltInFramework.caron
                diagnostics.append(note(essayPath, "no framework file (\(defaultFramework)) beside the essay; "
                                        + "using the built-in \(BuiltInFramework.caron.id) (\(BuiltInFramework.caron.name))"))
            }
        }

        return (framework, usedFramework, diagnostics)
    }

    /// Builds the argument graph of `essay` from its annotations and framework, already read.
    public static func load(essay: Essay, files: ArgumentFiles) -> ArgumentLoadResult {
        let essayPath = essay.source.path
        let annotations = files.annotations
        let framework = files.framework
        var diagnostics = files.diagnostics
        let text = EssayText(essay: essay)
        var anchored: [(annotation: ClaimAnnotation, anchor: TextAnchor, text: String)] = []
        if let annotations {
            diagnostics += AnnotationValidator.validate(annotations, essay: essay, framework: framework)
            let anchorer = QuoteAnchorer(essay: essay, text: text)
            for (claim, outcome) in zip(annotations.claims, anchorer.anchor(annotations.claims.map(\.quote), reanchoring: true)) {
                switch outcome {
                case .anchored(let anchor):
                    anchored.append((claim, anchor, claim.quote.exact))
                case .moved(let anchor, let quote, let how):
                    var moved = claim
                    moved.quote = quote
                    anchored.append((moved, anchor, quote.exact))
                    diagnostics.append(Diagnostic(.note, file: annotations.path, range: claim.quoteRange,
                                                  message: movedMessage(claim, anchor, quote, how, essayPath: essayPath)))
                case .notFound(let nearest, let sought):
                    diagnostics.append(Diagnostic(.error, file: annotations.path, range: claim.quoteRange,
                                                  message: notFoundMessage(claim, nearest, sought: sought, essayPath: essayPath)))
                case .ambiguous(let count, let places):
                    diagnostics.append(Diagnostic(.error, file: annotations.path, range: claim.quoteRange,
                                                  message: ambiguousMessage(claim, count: count, places: places, anchorer: anchorer)))
                }
            }
        }
        let builder = GraphBuilder(essay: essay, framework: framework, subjects: annotations?.subjects ?? [], annotationsPath: files.annotationsPath)
        let map = builder.build(anchored: anchored, text: text)
        return ArgumentLoadResult(map: map, diagnostics: diagnostics, annotationsPath: files.annotationsPath, frameworkPath: files.frameworkPath)
    }

    /// The `legit check` hook: every problem in the essay's annotations and framework.
    ///
    /// Notes (no annotation file, no framework) are included; a clean essay has no warnings or errors.
    public static func check(essay: Essay, annotationsPath: String? = nil, frameworkPath: String? = nil) -> [Diagnostic] {
        load(essay: essay, annotationsPath: annotationsPath, frameworkPath: frameworkPath).diagnostics
    }

    /// `X.claims.yaml` for the essay `X.md`.
    public static func defaultAnnotationsPath(forEssay path: String) -> String {
        let base = path.hasSuffix(".md") ? String(path.dropLast(3)) : path
        return base + ".claims.yaml"
    }

    /// `frameworks/caron-1993.yaml` in the essay's folder.
    public static func defaultFrameworkPath(forEssay path: String) -> String {
        resolve(defaultFramework, relativeTo: path)
    }

    /// `relative` read from the folder of the file `file`; absolute paths stay as they are.
    static func resolve(_ relative: String, relativeTo file: String) -> String {
        if relative.hasPrefix("/") { return relative }
        guard let slash = file.lastIndex(of: "/") else { return relative }
        return String(file[...slash]) + relative
    }

    private static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    private static func note(_ file: String, _ message: String) -> Diagnostic {
        let start = SourcePosition(line: 1, column: 1)
        return Diagnostic(.note, file: file, range: SourceRange(start: start, end: start), message: message)
    }

    private static func excerpt(_ text: String, limit: Int = 100) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }

    private static func notFoundMessage(_ claim: ClaimAnnotation, _ nearest: Passage?, sought: Bool, essayPath: String) -> String {
        var message = "the quote of claim \(quoted: claim.id) anchors nowhere in the essay"
        guard sought else {
            return message + "; more than \(QuoteAnchorer.nearestPassageLimit) quotes anchor nowhere, so no nearest passage was looked for"
                + " (fix the first ones, or check that the annotations belong to this essay)"
        }
        guard let nearest else { return message + ", and no sentence resembles it" }
        message += "; nearest passage at \(essayPath):\(nearest.range.start): “\(excerpt(nearest.text))”"
        if nearest.sameWords { message += " (the words match: check quotation marks, apostrophes, dashes and spaces)" }
        return message
    }

    private static func movedMessage(_ claim: ClaimAnnotation, _ anchor: TextAnchor, _ quote: TextQuote, _ how: QuoteAnchorer.Relocation,
                                     essayPath: String) -> String {
        let by = switch how {
        case .context: "found by its prefix and suffix"
        case .nearestPassage(let similarity): "the nearest passage, \(Int((similarity * 100).rounded()))% of its words in order"
        }
        return "the quote of claim '\(claim.id)' moved: it now anchors at \(essayPath):\(anchor.range.start) (\(by)): “\(excerpt(quote.exact))”; "
            + "`legit annotate reanchor` rewrites it"
    }

    private static func ambiguousMessage(_ claim: ClaimAnnotation, count: Int, places anchors: [TextAnchor], anchorer: QuoteAnchorer) -> String {
        let places = anchors.prefix(5).map { "\($0.range.start) “\($0.context(in: anchorer.essay))”" }
        let more = count > places.count ? "; …" : ""
        return "the quote of claim \(quoted: claim.id) anchors \(count) times in the essay (at \(places.joined(separator: "; "))\(more))"
            + "; add a prefix or suffix to choose one"
    }
}
