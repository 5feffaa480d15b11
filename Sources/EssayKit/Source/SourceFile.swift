import LowLevel

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
    /// How many carriage returns stood alone (not before a line feed) and were read as line ends,
    /// as classic Mac OS wrote them; the parser warns of them.
    public let loneCarriageReturns: Int
    /// The UTF-16 surrogates the file wrote as UTF-8 sequences (CESU-8), read as characters; the
    /// parser warns of them.
    public let surrogates: EncodedSurrogates
    /// Where each line stood in the file as written, when the bytes are the file's text read in
    /// another order (a page's columns one after another, `LayoutColumns`); empty when the bytes
    /// are the file's own. Positions name the written file's lines and columns either way.
    public let lineOrigins: [LineOrigin]

    /// Where a line of rewritten text stood in the written file: the 0-based line and the scalars
    /// before its first on that line.
    public struct LineOrigin: Sendable, Equatable {
        public let line: Int32
        public let columnShift: Int32

        public init(line: Int32, columnShift: Int32) {
            self.line = line
            self.columnShift = columnShift
        }
    }

    /// This file with its bytes rewritten before the scan (its path and what decoding it counted
    /// kept), and where each line stood when lines moved; `bytes` must be valid UTF-8.
    func replacingBytes(_ bytes: [UInt8], lineOrigins: [LineOrigin] = []) -> SourceFile {
        SourceFile(path: path, bytes: bytes, droppedPrefix: droppedPrefix, loneCarriageReturns: loneCarriageReturns,
                   surrogates: surrogates, lineOrigins: lineOrigins)
    }

    /// Makes a source file from decoded bytes; `bytes` must already be valid UTF-8.
    public init(path: String, bytes: [UInt8], droppedPrefix: Int = 0, loneCarriageReturns: Int = 0,
                surrogates: EncodedSurrogates = .none, lineOrigins: [LineOrigin] = []) {
        self.path = path
        self.lineOrigins = lineOrigins
        self.bytes = bytes
        self.droppedPrefix = droppedPrefix
        self.loneCarriageReturns = loneCarriageReturns
        self.surrogates = surrogates
        var starts = [0]
        starts.reserveCapacity(bytes.count / 40 + 1)
        var checkpoints: [Int32] = []
        var lineScalars: [Int32] = []
        let span = bytes.span
        ByteScan.appendLineStarts(of: span, to: &starts)
        checkpoints = Self.scalarCheckpoints(span)
        if !checkpoints.isEmpty {
            lineScalars = starts.map { Int32(clamping: Self.scalarsBefore($0, in: span, checkpoints: checkpoints)) }
        }
        // Reserved for short lines; a file of paragraphs has far fewer, and a thousand essays keep theirs.
        self.lineStarts = starts.capacity > starts.count + starts.count / 8 ? starts.copiedToFit() : starts
        self.scalarCheckpoints = checkpoints
        var lines: [Int32] = []
        lines.reserveCapacity(bytes.count / Self.checkpointStride + 1)
        var line = 0
        for blockStart in stride(from: 0, to: bytes.count, by: Self.checkpointStride) {
            while line + 1 < starts.count, starts[line + 1] <= blockStart { line += 1 }
            lines.append(Int32(clamping: line))
        }
        self.lineCheckpoints = lines
        self.lineScalarStarts = lineScalars
    }

    /// How many scalars start before each line; empty when the file is ASCII. A column far into a
    /// long line then takes one count from a checkpoint, not two.
    private let lineScalarStarts: [Int32]

    /// For each stretch of `checkpointStride` bytes, the index of the line its first byte is on.
    private let lineCheckpoints: [Int32]

    /// The number of bytes between two entries of `scalarCheckpoints`.
    private static let checkpointStride = 64

    /// For each stretch of `checkpointStride` bytes, how many scalars start before it; empty when
    /// the file is ASCII, where scalars and bytes coincide. It makes columns cheap on long lines.
    /// 32 bits, as in `SourcePosition`: files are read up to `EssayLoader.maximumSize`.
    private let scalarCheckpoints: [Int32]

    private static func scalarCheckpoints(_ bytes: Span<UInt8>) -> [Int32] {
        var checkpoints: [Int32] = []
        var scalars = 0
        var blockStart = 0
        while blockStart < bytes.count {
            let blockEnd = min(blockStart + checkpointStride, bytes.count)
            let blockScalars = blockEnd - blockStart == checkpointStride
                ? UTF8Scan.scalarCount(in: bytes, sixtyFourFrom: blockStart) : UTF8Scan.scalarCount(in: bytes, blockStart..<blockEnd)
            if checkpoints.isEmpty, blockScalars != blockEnd - blockStart {
                // The first non-ASCII stretch: every checkpoint so far equals its offset.
                checkpoints.reserveCapacity(bytes.count / checkpointStride + 1)
                checkpoints.append(contentsOf: stride(from: 0, through: blockStart, by: checkpointStride).map { Int32(clamping: $0) })
            } else if !checkpoints.isEmpty {
                checkpoints.append(Int32(clamping: scalars))
            }
            scalars += blockScalars
            blockStart = blockEnd
        }
        return checkpoints
    }

    /// How many scalars start before byte `offset` (`0...bytes.count`).
    private func scalarsBefore(_ offset: Int) -> Int {
        Self.scalarsBefore(offset, in: bytes.span, checkpoints: scalarCheckpoints)
    }

    private static func scalarsBefore(_ offset: Int, in bytes: Span<UInt8>, checkpoints: [Int32]) -> Int {
        guard !checkpoints.isEmpty else { return offset }
        let block = min(offset / checkpointStride, checkpoints.count - 1)
        let blockStart = block * checkpointStride
        return Int(checkpoints[block]) + UTF8Scan.scalarCount(in: bytes, blockStart..<offset)
    }

    /// How many leading bytes are looked at to tell binary data from text, as git does.
    static let binaryProbeLength = 8_000

    /// Reads, checks and wraps raw file contents: strips a UTF-8 byte-order mark and rejects
    /// binary data, UTF-16, invalid UTF-8 and NUL bytes with a diagnostic that names the place.
    public static func decode(path: String, data: [UInt8]) throws(EssayError) -> SourceFile {
        var start = 0
        if data.count >= 3, data[0] == 0xEF, data[1] == 0xBB, data[2] == 0xBF { start = 3 }
        if data.count >= 2, (data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF) {
            throw EssayError(
                file: path, position: SourcePosition(line: 1, column: 1),
                message: "the file is UTF-16 text (it starts with a UTF-16 byte-order mark); legit reads UTF-8",
                hint: "convert it, for example with iconv -f UTF-16 -t UTF-8")
        }
        let body = start == 0 ? data : Array(data[start...])
        // A NUL near the start means binary data; further in, one stray NUL in a text file.
        let nulIndex = ByteScan.firstIndex(in: body, from: 0, anyMatch: { ByteScan.containsByte($0, lessThan: 1) }, matches: { $0 == 0 })
        let nul = nulIndex < body.count ? nulIndex : nil
        if let nul, nul < binaryProbeLength, let order = utf16ByteOrder(body) {
            throw EssayError(
                file: path, position: SourcePosition(line: 1, column: 1),
                message: "the file is UTF-16 text (\(order), without a byte-order mark: every other byte is zero); legit reads UTF-8",
                hint: "convert it, for example with iconv -f UTF-16\(order == "little-endian" ? "LE" : "BE") -t UTF-8")
        }
        if let nul, nul < binaryProbeLength {
            throw EssayError(
                file: path, position: position(of: nul, in: body, droppedPrefix: start),
                message: "the file looks like binary data, not text (a NUL byte at offset \(nul + start))",
                hint: "check that this is the file you meant: legit reads UTF-8 text, such as an essay converted to Markdown")
        }
        var text = body
        var surrogates = EncodedSurrogates.none
        if var bad = UTF8Scan.firstInvalidOffset(in: body.span) {
            if EncodedSurrogates.startsSurrogate(body, at: bad) {
                switch EncodedSurrogates.read(body, from: bad) {
                case .read(let read, let found): (text, surrogates) = (read, found)
                case .invalid(let at): bad = at
                }
            }
            if surrogates == .none { throw invalidUTF8(path: path, body: body, at: bad, droppedPrefix: start) }
        }
        if let nul {
            throw EssayError(
                file: path, position: position(of: nul, in: body, droppedPrefix: start),
                message: "the file holds a NUL byte at offset \(nul + start), which text never does",
                hint: "remove it, for example with tr -d '\\000' < FILE > FIXED.md")
        }
        let lone = lineFeedsForLoneCarriageReturns(&text)
        return SourceFile(path: path, bytes: text, droppedPrefix: start, loneCarriageReturns: lone, surrogates: surrogates)
    }

    /// The byte order of text that is UTF-16 without a byte-order mark, told as a reader tells it:
    /// in its first stretch, most of every other byte is zero (the high bytes of Latin letters) and
    /// no byte between is.
    private static func utf16ByteOrder(_ bytes: [UInt8]) -> String? {
        let probe = min(bytes.count, 512) & ~1
        // Eight characters at least: a few bytes of binary data are no text in any encoding.
        guard probe >= 16 else { return nil }
        let even = stride(from: 0, to: probe, by: 2).count { bytes[$0] == 0 }
        let odd = stride(from: 1, to: probe, by: 2).count { bytes[$0] == 0 }
        let mostly = probe / 2 * 3 / 4
        if odd >= mostly, even == 0 { return "little-endian" }
        if even >= mostly, odd == 0 { return "big-endian" }
        return nil
    }

    /// The error for the invalid UTF-8 byte at `offset` of `body`, with advice that fits the file:
    /// a file cut short in a character, UTF-8 with one bad stretch (converting it from another
    /// encoding would garble every character it holds), or text in a single-byte encoding.
    private static func invalidUTF8(path: String, body: [UInt8], at offset: Int, droppedPrefix: Int) -> EssayError {
        let byte = String(body[offset], radix: 16, uppercase: true)
        let message = "the file is not valid UTF-8 (byte 0x\(byte.count == 1 ? "0" + byte : byte) at offset \(offset + droppedPrefix))"
        let hint: String
        let lead = body[offset]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        if length > 1, body.count - offset < length, body[(offset + 1)...].allSatisfy({ $0 & 0xC0 == 0x80 }) {
            hint = "the file ends inside a character, as a file cut short does; check that it was saved or copied whole"
        } else if UTF8Scan.scalarCount(in: body.span, 0..<offset) < offset {
            hint = "the text before it is UTF-8, so the file is UTF-8 with a damaged stretch (converting the whole would garble the rest): fix the text at that place"
        } else {
            hint = "convert it to UTF-8, for example with iconv -f WINDOWS-1252 -t UTF-8, or fix the text at that place"
        }
        return EssayError(file: path, position: position(of: offset, in: body, droppedPrefix: droppedPrefix), message: message, hint: hint)
    }

    /// Turns each carriage return that does not come before a line feed into a line feed, byte for
    /// byte (so offsets, lines and columns stay those an editor shows); returns how many there were.
    /// Carriage returns are found by `ByteScan.firstIndex(of:in:from:)`, which the C library
    /// vectorizes: most files hold none, and a byte-at-a-time search cost 5 instructions a byte.
    static func lineFeedsForLoneCarriageReturns(_ bytes: inout [UInt8]) -> Int {
        var count = 0
        var from = 0
        while let index = ByteScan.firstIndex(of: 0x0D, in: bytes.span, from: from) {
            if index + 1 == bytes.count || bytes[index + 1] != 0x0A {
                bytes[index] = 0x0A
                count += 1
            }
            from = index + 1
        }
        return count
    }

    /// The line and column of byte `offset` of `bytes`, counting only the bytes before it.
    private static func position(of offset: Int, in bytes: [UInt8], droppedPrefix: Int) -> SourcePosition {
        SourceFile(path: "", bytes: Array(bytes[..<offset]), droppedPrefix: droppedPrefix).position(ofByte: offset)
    }

    /// The 0-based index of the line that holds `offset`.
    public func lineIndex(ofByte offset: Int) -> Int {
        // The line lies between those of the stretch's first byte and of the next stretch's.
        let block = offset / Self.checkpointStride
        var low = 0
        var high = lineStarts.count - 1
        if offset >= 0, block < lineCheckpoints.count {
            low = Int(lineCheckpoints[block])
            if block + 1 < lineCheckpoints.count { high = Int(lineCheckpoints[block + 1]) }
        }
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
        let lineStart = lineStarts[line]
        let column: Int
        if scalarCheckpoints.isEmpty {
            column = 1 + clamped - lineStart
        } else if clamped - lineStart <= Self.checkpointStride {
            column = 1 + UTF8Scan.scalarCount(in: bytes.span, lineStart..<clamped)
        } else {
            column = 1 + scalarsBefore(clamped) - Int(lineScalarStarts[line])
        }
        // An offset inside a multi-byte scalar belongs to that scalar.
        let insideScalar = clamped < bytes.count && bytes[clamped] & 0xC0 == 0x80
        if line < lineOrigins.count {
            let origin = lineOrigins[line]
            return SourcePosition(line: Int(origin.line) + 1, column: (insideScalar ? column - 1 : column) + Int(origin.columnShift))
        }
        return SourcePosition(line: line + 1, column: insideScalar ? column - 1 : column)
    }

    /// The source range covering the bytes `range`.
    public func range(ofBytes range: Range<Int>) -> SourceRange {
        let start = position(ofByte: range.lowerBound)
        let lower = range.lowerBound
        let upper = range.upperBound
        if lower == upper { return SourceRange(start: start, end: start) }
        // A short range on one line (a note's marker, a citation's few words), from a scalar's
        // first byte: the end's column counts on from the start's, and its line is not looked up.
        if lower >= 0, lower < upper, upper <= bytes.count, upper - lower <= Self.shortRange, bytes[lower] & 0xC0 != 0x80 {
            var scalars = 0
            var index = lower
            while index < upper, bytes[index] != 0x0A {
                if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
                index += 1
            }
            if index == upper {
                // An end inside a multi-byte scalar belongs to that scalar, as in `position(ofByte:)`.
                let insideScalar = upper < bytes.count && bytes[upper] & 0xC0 == 0x80
                return SourceRange(start: start, end: SourcePosition(line: start.line, column: start.column + scalars - (insideScalar ? 1 : 0)))
            }
        }
        return SourceRange(start: start, end: position(ofByte: upper))
    }

    /// The longest range whose end `range(ofBytes:)` counts on from its start: beyond it, finding
    /// the end's line in the table costs less than reading the bytes between.
    private static let shortRange = 32

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
