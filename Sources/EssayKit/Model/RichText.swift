/// Plain text with the inline structure laid over it: emphasis, links and footnote markers.
///
/// Offsets are UTF-8 offsets into `text`. Footnote markers take no room in `text`; each sits at
/// the offset just after the word or punctuation it follows.
public struct RichText: Hashable, Sendable {
    /// A styled stretch of the text.
    public struct Span: Hashable, Sendable {
        /// What a span marks.
        public enum Style: Hashable, Sendable {
            case emphasis
            case link(url: String)
        }

        public var range: Range<Int>
        public var style: Style

        public init(range: Range<Int>, style: Style) {
            self.range = range
            self.style = style
        }
    }

    /// A footnote marker (`<sup>N</sup>`) at a point in the text.
    public struct Marker: Hashable, Sendable {
        /// The footnote's label as written: `12`, `12a`, `*`.
        public var label: String
        /// The UTF-8 offset in `text` the marker follows.
        public var offset: Int
        /// Where the marker is in the file.
        public var range: SourceRange

        public init(label: String, offset: Int, range: SourceRange) {
            self.label = label
            self.offset = offset
            self.range = range
        }
    }

    /// The text as a reader sees it, markup removed, escapes undone, lines joined with one space.
    public var text: String
    public var spans: [Span]
    public var markers: [Marker]
    /// Runs that map offsets of `text` back to byte offsets of the file, sorted by text offset.
    public var sourceMap: [SourceMapRun]

    public init(text: String, spans: [Span] = [], markers: [Marker] = [], sourceMap: [SourceMapRun] = []) {
        self.text = text
        self.spans = spans
        self.markers = markers
        self.sourceMap = sourceMap
    }

    /// The byte offset in the file of the character at UTF-8 offset `offset` of `text`.
    public func sourceOffset(at offset: Int) -> Int? {
        guard !sourceMap.isEmpty else { return nil }
        var low = 0
        var high = sourceMap.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sourceMap[mid].textOffset <= offset { low = mid } else { high = mid - 1 }
        }
        let run = sourceMap[low]
        return run.sourceOffset + max(0, offset - run.textOffset)
    }

    /// The file range of the UTF-8 range `range` of `text`.
    public func sourceRange(of range: Range<Int>, in file: SourceFile) -> SourceRange? {
        guard let start = sourceOffset(at: range.lowerBound) else { return nil }
        let last = range.isEmpty ? start : (sourceOffset(at: range.upperBound - 1) ?? start)
        let lastEnd = range.isEmpty ? start : last + UTF8Length.ofScalar(startingWith: file.bytes, at: last)
        return file.range(ofBytes: start..<max(start, lastEnd))
    }

    /// The part of `text` in the UTF-8 range `range`.
    public func substring(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let lower = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.lowerBound, utf8.count)))
        let upper = utf8.index(utf8.startIndex, offsetBy: max(0, min(range.upperBound, utf8.count)))
        return String(text[lower..<upper])
    }

    /// The spans of one style kind that overlap `range`, clipped to it.
    public func emphasisRanges(overlapping range: Range<Int>) -> [Range<Int>] {
        spans.compactMap { span in
            guard case .emphasis = span.style else { return nil }
            let lower = max(span.range.lowerBound, range.lowerBound)
            let upper = min(span.range.upperBound, range.upperBound)
            return lower < upper ? lower..<upper : nil
        }
    }
}

/// One run of a text-to-file offset map: from `textOffset` on, offsets advance together.
public struct SourceMapRun: Hashable, Sendable {
    public var textOffset: Int
    public var sourceOffset: Int

    public init(textOffset: Int, sourceOffset: Int) {
        self.textOffset = textOffset
        self.sourceOffset = sourceOffset
    }
}

enum UTF8Length {
    /// The byte length of the UTF-8 scalar whose lead byte is at `offset` (1 when out of range).
    static func ofScalar(startingWith bytes: [UInt8], at offset: Int) -> Int {
        guard offset < bytes.count else { return 0 }
        let lead = bytes[offset]
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
