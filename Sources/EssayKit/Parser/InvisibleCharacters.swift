import LowLevel

/// Format characters a reader never sees, which web pages and word processors leave in text: the
/// zero-width space (U+200B), non-joiner (U+200C) and joiner (U+200D), the word joiner (U+2060) and
/// a byte-order mark inside the text (U+FEFF). They are no character of the text: the inline text
/// drops them (`InlineParser`), so a citation reads `Privacy Act 1988 (Cth)` whatever a page's
/// editor left after the year, and a note's start reads its number past them
/// (`InvisibleNoteLabels`). A joiner or non-joiner between two characters beyond ASCII stays: it
/// makes an emoji sequence or shapes a script's letters. Each is three bytes, `E2 80 8B`–`8D`, `E2 81 A0`, `EF BB BF`.
enum InvisibleCharacters {
    /// Whether an invisible format character opens at `index` of `bytes`.
    static func isInvisible(_ bytes: [UInt8], at index: Int) -> Bool {
        isInvisible(bytes[...], at: index)
    }

    /// Whether an invisible format character opens at `index` of a slice of the file's bytes.
    static func isInvisible(_ bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        guard index >= bytes.startIndex, index + 2 < bytes.endIndex else { return false }
        let lead = bytes[index]
        if lead == 0xE2 {
            if bytes[index + 1] == 0x80, bytes[index + 2] == 0x8C || bytes[index + 2] == 0x8D,
               index > bytes.startIndex, bytes[index - 1] >= 0x80, index + 3 < bytes.endIndex, bytes[index + 3] >= 0x80 {
                // Between two characters beyond ASCII a joiner or non-joiner is part of the text:
                // an emoji sequence (👩‍👧), or a script that shapes its letters by them.
                return false
            }
            return (bytes[index + 1] == 0x80 && (0x8B...0x8D).contains(bytes[index + 2])) || (bytes[index + 1] == 0x81 && bytes[index + 2] == 0xA0)
        }
        return lead == 0xEF && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF
    }
}
