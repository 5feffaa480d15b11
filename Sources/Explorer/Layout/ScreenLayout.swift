/// Where each pane goes for a terminal size: three columns when wide, stacked when medium, one
/// pane at a time when narrow, and nothing but a message when too small.
public struct ScreenLayout: Hashable, Sendable {
    public enum Mode: Hashable, Sendable { case wide, medium, narrow, tooSmall }

    public static let minimumWidth = 40
    public static let minimumHeight = 12

    public let mode: Mode
    public let outline: Rect
    public let reading: Rect
    public let detail: Rect
    public let status: Rect

    public init(width: Int, height: Int, focus: Pane) {
        let status = Rect(x: 0, y: height - 1, width: width, height: 1)
        self.status = status
        let body = height - 1
        if width < Self.minimumWidth || height < Self.minimumHeight {
            mode = .tooSmall
            outline = Rect(x: 0, y: 0, width: 0, height: 0)
            reading = outline
            detail = outline
        } else if width >= 120 {
            mode = .wide
            let outlineWidth = min(34, width / 4)
            let detailWidth = min(48, width / 3)
            outline = Rect(x: 0, y: 0, width: outlineWidth, height: body)
            detail = Rect(x: width - detailWidth, y: 0, width: detailWidth, height: body)
            reading = Rect(x: outlineWidth + 1, y: 0, width: width - outlineWidth - detailWidth - 2, height: body)
        } else if width >= 80 {
            mode = .medium
            let outlineWidth = min(28, width / 4)
            let detailHeight = max(6, body * 2 / 5)
            outline = Rect(x: 0, y: 0, width: outlineWidth, height: body)
            reading = Rect(x: outlineWidth + 1, y: 0, width: width - outlineWidth - 1, height: body - detailHeight - 1)
            detail = Rect(x: outlineWidth + 1, y: body - detailHeight, width: width - outlineWidth - 1, height: detailHeight)
        } else {
            mode = .narrow
            let full = Rect(x: 0, y: 0, width: width, height: body)
            let hidden = Rect(x: 0, y: 0, width: 0, height: 0)
            outline = focus == .outline ? full : hidden
            detail = focus == .detail ? full : hidden
            // The reading pane keeps its width when hidden, so the layout need not change.
            reading = focus == .reading ? full : Rect(x: 0, y: 0, width: width, height: 0)
        }
    }

    /// The rectangle of `pane`.
    public func rect(of pane: Pane) -> Rect {
        switch pane {
        case .outline: outline
        case .reading: reading
        case .detail: detail
        }
    }
}
