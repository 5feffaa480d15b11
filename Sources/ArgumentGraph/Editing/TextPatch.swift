/// One replacement in a text: the UTF-8 bytes `range` of the old text become `replacement`.
public struct TextPatch: Hashable, Sendable {
    /// The bytes replaced, as offsets into the text the patch applies to.
    public var range: Range<Int>
    public var replacement: String

    public init(range: Range<Int>, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    /// An insertion at `offset`.
    public init(inserting text: String, at offset: Int) {
        self.init(range: offset..<offset, replacement: text)
    }

    /// Applies `patches`, which must not overlap, to `bytes`; returns the new bytes and the
    /// patches that undo them (offsets into the new bytes), in the same order.
    static func apply(_ patches: [TextPatch], to bytes: [UInt8]) -> (bytes: [UInt8], inverse: [TextPatch]) {
        let sorted = patches.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + sorted.reduce(0) { $0 + $1.replacement.utf8.count })
        var inverse: [TextPatch] = []
        var copied = 0
        for patch in sorted {
            let lower = min(max(patch.range.lowerBound, copied), bytes.count)
            let upper = min(max(patch.range.upperBound, lower), bytes.count)
            result.append(contentsOf: bytes[copied..<lower])
            let start = result.count
            result.append(contentsOf: patch.replacement.utf8)
            inverse.append(TextPatch(range: start..<result.count, replacement: String(decoding: bytes[lower..<upper], as: UTF8.self)))
            copied = upper
        }
        result.append(contentsOf: bytes[copied...])
        return (result, inverse)
    }

    /// Whether any two of `patches` touch the same bytes (two insertions at one offset included).
    static func overlap(_ patches: [TextPatch]) -> Bool {
        let sorted = patches.sorted { ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound) }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) {
            if later.range.lowerBound < earlier.range.upperBound { return true }
            if later.range.lowerBound == earlier.range.lowerBound && earlier.range.isEmpty && later.range.isEmpty { return true }
        }
        return false
    }
}
