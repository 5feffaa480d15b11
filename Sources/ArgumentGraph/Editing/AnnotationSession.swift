import EssayKit

/// An essay's annotation file open for editing: the editor (document, checks, undo and redo) and
/// the store (the file on disk), saved together so that no one's change is lost.
///
/// At a save, a change made on disk since the file was read is merged by lines with the edits made
/// here. Where both touch the same lines and the edits since the last save are plain edits (no
/// undo or redo among them), the edits are made again on what is on disk now, as they were asked;
/// only when one no longer applies (its claim was removed there, its id taken) is the save refused.
/// A refused or failed save changes nothing on disk and keeps every edit here.
public struct AnnotationSession: Sendable {
    public private(set) var editor: AnnotationEditor
    public private(set) var store: AnnotationStore
    /// The edits since the last save, while they are plain edits; nil once an undo or redo comes between.
    private var pending: [AnnotationEdit]? = []

    /// Opens the annotations at `path` of `essay` (a new file with a header when there is none);
    /// `frameworkReference` is what a new file's `framework:` says, when anything.
    public static func open(path: String, essay: Essay, framework: Framework?,
                            frameworkReference: String? = nil) throws(AnnotationStoreError) -> AnnotationSession {
        let essayName = essay.source.path.split(separator: "/").last.map(String.init) ?? essay.source.path
        let (store, document) = try AnnotationStore.open(path: path) {
            AnnotationDocument.new(path: path, essayFileName: essayName, title: essay.title.isEmpty ? nil : essay.title, framework: frameworkReference)
        }
        return AnnotationSession(editor: AnnotationEditor(document: document, essay: essay, framework: framework), store: store)
    }

    public init(editor: AnnotationEditor, store: AnnotationStore) {
        self.editor = editor
        self.store = store
    }

    /// The annotations as they stand here.
    public var document: AnnotationDocument { editor.document }

    /// Whether there are edits not yet on disk.
    public var hasUnsavedChanges: Bool {
        // Compared as bytes: `String`'s `==` compares by canonical equivalence, slowly on a large file.
        store.base.map { !editor.document.text.utf8.elementsEqual($0.utf8) } ?? true
    }

    /// Makes `edit` here (not yet on disk).
    @discardableResult
    public mutating func apply(_ edit: AnnotationEdit) throws(AnnotationEditError) -> AnnotationChange {
        let change = try editor.apply(edit)
        pending?.append(edit)
        return change
    }

    /// Undoes the latest change here; nil when there is none.
    @discardableResult
    public mutating func undo() throws(AnnotationEditError) -> AnnotationChange? {
        let change = try editor.undo()
        if change != nil { pending = nil }
        return change
    }

    /// Makes the latest undone change again; nil when there is none.
    @discardableResult
    public mutating func redo() throws(AnnotationEditError) -> AnnotationChange? {
        let change = try editor.redo()
        if change != nil { pending = nil }
        return change
    }

    /// Writes the annotations, merged with any change made on disk meanwhile (see the type's notes).
    @discardableResult
    public mutating func save() throws(AnnotationStoreError) -> AnnotationStore.Saved {
        var saved: AnnotationStore.Saved
        do {
            saved = try store.save(editor.document)
        } catch .conflict(let path, let line) {
            guard let edits = pending, !edits.isEmpty else { throw .conflict(path: path, line: line) }
            // Make the edits again on what is there now, as they were asked.
            var (fresh, document) = try AnnotationStore.open(path: path) { editor.document }
            var again = AnnotationEditor(document: document, essay: editor.essay, framework: editor.framework)
            for edit in edits {
                do {
                    try again.apply(edit)
                } catch {
                    throw .stale(path: path, reason: error.description)
                }
            }
            document = again.document
            saved = try fresh.save(document)
            saved.merged = true
            store = fresh
        }
        if saved.merged { editor.replaceDocument(saved.document) }
        pending = []
        return saved
    }
}
