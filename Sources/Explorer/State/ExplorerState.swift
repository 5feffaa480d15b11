/// The whole state of the explorer: a value the reducer turns into the next one.
///
/// It is made of parts, one per concern: the reading pane, the outline, the detail pane, the stack
/// of overlays, the prompt being typed, the search and the factor lens.
public struct ExplorerState: Sendable {
    public private(set) var model: ExplorerModel
    public let text: ReadingText
    public var width: Int
    public var height: Int
    public var focus: Pane = .reading
    /// Whether the outline and detail panes are hidden, leaving the text alone on the screen.
    public var sidePanesHidden = false
    public var reading: ReadingState
    public var outline = OutlineState()
    public var detail = DetailState()
    public var overlays = OverlayStack()
    /// The line being typed at `/` or `:`, when one is.
    public var prompt: Prompt?
    public var search = SearchState()
    public var filter = FactorFilter() {
        didSet { if filter.hidesOthers != oldValue.hidesOthers || (filter.hidesOthers && filter != oldValue) { outline.rebuild(model, filter: filter) } }
    }
    public var jumps = JumpList()
    /// The annotation file open for editing, the dialog being answered and the span being made.
    public var annotating = AnnotatingState()
    /// Searches and commands typed before, oldest first, for `Up` at the prompt.
    public var searchHistory: [String] = []
    public var commandHistory: [String] = []
    /// A one-line message for the status line, cleared by the next key.
    public var message: String?
    public var wantsQuit = false
    /// What the terminal should do before the next frame (suspend, redraw), asked by a key.
    public var request: TerminalRequest?
    /// The terminal's colour support, which decides the theme.
    public var colors: ColorSupport = .basic
    /// Whether the last command moved along the jump list (so Tab, which is Ctrl-I, goes forward).
    public var lastWasJump = false
    /// Whether the essay was opened from the library, so `q` goes back to the list rather than quitting.
    public var returnsToLibrary = false
    /// Whether the model holds only the essay while its argument is still being built (see `adopt`).
    public var argumentPending = false
    /// Whether the text is the opening of a large essay while the whole is read (see `carried(into:)`).
    public var textPending = false
    /// The annotated claims and the sentences with suggested factors of each reading block.
    public private(set) var claimsByBlock: [Int: [ExplorerModel.Claim]]

    public init(model: ExplorerModel, width: Int, height: Int) {
        self.model = model
        let text = ReadingText(blocks: ReadingBlock.blocks(of: model.essay))
        self.text = text
        self.width = width
        self.height = height
        self.claimsByBlock = Self.claimsByBlock(model, text: text)
        let screen = ScreenLayout(width: width, height: height, focus: .reading)
        self.reading = ReadingState(layout: ReadingLayout(blocks: text.blocks, width: screen.textWidth))
        outline.rebuild(model, filter: filter)
        if let first = model.notices.first { message = first }
    }

    /// Takes in the full model of the same essay once its argument is built, keeping the reader's
    /// place, selection, overlays and search: the explorer can show the text before the claims.
    public mutating func adopt(_ full: ExplorerModel) {
        model = full
        claimsByBlock = Self.claimsByBlock(full, text: text)
        outline.rebuild(full, filter: filter)
        if let first = full.notices.first { message = first }
        argumentPending = false
        if let waiting = search.waiting ?? search.found?.query { SearchInput.rerun(waiting, in: &self) }
    }

    /// `whole`, the state of the whole essay this state shows the opening of, with everything the
    /// reader did meanwhile carried over: the place, the selection, the panes, the prompt, the
    /// search, the lens, the overlays and the jump list.
    public func carried(into whole: ExplorerState) -> ExplorerState {
        var next = whole
        if next.width != width || next.height != height { next = ExplorerReducer.reduce(next, .resize(width: width, height: height)) }
        next.sidePanesHidden = sidePanesHidden
        next.prompt = prompt
        next.search = search
        next.filter = filter
        next.jumps = jumps
        next.searchHistory = searchHistory
        next.commandHistory = commandHistory
        next.message = message
        next.colors = colors
        next.returnsToLibrary = returnsToLibrary
        next.annotating = annotating
        next.request = request
        next.restore(location)
        next.textPending = false
        return next
    }

