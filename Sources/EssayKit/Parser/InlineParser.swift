import Foundation

/// Turns the raw Markdown of a block (one or more pieces of the file) into a `RichText`.
///
/// It knows footnote markers (`<sup>N</sup>`), emphasis (`*...*`), backslash escapes,
/// autolinks (`<https://...>`) and `[text](url)` links; everything else is kept as written.
struct InlineParser {
    let file: SourceFile
    private var output: [UInt8] = []
    private var spans: [RichText.Span] = []
    private var markers: [RichText.Marker] = []
    private var sourceMap: [SourceMapRun] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var lastSource = -2

    init(file: SourceFile) {
        self.file = file
    }

    /// Parses the pieces, joining them with a single space, and returns the rich text.
    mutating func parse(pieces: [Range<Int>]) -> RichText {
        output.removeAll(keepingCapacity: true)
        spans = []
        markers = []
        sourceMap = []
        lastSource = -2
        for (index, piece) in pieces.enumerated() {
            if index > 0, !output.isEmpty, output.last != UInt8(ascii: " ") {
                emit(UInt8(ascii: " "), from: piece.lowerBound)
            }
            parsePiece(trimmed(piece))
        }
        while output.last == UInt8(ascii: " ") { output.removeLast() }
        let text = String(decoding: output, as: UTF8.self)
        let limit = output.count
        let clippedSpans = spans.compactMap { span -> RichText.Span? in
            let upper = min(span.range.upperBound, limit)
            return span.range.lowerBound < upper ? RichText.Span(range: span.range.lowerBound..<upper, style: span.style) : nil
        }
        let clippedMarkers = markers.map { marker in
            var marker = marker
            marker.offset = min(marker.offset, limit)
            return marker
        }
        return RichText(text: text, spans: clippedSpans, markers: clippedMarkers, sourceMap: sourceMap)
    }

    private func trimmed(_ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, Self.isSpace(file.bytes[lower]) { lower += 1 }
        while upper > lower, Self.isSpace(file.bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private mutating func emit(_ byte: UInt8, from source: Int) {
        if source != lastSource + 1 {
            sourceMap.append(SourceMapRun(textOffset: output.count, sourceOffset: source))
        }
        lastSource = source
        output.append(byte)
    }

    private mutating func emitLiteral(_ range: Range<Int>) {
        for index in range {
            let byte = file.bytes[index]
            if byte == 0x0A || byte == 0x0D || byte == 0x09 {
                if output.last != UInt8(ascii: " ") { emit(UInt8(ascii: " "), from: index) }
            } else {
                emit(byte, from: index)
            }
        }
    }

    private mutating func parsePiece(_ range: Range<Int>) {
        let bytes = file.bytes
        let openers = Self.pairEmphasis(in: bytes, range: range)
        let closers = Set(openers.values)
        var openEmphasis: [Int] = []
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\\"):
                if index + 1 < end, Self.isEscapable(bytes[index + 1]) {
                    emit(bytes[index + 1], from: index + 1)
                    index += 2
                } else {
                    emit(byte, from: index)
                    index += 1
                }
            case UInt8(ascii: "*"):
                if openers[index] != nil {
                    openEmphasis.append(output.count)
                    index += 1
                } else if closers.contains(index), let start = openEmphasis.popLast() {
                    spans.append(RichText.Span(range: start..<output.count, style: .emphasis))
                    index += 1
                } else {
                    emit(byte, from: index)
                    index += 1
                }
            case UInt8(ascii: "<"):
                index = parseAngle(at: index, end: end)
            case UInt8(ascii: "["):
                index = parseLink(at: index, end: end)
            case 0x0A, 0x0D, 0x09:
                if output.last != UInt8(ascii: " ") { emit(UInt8(ascii: " "), from: index) }
                index += 1
            default:
                emit(byte, from: index)
                index += 1
            }
        }
    }

