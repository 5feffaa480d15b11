/// The bytes of one input file, with the index that turns byte offsets into lines and columns.
public struct SourceFile: Sendable {
    /// The path the file was read from, as the user gave it; used in diagnostics.
    public let path: String
    /// The file's bytes after decoding checks: valid UTF-8, without a byte-order mark, CRLF kept.
    public let bytes: [UInt8]
    /// The byte offset at which each line starts; `lineStarts[0] == 0`.
    public let lineStarts: [Int]
    /// How many bytes were dropped from the front of the file (a UTF-8 byte-order mark).
    public let droppedPrefix: Int

    /// Makes a source file from decoded bytes; `bytes` must already be valid UTF-8.
    public init(path: String, bytes: [UInt8], droppedPrefix: Int = 0) {
        self.path = path
        self.bytes = bytes
        self.droppedPrefix = droppedPrefix
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// Reads, checks and wraps raw file contents: strips a UTF-8 byte-order mark and rejects
    /// invalid UTF-8 and NUL bytes with a diagnostic that names the byte offset.
    public static func decode(path: String, data: [UInt8]) throws(EssayError) -> SourceFile {
        var start = 0
        if data.count >= 3, data[0] == 0xEF, data[1] == 0xBB, data[2] == 0xBF { start = 3 }
        let body = start == 0 ? data : Array(data[start...])
        if let bad = UTF8Validation.firstInvalidOffset(in: body) {
            let file = SourceFile(path: path, bytes: Array(body[..<bad]), droppedPrefix: start)
            throw EssayError(
                file: path, position: file.position(ofByte: bad),
                message: "the file is not valid UTF-8 (bad byte at offset \(bad + start))",
                hint: "convert it to UTF-8, for example with iconv -t UTF-8")
        }
        if let nul = body.firstIndex(of: 0) {
            let file = SourceFile(path: path, bytes: Array(body[..<nul]), droppedPrefix: start)
            throw EssayError(
                file: path, position: file.position(ofByte: nul),
                message: "the file holds a NUL byte at offset \(nul + start); it looks like binary data",
                hint: "give legit a Markdown text file")
        }
        return SourceFile(path: path, bytes: body, droppedPrefix: start)
    }

    /// The 0-based index of the line that holds `offset`.
    public func lineIndex(ofByte offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The 1-based line and column of a byte offset; columns count Unicode scalars.
    public func position(ofByte offset: Int) -> SourcePosition {
        let clamped = min(max(offset, 0), bytes.count)
        let line = lineIndex(ofByte: clamped)
        var column = 1
        var index = lineStarts[line]
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        // An offset inside a multi-byte scalar belongs to that scalar.
        if clamped < bytes.count, bytes[clamped] & 0xC0 == 0x80 { column -= 1 }
        return SourcePosition(line: line + 1, column: column)
    }

    /// The source range covering the bytes `range`.
    public func range(ofBytes range: Range<Int>) -> SourceRange {
        SourceRange(start: position(ofByte: range.lowerBound), end: position(ofByte: range.upperBound))
    }

    /// The number of lines in the file.
    public var lineCount: Int { lineStarts.count }

    /// The text of line `index` (0-based) without its line ending.
    public func lineText(_ index: Int) -> Substring {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return Substring(decoding: bytes[start..<end], as: UTF8.self)
    }
}
