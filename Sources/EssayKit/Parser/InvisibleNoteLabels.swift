import LowLevel

/// A note's number parted from its text by an invisible format character (`InvisibleCharacters`),
/// as a web page's editor leaves a zero-width space after or before the number it set
/// (`12.⟨ZWSP⟩ See ...`, `⟨ZWSP⟩12 See ...`): the invisible characters move past the spaces after the
/// number, to the text's start, where the inline text drops them, so every rule reads the line's
/// number as written without one (`12. ⟨ZWSP⟩See ...`).
///
/// Only the bytes between the line's start and its text move, and the text keeps its place in the
/// file. A number run into its text but for the invisible character (`12⟨ZWSP⟩See`) is parted from
/// it by a space and a soft hyphen in the invisible character's three bytes (`12 ⟨SHY⟩See`): the
/// soft hyphen is no character of the text either. A file without the lead bytes `E2` and `EF` of
/// such a character is looked at once.
enum InvisibleNoteLabels {
    /// The file with the invisible characters around its lines' numbers moved, or nil when none moved.
    static func rewritten(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8]?
        var from = 0
        // The next `E2` and the next `EF`, each found by a byte search: `EF` is rare, and `E2` (curly
        // quotes, dashes) a few times in a thousand bytes, so a search for each byte alone passes
        // more bytes at a step than one for either.
        var nextE2 = -1
        var nextEF = -1
        let span = bytes.span
        while from < bytes.count {
            if nextE2 < from { nextE2 = ByteScan.firstIndex(of: 0xE2, in: span, from: from) ?? bytes.count }
            if nextEF < from { nextEF = ByteScan.firstIndex(of: 0xEF, in: span, from: from) ?? bytes.count }
            let lead = min(nextE2, nextEF)
            guard lead < bytes.count else { break }
            from = lead + 1
            guard InvisibleCharacters.isInvisible(bytes, at: lead), let moved = move(bytes, around: lead) else { continue }
            if out == nil { out = bytes }
            out?.replaceSubrange(moved.range, with: moved.bytes)
            // A later invisible character on a line already moved (`5⟨ZWSP⟩Text⟨BOM⟩`) moves the
            // same bytes again, which end before it: the search goes on past it, never back.
            from = max(from, moved.range.upperBound)
        }
        return out
    }

    /// The bytes from the line's start to its text's, with the invisible characters among them
    /// after the number and its spaces, when the invisible character at `index` lies between a
    /// line's opening (up to three spaces, a quotation's `>`) and its text, next to a note's
    /// number (up to five digits, then perhaps `.` or `)`).
    private static func move(_ bytes: [UInt8], around index: Int) -> (range: Range<Int>, bytes: [UInt8])? {
        var lineStart = index
        while lineStart > 0, bytes[lineStart - 1] != 0x0A, index - lineStart <= 16 { lineStart -= 1 }
        guard lineStart == 0 || bytes[lineStart - 1] == 0x0A else { return nil }
        var cursor = lineStart
        var opening: [UInt8] = []
        while cursor < index, bytes[cursor] == 0x20 || bytes[cursor] == UInt8(ascii: ">"), cursor - lineStart < 5 {
            opening.append(bytes[cursor])
            cursor += 1
        }
        // What stands before the text: number, stop, invisible characters, in any order, then spaces.
        var label: [UInt8] = []
        var invisibles: [UInt8] = []
        var digits = 0
        while cursor < bytes.count, cursor - lineStart < 40 {
            let byte = bytes[cursor]
            if Bytes.isDigit(byte), invisibles.isEmpty || label.isEmpty, label.last != UInt8(ascii: ".") {
                guard digits < 5 else { return nil }
                label.append(byte)
                digits += 1
                cursor += 1
            } else if (byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")")), digits > 0, !label.contains(byte) {
                label.append(byte)
                cursor += 1
            } else if InvisibleCharacters.isInvisible(bytes, at: cursor) {
                invisibles.append(contentsOf: bytes[cursor..<(cursor + 3)])
                cursor += 3
            } else {
                break
            }
        }
        var spaces = 0
        while cursor < bytes.count, bytes[cursor] == 0x20 { spaces += 1; cursor += 1 }
        guard digits > 0, !invisibles.isEmpty, cursor < bytes.count, bytes[cursor] != 0x0A, bytes[cursor] != 0x0D else { return nil }
        // Glued to its text (`12⟨ZWSP⟩See`): the first invisible character's three bytes become a
        // space and a soft hyphen, which is no character of the text either (`12 ⟨SHY⟩See`).
        let moved = spaces > 0 ? opening + label + Array(repeating: 0x20, count: spaces) + invisibles
            : opening + label + [0x20, 0xC2, 0xAD] + invisibles.dropFirst(3)
        let range = lineStart..<cursor
        guard moved.count == range.count, !bytes[range].elementsEqual(moved) else { return nil }
        return (range, moved)
    }
}
