import LowLevel

/// The dashes a title or heading spells with hyphens, as `pandoc -t markdown` writes an em dash
/// (`---`) and an en dash (`--`): shown as the dashes they stand for.
///
/// Only a run of exactly two or three hyphens is a dash; one inside a code span (`` `a --- b` ``),
/// a link, an address (`https://host/a--b`) or escaped (`\-\-`) is left as written.
enum SmartDashes {
    /// `rich` with its hyphen dashes made dashes; its spans, markers and source map follow the text.
    static func apply(_ rich: RichText, file: SourceFile) -> RichText {
        // Cheap first test, before any copy: two hyphens in a row anywhere.
        guard hasDoubleHyphen(rich.text.utf8) else { return rich }
        let bytes = Array(rich.text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 8)
        // Where the text grew by a byte (an en dash for two hyphens): the old offsets after it move on.
        var growths: [Int] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "-") else {
                output.append(bytes[index])
                index += 1
                continue
            }
            var end = index
            while end < bytes.count, bytes[end] == UInt8(ascii: "-") { end += 1 }
            let count = end - index
            if count == 2 || count == 3, isDash(index..<end, in: bytes, rich: rich, file: file) {
                output += count == 3 ? [0xE2, 0x80, 0x94] : [0xE2, 0x80, 0x93]
                if count == 2 { growths.append(end) }
            } else {
                output += bytes[index..<end]
            }
            index = end
        }
        var result = rich
        result.text = String(decoding: output, as: UTF8.self)
        guard !growths.isEmpty else { return result }
        func moved(_ offset: Int) -> Int { offset + growths.count(where: { $0 <= offset }) }
        result.spans = rich.spans.map { RichText.Span(range: moved($0.range.lowerBound)..<moved($0.range.upperBound), style: $0.style) }
        result.markers = rich.markers.map { RichText.Marker(label: $0.label, offset: moved($0.offset), range: $0.range) }
        var runs: [SourceMapRun] = rich.sourceMap.map { SourceMapRun(textOffset: moved($0.textOffset), sourceOffset: $0.sourceOffset) }
        // After each en dash the text is a byte longer than its source: a run starts again there.
        for growth in growths {
            guard let source = rich.sourceOffset(at: growth) else { continue }
            runs.append(SourceMapRun(textOffset: moved(growth), sourceOffset: source))
        }
        result.sourceMap = runs.sorted { $0.textOffset < $1.textOffset }
        return result
    }

    /// A title's text as a string (a YAML title with escapes) with its hyphen dashes made dashes.
    static func apply(_ text: String) -> String {
        guard hasDoubleHyphen(text.utf8) else { return text }
        return apply(RichText(text: text), file: SourceFile(path: "", bytes: [])).text
    }

    private static func hasDoubleHyphen(_ bytes: String.UTF8View) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-"), previous == byte { return true }
            previous = byte
        }
        return false
    }

    /// Whether the hyphens of `run` are a dash: not in a link, an address or a code span, and not
    /// escaped in the file.
    private static func isDash(_ run: Range<Int>, in bytes: [UInt8], rich: RichText, file: SourceFile) -> Bool {
        if rich.spans.contains(where: { span in
            if case .link = span.style { return span.range.overlaps(run) }
            return false
        }) { return false }
        // The word the hyphens stand in: an address holds `://` or opens with `www.`.
        var start = run.lowerBound
        while start > 0, !Bytes.isSpace(bytes[start - 1]) { start -= 1 }
        var end = run.upperBound
        while end < bytes.count, !Bytes.isSpace(bytes[end]) { end += 1 }
        let word = bytes[start..<end]
        if LineRules.firstRange(of: "://", in: word) != nil || LineRules.startsFolded(word, "www.") { return false }
        guard let first = rich.sourceOffset(at: run.lowerBound), let last = rich.sourceOffset(at: run.upperBound - 1),
              last < file.bytes.count else { return true }
        // Escaped hyphens (`\-\-`) stand further apart in the file than in the text.
        guard last - first == run.count - 1 else { return false }
        // Inside a code span: an odd count of backticks before it on its line.
        var ticks = 0
        var cursor = first
        while cursor > 0, file.bytes[cursor - 1] != 0x0A {
            cursor -= 1
            if file.bytes[cursor] == UInt8(ascii: "`") { ticks += 1 }
        }
        return ticks % 2 == 0
    }
}
