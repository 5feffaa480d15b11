/// The panes of the main screen.
public enum Pane: Int, Hashable, Sendable, CaseIterable {
    case outline, reading, detail
}

/// What the detail pane shows.
public enum DetailSubject: Hashable, Sendable {
    case claim(String)
    case footnote(String)
    case authority(String)
    case section(Int)
}

/// A thing in the reading pane a reader can select and follow.
public enum Selectable: Hashable, Sendable {
    case marker(block: Int, label: String, offset: Int)
    case claim(String)
}

/// An overlay drawn over the panes.
public enum Overlay: Hashable, Sendable {
    case help
    case scorecard
    case authorities
    case focus(String)
    /// A list of claims or footnotes to pick from, such as a scorecard cell's claims.
    case picker(title: String, entries: [PickerEntry])
}

/// One entry of a picker overlay.
public struct PickerEntry: Hashable, Sendable {
    public var text: String
    public var target: DetailSubject

    public init(text: String, target: DetailSubject) {
        self.text = text
        self.target = target
    }
}

/// A place the reader has been: what was selected and shown, and where the reading pane was.
public struct Location: Hashable, Sendable {
    public var detail: DetailSubject?
    public var selection: Selectable?
    public var anchor: ReadingAnchor
    public var focus: Pane
    public var detailCursor: Int

    public init(detail: DetailSubject?, selection: Selectable?, anchor: ReadingAnchor, focus: Pane, detailCursor: Int) {
        self.detail = detail
        self.selection = selection
        self.anchor = anchor
        self.focus = focus
        self.detailCursor = detailCursor
    }
}

/// The reader's place in the text, independent of the pane's width.
public struct ReadingAnchor: Hashable, Sendable, Codable {
    public var block: Int
    public var offset: Int

    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }
}

/// The jump list: places followed, with back and forward, capped in length.
public struct JumpList: Hashable, Sendable {
    public private(set) var entries: [Location] = []
    public private(set) var index = 0
    public static let capacity = 100

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

/// The search being typed or cycled through.
public struct SearchState: Hashable, Sendable {
    public var query = ""
    public var editing = false
    /// Matches in the reading text, in reading order.
    public var matches: [TextMatch] = []
    public var current: Int?
    /// Footnotes and authorities whose text matches, listed in the detail pane.
    public var others: [PickerEntry] = []
}

/// A match of the search in one reading block.
public struct TextMatch: Hashable, Sendable {
    public var block: Int
    public var range: Range<Int>
}

/// The whole state of the explorer: a value the reducer turns into the next one.
public struct ExplorerState: Sendable {
    public private(set) var model: ExplorerModel
    public let blocks: [ReadingBlock]
    public var width: Int
    public var height: Int
    public var focus: Pane = .reading
    /// The first row of the reading pane in the current layout.
    public var top = 0
    public var selection: Selectable?
    public var detail: DetailSubject?
    public var detailCursor = 0
    public var detailTop = 0
    public var outlineCursor = 0
    public var jumps = JumpList()
    public var factorFilter: String?
    public var search = SearchState()
    /// Where the reading pane was when the search began, to return to on Esc.
    public var searchOrigin: Int?
    /// The text typed at the `:` prompt, when it is open.
    public var prompt: String?
    public var overlay: Overlay?
    public var overlayCursor = 0
    /// A one-line message for the status line, cleared by the next key.
    public var message: String?
    public var wantsQuit = false
    /// The terminal's colour support, which decides the theme.
    public var colors: ColorSupport = .basic
    /// Whether the last command moved along the jump list (so Tab, which is Ctrl-I, goes forward).
    public var lastWasJump = false
    /// Whether the essay was opened from the library, so `q` goes back to the list rather than quitting.
    public var returnsToLibrary = false
    /// The layout of the reading pane at its current width, rebuilt on resize.
    public private(set) var layout: ReadingLayout

    /// The annotated claims and statements of each reading block, by reading block index.
    public private(set) var claimsByBlock: [Int: [ExplorerModel.Claim]]
    /// The reading block index of each body block.
    public let blockIndex: [ReadingBlockRef: Int]
    /// The outline pane's entries.
    public private(set) var outline: [OutlineEntry]
    /// Whether the model holds only the essay while its argument is still being built (see `adopt`).
    public var argumentPending = false

