import LowLevel

/// Notes a Project Gutenberg transcriber set in the text as blocks, read as Markdown's: a block
/// `[Footnote 12: text ...]` at a line's start, over as many lines as it takes, and the call `[12]`
/// or `{12}` in the body before it.
///
/// Each block is the note of the first call of its label not yet taken, in the order of the file,
/// so notes gathered at a chapter's end and notes set after each paragraph pair alike. When every
/// label is printed once, a block becomes a definition (`[^12]: text`, its later paragraphs
/// indented) and its call a marker (`[^12]`), the label kept. When labels start again (by chapter
/// or by book), a label names several notes: then each block's text goes to its call as an inline
/// note (`^[text]`), numbered in reading order as such notes are, and its lines are left blank. A
/// block no call names stays a definition when its label is printed once, else text. Only calls
/// whose label a block has are read, and a block must close (`]`) within 80 lines. Lines keep their
/// places: each names the line it was (`SourceFile.LineOrigin`).
enum GutenbergFootnoteBlocks {
    /// The most lines one block takes.
    private static let longestBlock = 80

    /// One `[Footnote N: ...]` block.
    private struct Block {
        var label: String
        var firstLine: Int
        var lastLine: Int
        /// Where the text starts on the first line and where the closing bracket is on the last.
        var textStart: Int
        var close: Int
        var call: Call?
    }

    /// A call of a note in the body: its bracket's range on its line.
    private struct Call {
        var line: Int
        var range: Range<Int>
        var label: String
    }

