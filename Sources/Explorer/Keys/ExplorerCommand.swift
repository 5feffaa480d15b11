/// Everything a key can ask the explorer to do.
public enum ExplorerCommand: Hashable, Sendable {
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case nextSection, previousSection, nextClaim, previousClaim, nextItem, previousItem, nextSentence, previousSentence
    case nextPane, previousPane, toggleSidePanes
    case follow, back, forward
    /// Choose (or drop) the framework's `n`th factor, counting from 1, in the factor lens.
    case filterFactor(Int)
    case filterStance, hideUnmatched, clearFilter
    case search, nextMatch, previousMatch, searchResults, prompt
    case scorecard, authorities, focus, legend, help, quit
    case suspend, redraw
    /// Annotating: spans, claims made, edited, deleted, related and unrelated, suggestions accepted, undo and redo.
    case extendWord, extendSentence, shrinkWord, makeClaim, editClaim, deleteClaim, relateClaim, unrelateClaim, acceptSuggestion, undo, redo

    /// Whether the command changes the annotations or the span they are made from.
    public var isAnnotating: Bool {
        switch self {
        case .extendWord, .extendSentence, .shrinkWord, .makeClaim, .editClaim, .deleteClaim, .relateClaim, .unrelateClaim, .acceptSuggestion,
             .undo, .redo: true
        default: false
        }
    }
}
