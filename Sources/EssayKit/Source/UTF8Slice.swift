/// Part of a string by UTF-8 offsets, as `String(decoding:as:)` of those bytes would read.
enum UTF8Slice {
    /// `string(_:_:)` as a slice that shares `string`'s storage when the range falls on scalar
    /// boundaries (the model's sentences and citations are such slices of their text).
    static func substring(_ string: String, _ range: Range<Int>) -> Substring {
        substring(string, range, bytes: string.utf8Span.span)
    }

    /// `substring(_:_:)` where the caller has `string`'s UTF-8 bytes at hand: its ends are told
    /// scalars by the bytes, not through the string's view.
    static func substring(_ string: String, _ range: Range<Int>, bytes: Span<UInt8>) -> Substring {
        let utf8 = string.utf8
        let count = bytes.count
        let lower = min(max(0, range.lowerBound), count)
        let upper = min(max(lower, range.upperBound), count)
        guard lower < upper else { return "" }
        let start = utf8.index(utf8.startIndex, offsetBy: lower)
        let end = utf8.index(start, offsetBy: upper - lower)
        guard isScalarStart(bytes[lower]), upper == count || isScalarStart(bytes[upper]) else {
            return Substring(String(decoding: utf8[start..<end], as: UTF8.self))
        }
        // Both ends fall on scalars, so the bytes are a slice of the string as they stand.
        return Substring(utf8[start..<end])
    }

    /// The text of `string`'s UTF-8 bytes in `range` (clamped to the string); when the range cuts
    /// a scalar, the cut bytes read as U+FFFD, as with `String(decoding:as:)`.
    static func string(_ string: String, _ range: Range<Int>) -> String {
        String(substring(string, range))
    }

    private static func isScalarStart(_ byte: UInt8) -> Bool {
        byte & 0xC0 != 0x80
    }
}
