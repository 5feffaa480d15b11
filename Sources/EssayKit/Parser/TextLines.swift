import LowLevel

/// The lines of a file's bytes, for the passes that rewrite converted pages line by line.
enum TextLines {
    /// The lines of `bytes` in `order` (indices into `lines`), joined by line feeds, each naming the
    /// line it was (`SourceFile.LineOrigin`).
    static func reordered(_ bytes: [UInt8], lines: [Range<Int>], order: [Int]) -> (bytes: [UInt8], origins: [SourceFile.LineOrigin]) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var origins: [SourceFile.LineOrigin] = []
        origins.reserveCapacity(order.count)
        for line in order {
            if !origins.isEmpty { output.append(0x0A) }
            output.append(contentsOf: bytes[lines[line]])
            origins.append(.init(line: Int32(clamping: line), columnShift: 0))
        }
        return (output, origins)
    }

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
