/// The essay's text as the reading pane shows it: the blocks in reading order, made once per essay.
public struct ReadingText: Sendable {
    public let blocks: [ReadingBlock]
    /// The reading block index of each body block.
    public let blockIndex: [ReadingBlockRef: Int]

    public init(blocks: [ReadingBlock]) {
        self.blocks = blocks
        var index: [ReadingBlockRef: Int] = [:]
        index.reserveCapacity(blocks.count)
        for (position, block) in blocks.enumerated() {
            if let ref = block.ref { index[ref] = position }
        }
        self.blockIndex = index
    }

    /// The body point of a reading point; on a title or heading, the start of the next body block
    /// (`roundingUp`) or the end of the previous one; nil when there is none.
    public func textPoint(_ point: ReadingPoint, roundingUp: Bool) -> TextPoint? {
        guard blocks.indices.contains(point.block) else { return nil }
        if let ref = blocks[point.block].ref { return TextPoint(block: ref, offset: point.offset) }
        var index = point.block
        while blocks.indices.contains(index) {
            if let ref = blocks[index].ref { return TextPoint(block: ref, offset: roundingUp ? 0 : Int.max) }
            index += roundingUp ? 1 : -1
        }
        return nil
    }

    /// The reading point of a point in the body.
    public func point(_ point: TextPoint) -> ReadingPoint? {
        blockIndex[point.block].map { ReadingPoint(block: $0, offset: point.offset) }
    }
}

/// A point in reading order: a reading block and a UTF-8 offset in its text.
public struct ReadingPoint: Hashable, Sendable, Comparable {
    public var block: Int
    public var offset: Int

    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }

    public static func < (lhs: ReadingPoint, rhs: ReadingPoint) -> Bool {
        (lhs.block, lhs.offset) < (rhs.block, rhs.offset)
    }
}
