import LowLevel

/// The lines of a file's bytes, for the passes that rewrite converted pages line by line.
enum TextLines {
    /// Each line's range without its line feed; the last runs to the end (empty after a final line feed).
    static func ranges(_ bytes: [UInt8]) -> [Range<Int>] {
        let span = bytes.span
        var lines: [Range<Int>] = []
        var start = 0
        while start <= bytes.count {
            let end = ByteScan.firstIndex(of: 0x0A, in: span, from: start) ?? bytes.count
            lines.append(start..<end)
            start = end + 1
        }
        return lines
    }
}
