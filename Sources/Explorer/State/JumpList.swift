/// A place the reader has been: what was selected and shown, where the reading pane was, and which
/// overlays were open.
public struct Location: Hashable, Sendable {
    public var detail: DetailState
    public var selection: Selectable?
    public var anchor: ReadingAnchor
    public var focus: Pane
    public var overlays: OverlayStack

    public init(detail: DetailState = DetailState(), selection: Selectable? = nil, anchor: ReadingAnchor, focus: Pane = .reading,
                overlays: OverlayStack = OverlayStack()) {
        self.detail = detail
        self.selection = selection
        self.anchor = anchor
        self.focus = focus
        self.overlays = overlays
    }
}

/// The jump list: places followed, with back and forward, capped in length.
public struct JumpList: Hashable, Sendable {
    public private(set) var entries: [Location] = []
    public private(set) var index = 0
    public static let capacity = 100

    public init() {}

    /// Records `current` and moves on to `next`; what was ahead of the current place is dropped.
    public mutating func push(from current: Location, to next: Location) {
        if entries.isEmpty { entries = [current]; index = 0 }
        entries[index] = current
        entries.removeSubrange((index + 1)...)
        entries.append(next)
        if entries.count > Self.capacity { entries.removeFirst(entries.count - Self.capacity) }
        index = entries.count - 1
    }

    /// The place before `current`, if any; `current` is kept so forward returns to it.
    public mutating func back(from current: Location) -> Location? {
        guard index > 0, !entries.isEmpty else { return nil }
        entries[index] = current
        index -= 1
        return entries[index]
    }

    /// The place after `current`, if any.
    public mutating func forward(from current: Location) -> Location? {
        guard index + 1 < entries.count else { return nil }
        entries[index] = current
        index += 1
        return entries[index]
    }

    public var canGoForward: Bool { index + 1 < entries.count }

    public var canGoBack: Bool { index > 0 && !entries.isEmpty }
}
