import EssayKit

/// Why an edit of an annotation file was not made; the file and the document are then unchanged.
public enum AnnotationEditError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The quote occurs nowhere in the essay; the nearest passage, when a sentence looks alike.
    case quoteNotFound(quote: String, nearest: Passage?, essayPath: String)
    /// The quote occurs `count` times; the first places, as `line:col` with their sentence.
    case quoteAmbiguous(quote: String, count: Int, places: [String])
    /// No claim has the id; the closest id, when one is near.
    case unknownClaim(id: String, closest: String?)
    /// The id is taken by the claim declared at `line`.
    case duplicateID(id: String, line: Int)
    /// The id cannot be written as one (empty, a line break, too long).
    case invalidID(id: String, reason: String)
    /// The framework has no such factor.
    case unknownFactor(factor: String, framework: String, choices: [String])
    /// The framework does not allow the stance.
    case stanceNotAllowed(stance: Stance, framework: String, choices: [String])
    /// The factor is listed twice in one claim.
    case repeatedFactor(factor: String)
    /// A claim cannot relate to itself.
    case selfRelation(id: String, type: RelationType)
    /// The relation is already there (`link`), or is not (`unlink`).
    case relationExists(from: String, type: RelationType, to: String)
    case relationMissing(from: String, type: RelationType, to: String)
    /// The subject id is declared already (`declareSubject`).
    case subjectExists(id: String)
    /// The file is not YAML legit can edit: a syntax error, or a shape other than an annotation file's.
    case unreadable(Diagnostic)
    /// The file uses YAML legit does not rewrite in place (an alias, a claim that is not a mapping).
    case unsupported(path: String, line: Int, what: String)
    /// A bug: the edit would not read back as written. Nothing was changed.
    case notPreserved(path: String, what: String)

    public var description: String {
        switch self {
        case let .quoteNotFound(quote, nearest, essayPath):
            let head = "the quote “\(Self.excerpt(quote, 60))” anchors nowhere in the essay"
            guard let nearest else { return head + ", and no sentence resembles it" }
            let same = nearest.sameWords ? " (the words match: check quotation marks, apostrophes, dashes and spaces)" : ""
            return head + "; nearest passage at \(essayPath):\(nearest.range.start): “\(Self.excerpt(nearest.text, 100))”" + same
        case let .quoteAmbiguous(quote, count, places):
            return "the quote “\(Self.excerpt(quote, 60))” anchors \(count) times in the essay (at \(places.joined(separator: "; ")))"
                + "; quote more of the sentence, or give --prefix or --suffix"
        case let .unknownClaim(id, closest):
            return "no claim '\(Self.excerpt(id, 60))'" + (closest.map { " (did you mean '\($0)'?)" } ?? "")
        case let .duplicateID(id, line):
            return "the id '\(id)' is taken by the claim on line \(line); choose another with --id"
        case let .invalidID(id, reason):
            return "the id '\(Self.excerpt(id, 60))' \(reason)"
        case let .unknownFactor(factor, framework, choices):
            return "unknown factor '\(Self.excerpt(factor, 60))'; \(framework) has \(choices.joined(separator: ", "))"
        case let .stanceNotAllowed(stance, framework, choices):
            return "the framework \(framework) does not allow the stance '\(stance.rawValue)'; use one of \(choices.joined(separator: ", "))"
        case let .repeatedFactor(factor):
            return "the factor '\(factor)' is given twice"
        case let .selfRelation(id, type):
            return "claim '\(id)' cannot \(type.verb) itself"
        case let .relationExists(from, type, to):
            return "claim '\(from)' already \(type.rawValue) '\(to)'"
        case let .relationMissing(from, type, to):
            return "claim '\(from)' does not \(type.verb) '\(to)'"
        case let .subjectExists(id):
            return "the subject '\(id)' is declared already"
        case let .unreadable(diagnostic):
            return diagnostic.description
        case let .unsupported(path, line, what):
            return "\(path):\(line): error: legit does not rewrite \(what) in place; edit this part of the file by hand"
        case let .notPreserved(path, what):
            return "\(path): error: the edit would not read back as written (\(what)); nothing was changed. This is a bug in legit: please report it"
        }
    }

    private static func excerpt(_ text: String, _ limit: Int) -> String {
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        return flat.count <= limit ? flat : String(flat.prefix(limit - 1)) + "…"
    }
}

extension RelationType {
    /// The relation as a verb after "cannot" (`support`, `attack`).
    var verb: String { String(rawValue.dropLast()) }
}
