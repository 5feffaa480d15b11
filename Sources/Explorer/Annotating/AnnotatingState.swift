import ArgumentGraph
import EssayKit

/// The explorer's part of annotating: the annotation file open for editing, the dialog being
/// answered, the span being extended, and what undo and redo take back.
///
/// The file is opened at the first annotating key, through the core's `AnnotationSession`, which
/// checks every edit, keeps the undo history and saves atomically, merging changes made on disk.
public struct AnnotatingState: Sendable {
    /// The annotation file open for editing; nil until the first annotating key.
    public var session: AnnotationSession?
    /// The annotation file to edit; nil for `X.claims.yaml` beside the essay `X.md`.
    public var annotationsPath: String?
    /// The dialog open over the panes, if any.
    public var dialog: AnnotationDialog?
    /// A span extended from the selection by words or sentences (`w`, `W`, `b`).
    public var span: TextSpan?
    /// Why the last save failed, while edits are kept only here; nil when everything is on disk.
    public var unsavedReason: String?
    /// How many of the session's edits each annotating key made, the latest last, so `u` takes back
    /// what one key did (an edit of a claim can change its kind, subject, factors and id at once).
    var undoGroups: [Int] = []
    /// Whether `q` has said once that edits are not saved, so the next `q` quits.
    var quitWarned = false
    var redoGroups: [Int] = []

    public init(annotationsPath: String? = nil) {
        self.annotationsPath = annotationsPath
    }
}

/// A stretch of one reading block's text, made from the selection by `w`, `W` and `b`.
public struct TextSpan: Hashable, Sendable {
    /// The reading block (an index into `ExplorerState.blocks`).
    public var block: Int
    /// UTF-8 offsets in the block's text.
    public var range: Range<Int>
    /// The selection the span was made from: the span holds while that stays selected.
    public var origin: Selectable

    public init(block: Int, range: Range<Int>, origin: Selectable) {
        self.block = block
        self.range = range
        self.origin = origin
    }
}

/// A dialog of the annotating keys, as state: the views draw it, the reducer answers its keys.
public enum AnnotationDialog: Hashable, Sendable {
    /// A new claim or the edit of one: kind, factors and stances, subject, id.
    case claim(ClaimForm)
    /// Asks before a claim is deleted.
    case confirmDelete(id: String, relations: Int)
    /// Relates the selected claim to another: the relation, then the claim from a fuzzy picker.
    case relate(RelationPicker)
    /// Removes one relation of the selected claim: which, when it has several, then asks.
    case unrelate(RelationRemoval)
}

/// The dialog that removes one relation to or from a claim, as state: the relations to choose
/// from, then the question.
public struct RelationRemoval: Hashable, Sendable {
    /// One relation: `from` `type` `to`.
    public struct Relation: Hashable, Sendable {
        public var from: String
        public var type: RelationType
        public var to: String

        public init(from: String, type: RelationType, to: String) {
            self.from = from
            self.type = type
            self.to = to
        }

        /// The relation as the status line says it: `'a' supports 'b'`.
        public var sentence: String { "'\(from)' \(type.rawValue) '\(to)'" }
    }

    /// The selected claim.
    public var claim: String
    /// Its relations: its own first, in the file's order, then those of the claims naming it.
    public var relations: [Relation]
    /// The relation chosen in the list.
    public var cursor = 0
    /// Whether the relation is chosen and the question asked.
    public var confirming = false

    public init(claim: String, relations: [Relation]) {
        self.claim = claim
        self.relations = relations
    }

    /// The relation under the cursor.
    public var chosen: Relation? { relations.indices.contains(cursor) ? relations[cursor] : nil }
}
