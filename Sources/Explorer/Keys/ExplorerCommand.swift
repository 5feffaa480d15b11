/// Everything a key can ask the explorer to do.
public enum ExplorerCommand: String, Hashable, Sendable, CaseIterable {
    case moveDown, moveUp, pageDown, pageUp, top, bottom
    case nextSection, previousSection, nextClaim, previousClaim, nextItem, previousItem
    case nextPane, previousPane
    case follow, back, forward
    case filterIndependence, filterAccountability, filterOversight, filterParticipation, clearFilter
    case search, nextMatch, previousMatch, prompt
    case scorecard, authorities, focus, help, quit
}