    public init(model: ExplorerModel, width: Int, height: Int) {
        self.model = model
        let blocks = ReadingBlock.blocks(of: model.essay)
        self.blocks = blocks
        var index: [ReadingBlockRef: Int] = [:]
        for (position, block) in blocks.enumerated() {
            if let ref = block.ref { index[ref] = position }
        }
        self.blockIndex = index
        self.claimsByBlock = Self.claimsByBlock(model, index: index)
        self.outline = OutlineEntry.entries(model: model)
        self.width = width
        self.height = height
        let textWidth = max(10, ScreenLayout(width: width, height: height, focus: .reading).reading.width - 3)
        self.layout = ReadingLayout(blocks: blocks, width: textWidth)
        if let first = model.notices.first { message = first }
    }

    /// Takes in the full model of the same essay once its argument is built, keeping the reader's
    /// place, selection, overlay and search: the explorer can show the text before the claims.
    public mutating func adopt(_ full: ExplorerModel) {
        let section = outline.indices.contains(outlineCursor) ? outline[outlineCursor].section : nil
        model = full
        claimsByBlock = Self.claimsByBlock(full, index: blockIndex)
        outline = OutlineEntry.entries(model: full)
        if let section { outlineCursor = outline.firstIndex { $0.kind == .section(section) } ?? 0 }
        if !search.query.isEmpty { search.others = SearchInput.others(TextFolder.terms(search.query), state: self) }
        if let first = full.notices.first { message = first }
        argumentPending = false
    }

    private static func claimsByBlock(_ model: ExplorerModel, index: [ReadingBlockRef: Int]) -> [Int: [ExplorerModel.Claim]] {
        var byBlock: [Int: [ExplorerModel.Claim]] = [:]
        for claim in model.claims {
            if let position = index[claim.block] { byBlock[position, default: []].append(claim) }
        }
        return byBlock
    }

    /// Rebuilds the reading layout for the current size, keeping the reader's place.
    public mutating func relayout() {
        let frame = ScreenLayout(width: width, height: height, focus: focus)
        let textWidth = max(10, frame.reading.width - 3)
        guard layout.width != textWidth || layout.rows.isEmpty else { return }
        let place = anchor
        layout = ReadingLayout(blocks: blocks, width: textWidth)
        top = layout.row(block: place.block, offset: place.offset)
        clampTop()
    }

    /// The screen's panes at the current size.
    public var screen: ScreenLayout { ScreenLayout(width: width, height: height, focus: focus) }

    /// The reader's place, independent of width: the block and offset at the top of the pane.
    public var anchor: ReadingAnchor {
        layout.anchor(at: top).map { ReadingAnchor(block: $0.block, offset: $0.offset) } ?? ReadingAnchor(block: 0, offset: 0)
    }

    /// The reading pane's text area: the pane without its header row.
    public var readingContent: Rect {
        let pane = screen.reading
        return Rect(x: pane.x + 1, y: pane.y + 1, width: pane.width - 1, height: pane.height - 1)
    }

    /// Scrolls the reading pane so `row` is its first row, within bounds.
    public mutating func scrollReading(toRow row: Int) {
        top = row
        clampTop()
    }

    /// Scrolls so `row` is visible, leaving a little context above it when it must move.
    public mutating func reveal(row: Int) {
        let visible = max(1, readingContent.height)
        if row < top || row >= top + visible { scrollReading(toRow: row - min(3, visible / 4)) }
    }

    mutating func clampTop() {
        let visible = max(1, readingContent.height)
        top = max(0, min(top, max(0, layout.rows.count - visible)))
    }

    /// The current location, for the jump list.
    public var location: Location {
        Location(detail: detail, selection: selection, anchor: anchor, focus: focus, detailCursor: detailCursor)
    }

    /// Moves to `location` without touching the jump list.
    public mutating func restore(_ location: Location) {
        detail = location.detail
        selection = location.selection
        focus = location.focus
        relayout()
        top = layout.row(block: location.anchor.block, offset: location.anchor.offset)
        clampTop()
        detailCursor = location.detailCursor
        detailTop = 0
    }

    /// Whether keys are commands now, not text typed at the `:` prompt or into a search.
    public var acceptsCommands: Bool { prompt == nil && !search.editing }

    /// The section last gone to with `]`, `[` or `:sec`, while the pane has not scrolled since
    /// (a short last section may never reach the top of the pane).
    var chosenSection: (index: Int, top: Int)?

    /// The section the reading pane is in.
    public var currentSection: Int {
        if let chosenSection, chosenSection.top == top { return chosenSection.index }
        guard layout.rows.indices.contains(top) else { return 0 }
        return layout.rows[top].section
    }
}
