/// A view drawn over the panes.
public enum Overlay: Hashable, Sendable {
    case help
    /// What the badges, stance marks and claim colours mean.
    case legend
    case scorecard
    case authorities
    /// The selected claim's supports and attacks.
    case focus(String)
    /// The claims behind a scorecard cell.
    case cell(subject: String, factor: String)
    /// Every claim and note citing a work.
    case citing(authority: String)
    /// Every match of the search, grouped by kind.
    case results
}

/// One open overlay and where the reader is in it.
public struct OverlayFrame: Hashable, Sendable {
    public var overlay: Overlay
    /// The chosen line, among the lines that can be chosen; in an overlay without any, the first line shown.
    public var cursor = 0

    public init(_ overlay: Overlay, cursor: Int = 0) {
        self.overlay = overlay
        self.cursor = cursor
    }
}

/// The overlays open, the last on top: `q`, `Esc` and `Backspace` close one level, so a cell's list
/// of claims goes back to the scorecard, a work's citing notes to the table of authorities.
public struct OverlayStack: Hashable, Sendable {
    public private(set) var frames: [OverlayFrame] = []

    public init(_ frames: [OverlayFrame] = []) {
        self.frames = frames
    }

    /// The overlay on top, if any.
    public var top: OverlayFrame? {
        get { frames.last }
        set {
            guard !frames.isEmpty else { return }
            if let newValue { frames[frames.count - 1] = newValue } else { frames.removeLast() }
        }
    }

    public var isEmpty: Bool { frames.isEmpty }

    /// Opens `overlay` over the others.
    public mutating func push(_ overlay: Overlay) {
        frames.append(OverlayFrame(overlay))
    }

    /// Closes the overlay on top.
    public mutating func pop() {
        if !frames.isEmpty { frames.removeLast() }
    }

    /// Closes every overlay.
    public mutating func removeAll() {
        frames.removeAll()
    }
}
