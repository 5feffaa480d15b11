/// Finds the next byte of interest in UTF-8 text eight bytes at a time.
///
/// Scanners look for a few ASCII bytes (sentence ends, markup characters) in long runs of plain
/// text; testing a whole machine word at once skips those runs quickly.
enum ByteScan {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The first offset at or after `start` whose byte satisfies `matches`, or `bytes.count`.
    /// `anyMatch` must be true for a word (eight bytes) when `matches` holds for one of its bytes;
    /// it may be true for others too.
    @inline(__always)
    static func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                           anyMatch: (UInt64) -> Bool, matches: (UInt8) -> Bool) -> Int {
        guard let base = bytes.baseAddress else { return bytes.count }
        let raw = UnsafeRawPointer(base)
        var index = start
        while index < bytes.count {
            while index + 8 <= bytes.count, !anyMatch(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
            let limit = min(index + 8, bytes.count)
            while index < limit {
                if matches(bytes[index]) { return index }
                index += 1
            }
        }
        return bytes.count
    }

    /// Whether one of the eight bytes of `word` is less than `bound` (at most 128).
    @inline(__always)
    static func containsByte(_ word: UInt64, lessThan bound: UInt8) -> Bool {
        (word &- ones &* UInt64(bound)) & ~word & highBits != 0
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    @inline(__always)
    static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highBits != 0
    }
}
