/// Where each pane goes for a terminal size: three columns when wide, stacked when medium, one
/// pane at a time when narrow (or when the reader hides the side panes), and nothing but a
/// message when too small. The text keeps a readable measure however wide its pane is.
public struct ScreenLayout: Hashable, Sendable {
    public enum Mode: Hashable, Sendable { case wide, medium, narrow, tooSmall }

    public static let minimumWidth = 40
    public static let minimumHeight = 12
    /// The widest the text runs, in columns: a readable measure, as a book's.
    public static let measure = 76

    public let mode: Mode
    public let outline: Rect
    public let reading: Rect
    public let detail: Rect
    public let status: Rect
    /// Where the text goes inside the reading pane: under its header, at most `measure` wide, centred.
    public let readingText: Rect

    public init(width: Int, height: Int, focus: Pane, sidePanesHidden: Bool = false) {
        let status = Rect(x: 0, y: height - 1, width: width, height: 1)
        self.status = status
        let body = height - 1
        let hidden = Rect(x: 0, y: 0, width: 0, height: 0)
        if width < Self.minimumWidth || height < Self.minimumHeight {
            mode = .tooSmall
            outline = hidden
            reading = hidden
            detail = hidden
        } else if width >= 120 && !sidePanesHidden {
            mode = .wide
            let outlineWidth = min(30, width / 5)
            let detailWidth = min(48, width * 3 / 10)
            outline = Rect(x: 0, y: 0, width: outlineWidth, height: body)
            detail = Rect(x: width - detailWidth, y: 0, width: detailWidth, height: body)
            reading = Rect(x: outlineWidth + 1, y: 0, width: width - outlineWidth - detailWidth - 2, height: body)
        } else if width >= 80 && !sidePanesHidden {
            mode = .medium
            let outlineWidth = min(28, width / 4)
            let detailHeight = max(6, body * 2 / 5)
            outline = Rect(x: 0, y: 0, width: outlineWidth, height: body)
            reading = Rect(x: outlineWidth + 1, y: 0, width: width - outlineWidth - 1, height: body - detailHeight - 1)
            detail = Rect(x: outlineWidth + 1, y: body - detailHeight, width: width - outlineWidth - 1, height: detailHeight)
        } else {
            mode = .narrow
            let full = Rect(x: 0, y: 0, width: width, height: body)
            outline = focus == .outline ? full : hidden
            detail = focus == .detail ? full : hidden
            // The reading pane keeps its width when hidden, so the layout need not change.
            reading = focus == .reading ? full : Rect(x: 0, y: 0, width: width, height: 0)
        }
        let textWidth = max(10, min(Self.measure, reading.width - 3))
        let margin = max(0, (reading.width - 3 - textWidth) / 2)
        readingText = Rect(x: reading.x + 1 + margin, y: reading.y + 1, width: min(textWidth + 2, max(0, reading.width - 1 - margin)),
                           height: reading.height - 1)
    }

    /// The width the text is wrapped to.
    public var textWidth: Int { max(10, min(Self.measure, reading.width - 3)) }

    /// The rectangle of `pane`.
    public func rect(of pane: Pane) -> Rect {
        switch pane {
        case .outline: outline
        case .reading: reading
        case .detail: detail
        }
    }
}
