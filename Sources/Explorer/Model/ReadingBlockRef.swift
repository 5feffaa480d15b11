import EssayKit

/// Where a piece of body text lives: section, block and list item.
public struct ReadingBlockRef: Hashable, Sendable, Comparable {
    public var section: Int
    public var block: Int
    public var item: Int?

    public init(section: Int, block: Int, item: Int? = nil) {
        self.section = section
        self.block = block
        self.item = item
    }

    /// The block that holds the sentence at `locator`.
    public init(_ locator: SentenceLocator) {
        self.init(section: locator.section, block: locator.block, item: locator.item)
    }

    public static func < (lhs: ReadingBlockRef, rhs: ReadingBlockRef) -> Bool {
        (lhs.section, lhs.block, lhs.item ?? -1) < (rhs.section, rhs.block, rhs.item ?? -1)
    }
}

/// A point in the essay's body: a block and a UTF-8 offset in its text, ordered as a reader meets them.
public struct TextPoint: Hashable, Sendable, Comparable {
    public var block: ReadingBlockRef
    public var offset: Int

    public init(block: ReadingBlockRef, offset: Int) {
        self.block = block
        self.offset = offset
    }

    public static func < (lhs: TextPoint, rhs: TextPoint) -> Bool {
        lhs.block != rhs.block ? lhs.block < rhs.block : lhs.offset < rhs.offset
    }
}