    /// The file with its note blocks as Markdown notes, or nil when it holds none with a call.
    static func read(_ bytes: [UInt8]) -> (bytes: [UInt8], origins: [SourceFile.LineOrigin])? {
        guard ByteScan.contains("[Footnote", in: bytes, findingByteAt: 0) else { return nil }
        let lines = TextLines.ranges(bytes)
        var blocks: [Block] = []
        var inBlock = Set<Int>()
        var index = 0
        while index < lines.count {
            if let found = block(bytes, lines, at: index) {
                blocks.append(found)
                for line in found.firstLine...found.lastLine { inBlock.insert(line) }
                index = found.lastLine + 1
            } else {
                index += 1
            }
        }
        guard !blocks.isEmpty else { return nil }
        let labels = Set(blocks.map(\.label))
        // The calls, in order, and each block paired with the first call of its label not yet taken.
        var waiting: [String: [Call]] = [:]
        var nextBlock = 0
        for line in lines.indices {
            while nextBlock < blocks.count, blocks[nextBlock].firstLine == line {
                let label = blocks[nextBlock].label
                if var queue = waiting[label], !queue.isEmpty {
                    blocks[nextBlock].call = queue.removeFirst()
                    waiting[label] = queue
                }
                nextBlock += 1
            }
            guard !inBlock.contains(line) else { continue }
            for call in calls(bytes, lines[line], line: line, labels: labels) { waiting[call.label, default: []].append(call) }
        }
        guard blocks.contains(where: { $0.call != nil }) else { return nil }
        var counts: [String: Int] = [:]
        for block in blocks { counts[block.label, default: 0] += 1 }
        let inline = counts.values.contains { $0 > 1 }
        // Each edited line's new text.
        var rewritten: [Int: [UInt8]] = [:]
        // The calls' replacements, by line, in order.
        var callEdits: [Int: [(range: Range<Int>, text: [UInt8])]] = [:]
        for block in blocks {
            if inline {
                guard let call = block.call else { continue }
                callEdits[call.line, default: []].append((call.range, Array("^[".utf8) + joinedText(bytes, lines, block) + [UInt8(ascii: "]")]))
                for line in block.firstLine...block.lastLine { rewritten[line] = [] }
            } else {
                if let call = block.call { callEdits[call.line, default: []].append((call.range, Array("[^\(block.label)]".utf8))) }
                for line in block.firstLine...block.lastLine {
                    let range = lines[line]
                    let start = line == block.firstLine ? block.textStart : range.lowerBound
                    let end = line == block.lastLine ? block.close : range.upperBound
                    var text = Array(bytes[start..<max(start, end)])
                    if line == block.firstLine {
                        text = Array("[^\(block.label)]: ".utf8) + text
                    } else if line > block.firstLine, isBlank(bytes, lines[line - 1]) {
                        // A later paragraph of the note: indented, so that it stays in it.
                        text = Array("    ".utf8) + text.drop { $0 == 0x20 }
                    }
                    rewritten[line] = text
                }
            }
        }
        for (line, edits) in callEdits {
            let range = lines[line]
            var out: [UInt8] = []
            var copied = range.lowerBound
            for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
                out.append(contentsOf: bytes[copied..<edit.range.lowerBound])
                // The marker follows the word it is set apart from.
                if out.last == 0x20, out.count >= 2, out[out.count - 2] != 0x20 { out.removeLast() }
                out.append(contentsOf: edit.text)
                copied = edit.range.upperBound
            }
            out.append(contentsOf: bytes[copied..<range.upperBound])
            rewritten[line] = out
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 64)
        var origins: [SourceFile.LineOrigin] = []
        origins.reserveCapacity(lines.count)
        for line in lines.indices {
            if line > 0 { output.append(0x0A) }
            output.append(contentsOf: rewritten[line] ?? Array(bytes[lines[line]]))
            origins.append(.init(line: Int32(clamping: line), columnShift: 0))
        }
        return (output, origins)
    }

    /// The block opening at line `index` (`[Footnote 12: ...`), closed by the bracket that balances its own.
    private static func block(_ bytes: [UInt8], _ lines: [Range<Int>], at index: Int) -> Block? {
        let range = lines[index]
        var start = range.lowerBound
        while start < range.upperBound, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        guard NoteSyntaxRewrite.holds(bytes, "[Footnote", at: start) else { return nil }
        var cursor = start + 9
        while cursor < range.upperBound, bytes[cursor] == 0x20 { cursor += 1 }
        let labelStart = cursor
        while cursor < range.upperBound, cursor - labelStart < 8, Bytes.isLetter(bytes[cursor]) || Bytes.isDigit(bytes[cursor]) || bytes[cursor] == UInt8(ascii: "*") {
            cursor += 1
        }
        guard cursor > labelStart, cursor < range.upperBound, bytes[cursor] == UInt8(ascii: ":") else { return nil }
        let label = String(decoding: bytes[labelStart..<cursor], as: UTF8.self)
        cursor += 1
        while cursor < range.upperBound, bytes[cursor] == 0x20 { cursor += 1 }
        let textStart = cursor
        var depth = 1
        var line = index
        var position = cursor
        while line < lines.count, line - index < longestBlock {
            let current = lines[line]
            if line > index { position = current.lowerBound }
            while position < current.upperBound {
                if bytes[position] == UInt8(ascii: "[") { depth += 1 }
                if bytes[position] == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { return Block(label: label, firstLine: index, lastLine: line, textStart: textStart, close: position) }
                }
                position += 1
            }
            line += 1
        }
        return nil
    }

    /// The calls on a line of the body: `[12]` or `{12}` whose label a block has.
    private static func calls(_ bytes: [UInt8], _ range: Range<Int>, line: Int, labels: Set<String>) -> [Call] {
        var found: [Call] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let close = byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            var end = index + 1
            while end < range.upperBound, end - index <= 8, bytes[end] != close, bytes[end] != 0x20, bytes[end] != byte { end += 1 }
            guard end < range.upperBound, bytes[end] == close, end > index + 1 else {
                index += 1
                continue
            }
            let label = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            // `[12](...)`, `[12]:` and `^[` are links, definitions and notes, not calls.
            let after = end + 1 < range.upperBound ? bytes[end + 1] : 0x20
            if labels.contains(label), after != UInt8(ascii: "("), after != UInt8(ascii: ":"), after != UInt8(ascii: "["),
               index == range.lowerBound || bytes[index - 1] != UInt8(ascii: "^") {
                found.append(Call(line: line, range: index..<(end + 1), label: label))
            }
            index = end + 1
        }
        return found
    }

    /// A block's text on one line, its lines joined by spaces.
    private static func joinedText(_ bytes: [UInt8], _ lines: [Range<Int>], _ block: Block) -> [UInt8] {
        var text: [UInt8] = []
        for line in block.firstLine...block.lastLine {
            let range = lines[line]
            let start = line == block.firstLine ? block.textStart : range.lowerBound
            let end = line == block.lastLine ? block.close : range.upperBound
            let piece = bytes[start..<max(start, end)].filter { $0 != 0x0D }.drop { $0 == 0x20 }
            guard !piece.isEmpty else { continue }
            if !text.isEmpty { text.append(0x20) }
            text.append(contentsOf: piece)
        }
        while text.last == 0x20 { text.removeLast() }
        return text
    }

    /// Whether only spaces, tabs and a carriage return lie in `range`.
    private static func isBlank(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }
}
