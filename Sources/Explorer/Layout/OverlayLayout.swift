/// Where an overlay goes and which of its rows show: the box centred under the top row, its
/// lines one row each (cut with `…` at the edge), scrolled so the chosen line stays in sight.
struct OverlayLayout: Sendable {
    let box: Rect
    let content: OverlayContent
    let rows: DetailLayout
    /// The first row shown.
    let first: Int

    /// The width of the text inside a box on a screen `screenWidth` wide.
    static func innerWidth(screenWidth: Int) -> Int {
        max(1, min(screenWidth - 2, 100) - 3)
    }

    init(_ frame: OverlayFrame, state: ExplorerState) {
        let content = OverlayContent.of(frame.overlay, state: state)
        // Help and the legend are read, so their lines wrap; lists and tables keep one row a line.
        let wraps = frame.overlay == .help || frame.overlay == .legend
        let rows = DetailLayout(content.document, width: Self.innerWidth(screenWidth: state.width), wraps: wraps)
        let width = min(state.width - 2, 100)
        let height = min(state.height - 3, max(8, rows.rowCount + 2))
        box = Rect(x: (state.width - width) / 2, y: 1, width: width, height: height)
        self.content = content
        self.rows = rows
        let inner = max(1, height - 2)
        let last = max(0, rows.rowCount - inner)
        if rows.targetCount > 0 {
            let row = rows.rows(ofTarget: min(frame.cursor, rows.targetCount - 1))?.lowerBound ?? 0
            first = max(0, min(row - inner / 3, last))
        } else {
            first = max(0, min(frame.cursor, last))
        }
    }

    /// How many rows the box shows.
    var innerHeight: Int { max(1, box.height - 2) }

    /// How far the cursor can go: the last link, or the last first row.
    var cursorLimit: Int {
        rows.targetCount > 0 ? rows.targetCount - 1 : max(0, rows.rowCount - innerHeight)
    }
}