    private static func claimsByBlock(_ model: ExplorerModel, text: ReadingText) -> [Int: [ExplorerModel.Claim]] {
        var byBlock: [Int: [ExplorerModel.Claim]] = [:]
        for claim in model.claims {
            if let position = text.blockIndex[claim.block] { byBlock[position, default: []].append(claim) }
        }
        return byBlock
    }

    // MARK: - The screen

    /// The screen's panes at the current size.
    public var screen: ScreenLayout { ScreenLayout(width: width, height: height, focus: focus, sidePanesHidden: sidePanesHidden) }

    /// The reading pane's text area: the pane without its header row, at the text's measure.
    public var readingContent: Rect { screen.readingText }

    /// Rebuilds the reading layout for the current size, keeping the reader's place.
    public mutating func relayout() {
        let textWidth = screen.textWidth
        guard reading.layout.width != textWidth || reading.layout.rows.isEmpty else { return }
        let place = reading.anchor
        reading.layout = ReadingLayout(blocks: text.blocks, width: textWidth)
        reading.top = reading.layout.row(block: place.block, offset: place.offset)
        clampTop()
    }

    // MARK: - The reading pane

    /// Shorthands for the reading pane's parts, which most commands touch.
    public var layout: ReadingLayout { reading.layout }
    public var top: Int { reading.top }
    public var selection: Selectable? {
        get { reading.selection }
        set { reading.selection = newValue }
    }
    public var anchor: ReadingAnchor { reading.anchor }
    public var currentSection: Int { reading.currentSection }
    public var blocks: [ReadingBlock] { text.blocks }

    /// How many rows of text the reading pane shows.
    var visibleRows: Int { max(1, readingContent.height) }

    /// The rows the reading pane shows now.
    public var visibleRange: Range<Int> { reading.top..<min(reading.layout.rows.count, reading.top + visibleRows) }

    /// Scrolls the reading pane so `row` is its first row, within bounds.
    public mutating func scrollReading(toRow row: Int) {
        reading.top = row
        clampTop()
    }

    /// Scrolls so `row` is visible, leaving a little context above it when it must move.
    public mutating func reveal(row: Int) {
        if row < reading.top || row >= reading.top + visibleRows { scrollReading(toRow: row - min(3, visibleRows / 4)) }
    }

    mutating func clampTop() {
        reading.top = max(0, min(reading.top, max(0, reading.layout.rows.count - visibleRows)))
    }

    /// The reading point at the start of the first visible row, and at the end of the last.
    var visiblePoints: (first: ReadingPoint, last: ReadingPoint) {
        let range = visibleRange
        let first = reading.layout.anchor(at: range.lowerBound).map { ReadingPoint(block: $0.block, offset: $0.offset) } ?? ReadingPoint(block: 0, offset: 0)
        var last = first
        var row = range.upperBound - 1
        while row >= range.lowerBound {
            if let end = reading.layout.end(ofRow: row) {
                last = end
                break
            }
            row -= 1
        }
        return (first, last)
    }

    // MARK: - Places

    /// The current location, for the jump list.
    public var location: Location {
        Location(detail: detail, selection: reading.selection, anchor: reading.anchor, focus: focus, overlays: overlays)
    }

    /// Moves to `location` without touching the jump list.
    public mutating func restore(_ location: Location) {
        detail = location.detail
        reading.selection = location.selection
        focus = location.focus
        overlays = location.overlays
        relayout()
        reading.top = reading.layout.row(block: location.anchor.block, offset: location.anchor.offset)
        clampTop()
    }

    /// Whether keys are commands now, not text typed at a prompt.
    public var acceptsCommands: Bool { prompt == nil }
}