    /// Pairs `*` delimiters: an opener is followed by a non-space, a closer preceded by one.
    /// Returns opener offsets mapped to their closer offsets; unpaired stars stay literal.
    static func pairEmphasis(in bytes: [UInt8], range: Range<Int>) -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        guard bytes[range].contains(UInt8(ascii: "*")) else { return pairs }
        var stack: [Int] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") { index += 2; continue }
            if byte == UInt8(ascii: "<"), matches(bytes, at: index, "<sup>", limit: range.upperBound) {
                if let close = find(bytes, "</sup>", from: index, limit: range.upperBound) { index = close + 6; continue }
            }
            if byte == UInt8(ascii: "*") {
                let before: UInt8? = index > range.lowerBound ? bytes[index - 1] : nil
                let after: UInt8? = index + 1 < range.upperBound ? bytes[index + 1] : nil
                let canClose = before.map { !isSpace($0) } ?? false
                let canOpen = after.map { !isSpace($0) && $0 != UInt8(ascii: "*") } ?? false
                if canClose, let opener = stack.last, opener + 1 < index {
                    stack.removeLast()
                    pairs[opener] = index
                } else if canOpen {
                    stack.append(index)
                }
            }
            index += 1
        }
        return pairs
    }

    private mutating func parseAngle(at index: Int, end: Int) -> Int {
        let bytes = file.bytes
        if Self.matches(bytes, at: index, "<sup>", limit: end) {
            if let close = Self.find(bytes, "</sup>", from: index + 5, limit: end) {
                let labelRange = trimmed(index + 5..<close)
                let label = String(decoding: bytes[labelRange], as: UTF8.self)
                    .replacingOccurrences(of: "\\", with: "")
                markers.append(RichText.Marker(label: label, offset: output.count, range: file.range(ofBytes: index..<close + 6)))
                return close + 6
            }
            diagnostics.append(Diagnostic(
                .warning, file: file.path, range: file.range(ofBytes: index..<index + 5),
                message: "<sup> has no closing </sup>; kept as text (close it, as in <sup>12</sup>)"))
            emitLiteral(index..<index + 5)
            return index + 5
        }
        // Autolink: <scheme:...> with no spaces inside.
        var cursor = index + 1
        while cursor < end, bytes[cursor] != UInt8(ascii: ">"), !Self.isSpace(bytes[cursor]), bytes[cursor] != UInt8(ascii: "<") {
            cursor += 1
        }
        if cursor < end, bytes[cursor] == UInt8(ascii: ">"), cursor > index + 1,
           let colon = bytes[index + 1..<cursor].firstIndex(of: UInt8(ascii: ":")), colon > index + 1 {
            let start = output.count
            emitLiteral(index + 1..<cursor)
            let url = String(decoding: bytes[index + 1..<cursor], as: UTF8.self)
            spans.append(RichText.Span(range: start..<output.count, style: .link(url: url)))
            return cursor + 1
        }
        emit(bytes[index], from: index)
        return index + 1
    }

    private mutating func parseLink(at index: Int, end: Int) -> Int {
        let bytes = file.bytes
        // Find the matching `]` (escapes skipped), then `(url)`.
        var cursor = index + 1
        var depth = 1
        while cursor < end {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: "\\") { cursor += 2; continue }
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { break }
            }
            cursor += 1
        }
        guard cursor + 1 < end, bytes[cursor] == UInt8(ascii: "]"), bytes[cursor + 1] == UInt8(ascii: "("),
              let close = bytes[(cursor + 2)..<end].firstIndex(of: UInt8(ascii: ")")) else {
            emit(bytes[index], from: index)
            return index + 1
        }
        let url = String(decoding: bytes[(cursor + 2)..<close], as: UTF8.self)
        let start = output.count
        let textRange = index + 1..<cursor
        let unescaped = String(decoding: bytes[textRange], as: UTF8.self).replacingOccurrences(of: "\\", with: "")
        if unescaped == url {
            // A link whose text is its own address (escaped by the converter) reads best as the address.
            emitLiteral(cursor + 2..<close)
        } else {
            parsePiece(textRange)
        }
        spans.append(RichText.Span(range: start..<output.count, style: .link(url: url)))
        return close + 1
    }

    static func isEscapable(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    static func matches(_ bytes: [UInt8], at index: Int, _ literal: StaticString, limit: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard index + count <= limit else { return false }
        return literal.withUTF8Buffer { buffer in
            for offset in 0..<count where bytes[index + offset] | 0x20 != buffer[offset] | 0x20 { return false }
            return true
        }
    }

    static func find(_ bytes: [UInt8], _ literal: StaticString, from: Int, limit: Int) -> Int? {
        var index = from
        while index < limit {
            if bytes[index] == UInt8(ascii: "<"), matches(bytes, at: index, literal, limit: limit) { return index }
            index += 1
        }
        return nil
    }
}
