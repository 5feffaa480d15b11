/// The reading pane's part of the state: the essay wrapped to the pane, where the pane is, and
/// what is selected in it.
public struct ReadingState: Sendable {
    /// The layout of the text at the pane's current width, rebuilt on resize.
    public internal(set) var layout: ReadingLayout
    /// The first row of the pane in the layout.
    public internal(set) var top = 0
    /// The marker or claim selected, if any.
    public var selection: Selectable?
    /// The section last gone to with `]`, `[` or `:sec`, while the pane has not scrolled since
    /// (a short last section may never reach the top of the pane).
    var chosenSection: (index: Int, top: Int)?

    init(layout: ReadingLayout) {
        self.layout = layout
    }

    /// The reader's place, independent of width: the block and offset at the top of the pane.
    public var anchor: ReadingAnchor {
        layout.anchor(at: top).map { ReadingAnchor(block: $0.block, offset: $0.offset) } ?? ReadingAnchor(block: 0, offset: 0)
    }

    /// The section the pane is in.
    public var currentSection: Int {
        if let chosenSection, chosenSection.top == top { return chosenSection.index }
        guard layout.rows.indices.contains(top) else { return 0 }
        return layout.rows[top].section
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
