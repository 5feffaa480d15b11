import LowLevel

/// Markdown notes that carry a mark rather than a number: the author's or an acknowledgement's
/// note beside numbered ones. `Jane Roe[^*]` beside `[^1]` ... `[^61]`, and a Word draft by pandoc,
/// where every note is numbered and the mark Word printed follows the reference (`Jane Roe[^1]\*`,
/// the essay's note 1 then written `[^2]`). Neither takes a number from the sequence: the note is
/// number 0 under its mark, as the `*` note of a PDF is.
extension EssayBuilder {
    /// The most notes labelled by marks that a file of numbered notes holds: an author's note or
    /// two and an acknowledgement. More than that, the labels are the author's names for notes.
    static let mostMarkLabels = 3

    /// Whether a Markdown note's label is a mark beside numbered notes: the file's other labels
    /// are numbers (`12`, `12a`), and this one has no digit. A file of named notes
    /// (`[^smith]`) has few numbered ones, and its names are numbered in reading order.
    func markLabels() -> Set<String> {
        var marks: Set<String> = []
        var numbered = 0
        for index in markdownDefinitions {
            let label = footnotes[index].label
            if let first = label.utf8.first, Bytes.isDigit(first) {
                numbered += 1
            } else if !label.utf8.contains(where: Bytes.isDigit) {
                marks.insert(label)
                if marks.count > Self.mostMarkLabels { return [] }
            } else {
                return []
            }
        }
        return numbered > marks.count ? marks : []
    }

    /// The marks Word printed for notes numbered by pandoc: a numbered reference followed at once
    /// by a mark (`Jane Roe[^1]\*`, `customMark`), in a file whose notes are all numbered.
    /// Each such note takes the mark as its label; the numbered notes after it are numbered again
    /// without it, as Word printed them (a cross-reference `supra note 1` means pandoc's `[^2]`).
    /// Returns the new label of each renamed note, by its written label.
    func wordCustomMarks() -> [String: String] {
        guard !markdownDefinitions.isEmpty,
              markdownDefinitions.allSatisfy({ LabelIndex.plainNumber(footnotes[$0].label) != nil }) else { return [:] }
        let bytes = file.bytes
        var marked: [(number: Int, mark: String)] = []
        var references: [Int: Int] = [:]
        func look(at pieces: [Range<Int>]) {
            for piece in pieces {
                var index = piece.lowerBound
                while let open = bytes[index..<piece.upperBound].firstIndex(of: UInt8(ascii: "^")) {
                    index = open + 1
                    guard open > piece.lowerBound, bytes[open - 1] == UInt8(ascii: "[") else { continue }
                    var close = open + 1
                    while close < piece.upperBound, close - open <= 5, Bytes.isDigit(bytes[close]) { close += 1 }
                    guard close > open + 1, close < piece.upperBound, bytes[close] == UInt8(ascii: "]"),
                          let number = LabelIndex.plainNumber(String(decoding: bytes[(open + 1)..<close], as: UTF8.self)) else { continue }
                    references[number, default: 0] += 1
                    guard let mark = Self.customMark(in: bytes, at: close + 1, before: piece.upperBound) else { continue }
                    marked.append((number, mark.text))
                    index = close + 1
                }
            }
        }
        look(at: bylineMarks)
        for section in sections {
            for block in section.blocks {
                look(at: block.kind == .list ? block.items.flatMap(\.pieces) : block.pieces)
            }
        }
        // Word's marked notes come first (a title's, a byline's) and each is referred to once: an
        // author list's `Ann Vale[^1]\*, Bo Lind[^1]\*` marks equal shares beside affiliations.
        guard !marked.isEmpty, marked.count <= Self.mostMarkLabels,
              marked.map(\.number) == Array(1...marked.count), marked.allSatisfy({ references[$0.number] == 1 }) else { return [:] }
        var renamed: [String: String] = [:]
        var usedMarks: Set<String> = []
        for entry in marked {
            // Two authors with one mark (`*` twice) keep the marks apart as Word's `**` would.
            var mark = entry.mark
            while usedMarks.contains(mark) { mark += entry.mark }
            usedMarks.insert(mark)
            renamed[String(entry.number)] = mark
        }
        let markedNumbers = marked.map(\.number).sorted()
        for index in markdownDefinitions {
            let written = footnotes[index].label
            guard renamed[written] == nil, let number = LabelIndex.plainNumber(written) else { continue }
            let before = markedNumbers.count { $0 < number }
            if before > 0 { renamed[written] = String(number - before) }
        }
        return renamed
    }

    /// Gives the notes `wordCustomMarks` renamed their labels and numbers: a marked note its mark
    /// and number 0, with the mark pandoc kept at its text's start dropped; the rest their
    /// numbers. Markers follow through the inline parser's table.
    mutating func renameForWordMarks(_ renamed: [String: String]) {
        let bytes = file.bytes
        for index in markdownDefinitions {
            let written = footnotes[index].label
            guard let label = renamed[written] else { continue }
            footnotes[index].label = label
            if let first = label.utf8.first, Bytes.isDigit(first) {
                footnotes[index].number = LabelIndex.plainNumber(label) ?? footnotes[index].number
                continue
            }
            footnotes[index].number = 0
            if authorNoteLabel == written { authorNoteLabel = label }
            if let piece = footnotes[index].pieces.first, let mark = Self.customMark(in: bytes, at: piece.lowerBound, before: piece.upperBound) {
                var start = mark.end
                while start < piece.upperBound, bytes[start] == 0x20 { start += 1 }
                footnotes[index].pieces[0] = start..<piece.upperBound
            }
        }
        inlineContext.renamedLabels = renamed
    }

    /// The custom mark written right after a note reference: `\\*` (pandoc escapes a literal
    /// asterisk, so a bare `*` there closes emphasis and is none), `†`, `‡` or `§`, perhaps
    /// superscript (`^\\*^`); with the offset after it.
    static func customMark(in bytes: [UInt8], at index: Int, before end: Int) -> (text: String, end: Int)? {
        var cursor = index
        let superscript = cursor < end && bytes[cursor] == UInt8(ascii: "^")
        if superscript { cursor += 1 }
        guard cursor < end else { return nil }
        var text: String
        if bytes[cursor] == UInt8(ascii: "\\"), cursor + 1 < end, bytes[cursor + 1] == UInt8(ascii: "*") {
            text = "*"
            cursor += 2
        } else if bytes[cursor] == 0xE2, cursor + 2 < end, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0xA0 || bytes[cursor + 2] == 0xA1 {
            // † and ‡.
            text = String(decoding: bytes[cursor..<(cursor + 3)], as: UTF8.self)
            cursor += 3
        } else if bytes[cursor] == 0xC2, cursor + 1 < end, bytes[cursor + 1] == 0xA7 {
            text = "§"
            cursor += 2
        } else {
            return nil
        }
        if superscript {
            guard cursor < end, bytes[cursor] == UInt8(ascii: "^") else { return nil }
            cursor += 1
        }
        // A second mark of the same kind (`\\*\\*`) is the second author's.
        if let more = customMark(in: bytes, at: cursor, before: end), more.text == text, !superscript {
            text += more.text
            cursor = more.end
        }
        return (text, cursor)
    }
}
