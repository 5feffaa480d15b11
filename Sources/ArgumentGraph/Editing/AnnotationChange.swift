/// An edit as it was made: the patches that made it and those that undo it, as values a history
/// keeps (the explorer's undo and redo, the CLI's one edit).
public struct AnnotationChange: Hashable, Sendable {
    /// What was asked.
    public let edit: AnnotationEdit
    /// The change in a few words: `added claim 'x' (counterclaim)`.
    public let summary: String
    /// What else it did, one sentence each: `removed 'x' from the supports of 'y'`.
    public let notes: [String]
    /// Each step's patches, on the text before that step; applied in order they make the edit.
    let steps: [[TextPatch]]
    /// The patches that undo each step, in the order to apply them.
    let undoSteps: [[TextPatch]]
    /// The length of the text before and after the change, a check that an undo or redo meets
    /// the text it was made for.
    let lengthBefore: Int
    let lengthAfter: Int

    /// The byte ranges of the text after the change that the change wrote (for showing it).
    public var writtenRanges: [Range<Int>] {
        guard steps.count == 1, let inverse = undoSteps.first else { return [] }
        return inverse.map(\.range)
    }
}
