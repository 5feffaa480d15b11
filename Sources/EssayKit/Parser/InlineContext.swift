import LowLevel

/// What the scan of the whole file learnt that the inline text of one block or note needs.
///
/// The inline parser sees one block at a time, on any core; these answers need the whole file, so
/// the scan finds them first and every chunk reads them.
struct InlineContext: Sendable {
    /// Markdown note labels as a reader sees them numbered (`[^name]` → `3`), when the essay's
    /// labels are not all numbers; empty otherwise.
    var renamedLabels: [String: String] = [:]
    /// What settles a word hyphenated at a line's or a page's end, when the essay has one.
    var hyphens: HyphenEvidence?
    /// Whether the file holds HTML's character references (`&amp;`, `&#8617;`): only then does
    /// the text look at each `&`.
    var decodesEntities = false
    /// Whether the file holds a soft hyphen (U+00AD, or `&shy;`), which is no character of the
    /// text: only then does the text look at each byte 0xC2.
    var dropsSoftHyphens = false

    /// The facts of `bytes` these flags record.
    mutating func note(_ bytes: [UInt8]) {
        var index = 0
        // `&` then `#` or a letter, and a `;` within 12 bytes.
        while !decodesEntities {
            index = ByteScan.firstIndex(in: bytes, from: index, upTo: bytes.count, anyMatch: { ByteScan.contains($0, UInt8(ascii: "&")) },
                                        matches: { $0 == UInt8(ascii: "&") })
            guard index < bytes.count else { break }
            if HTMLEntity.decode(bytes[...], at: index) != nil { decodesEntities = true }
            index += 1
        }
        index = 0
        while !dropsSoftHyphens {
            index = ByteScan.firstIndex(in: bytes, from: index, upTo: bytes.count, anyMatch: { ByteScan.contains($0, 0xAD) }, matches: { $0 == 0xAD })
            guard index < bytes.count else { break }
            if index > 0, bytes[index - 1] == 0xC2 { dropsSoftHyphens = true }
            index += 1
        }
    }
}

/// A Pandoc inline note, `^[text]`: where it is in the file and the label it was given.
struct InlineNote: Sendable {
    /// From the `^` to the closing `]`.
    var range: Range<Int>
    /// Its number in reading order, among all the essay's notes.
    var label: String
}
