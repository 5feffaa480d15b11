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
    /// Whether the file holds a no-break, narrow no-break, thin or figure space (U+00A0, U+202F,
    /// U+2009, U+2007), as LaTeX's ties converted by Pandoc and Word's fixed spaces are: only then
    /// does the text look at each byte 0xC2 and 0xE2, to read them as spaces (`InlineParser`).
    var readsWideSpaces = false
    /// Whether the file holds an invisible format character (`InvisibleCharacters`: a zero-width
    /// space, joiner or non-joiner, a word joiner, a byte-order mark inside the text), which is no
    /// character of the text: only then does the text look at each byte 0xE2 and 0xEF.
    var dropsInvisibles = false
    /// Whether the file holds two spaces in a row (MarkItDown justifies a PDF's lines so:
    /// `Smith  v  Jones  [2010]  NZSC  5`): only then does the text read a run of spaces inside a
    /// line as one, as Markdown shows it, so the citation forms see words parted by one space.
    var collapsesSpaces = false
    /// Whether the file holds Pandoc's attribute blocks (`{#fn1}`, `{.footnote}`), as
    /// `pandoc -t markdown` writes a web page's ids and classes: only then does the text look
    /// for them after a link or bracketed span (`PandocAttributes`).
    var readsPandocAttributes = false
    /// Whether the file holds a link to a fragment (`](#`), as a web page's markers and notes
    /// are when converted without their ids (markitdown): only then may a unit opening with a link
    /// back to a marker open a note outside a run of notes (`LineRules.webNoteStart`).
    var linksToFragments = false

    /// Records the facts of `bytes` these flags hold, in the one pass over the whole file that
    /// the scan makes before its units; returns whether the file may hold a web page's notes
    /// (`LineRules.opensWebNoteAttribute`, or Pandoc's attributes), which that pass finds too.
    mutating func note(_ bytes: [UInt8]) -> Bool {
        var mayHoldWebNotes = false
        var index = 0
        collapsesSpaces = ByteScan.containsPair(of: 0x20, in: bytes.span)
        while !(decodesEntities && dropsSoftHyphens && mayHoldWebNotes && readsPandocAttributes && linksToFragments && readsWideSpaces
                && dropsInvisibles) {
            // The spaces' last bytes: 0xA0 (U+00A0), 0xAF (U+202F), 0x89 (U+2009), 0x87 (U+2007).
            index = ByteScan.firstIndex(in: bytes, from: index, upTo: bytes.count, lanes: { block in
                block .== SIMD16(repeating: UInt8(ascii: "&")) .| block .== SIMD16(repeating: 0xAD) .| block .== SIMD16(repeating: UInt8(ascii: "="))
                    .| block .== SIMD16(repeating: UInt8(ascii: "{")) .| block .== SIMD16(repeating: UInt8(ascii: "#"))
                    .| block .== SIMD16(repeating: 0xA0) .| block .== SIMD16(repeating: 0xAF) .| block .== SIMD16(repeating: 0x89)
                    .| block .== SIMD16(repeating: 0x87) .| block .== SIMD16(repeating: 0x8B) .| block .== SIMD16(repeating: 0x8C)
                    .| block .== SIMD16(repeating: 0x8D) .| block .== SIMD16(repeating: 0xBF)
            }, matches: { byte in
                byte == UInt8(ascii: "&") || byte == 0xAD || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "#")
                    || byte == 0xA0 || byte == 0xAF || byte == 0x89 || byte == 0x87 || byte == 0x8B || byte == 0x8C || byte == 0x8D || byte == 0xBF
            })
            guard index < bytes.count else { break }
            switch bytes[index] {
            case 0xA0, 0xAF, 0x89, 0x87:
                if !readsWideSpaces, InlineParser.wideSpaceWidth(bytes, endingAt: index) != nil { readsWideSpaces = true }
                if !dropsInvisibles, index >= 2, InvisibleCharacters.isInvisible(bytes, at: index - 2) { dropsInvisibles = true }
            case 0x8B, 0x8C, 0x8D, 0xBF:
                if !dropsInvisibles, index >= 2, InvisibleCharacters.isInvisible(bytes, at: index - 2) { dropsInvisibles = true }
            case UInt8(ascii: "&"):
                // `&` then `#` or a letter, and a `;` within 12 bytes.
                if !decodesEntities, HTMLEntity.decode(bytes[...], at: index) != nil { decodesEntities = true }
            case 0xAD:
                if index > 0, bytes[index - 1] == 0xC2 { dropsSoftHyphens = true }
            case UInt8(ascii: "#"):
                if !linksToFragments, index >= 2, bytes[index - 1] == UInt8(ascii: "("), bytes[index - 2] == UInt8(ascii: "]") {
                    linksToFragments = true
                    mayHoldWebNotes = true
                }
            case UInt8(ascii: "{"):
                // `{#id` or `{.class`: Pandoc's attributes, which may name a web page's notes.
                if !readsPandocAttributes, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "#") || bytes[index + 1] == UInt8(ascii: ".") {
                    readsPandocAttributes = true
                    mayHoldWebNotes = true
                }
            default:
                if !mayHoldWebNotes, LineRules.opensWebNoteAttribute(bytes, equalsAt: index) { mayHoldWebNotes = true }
            }
            index += 1
        }
        return mayHoldWebNotes
    }
}

/// A Pandoc inline note, `^[text]`: where it is in the file and the label it was given.
struct InlineNote: Sendable {
    /// From the `^` to the closing `]`.
    var range: Range<Int>
    /// Its number in reading order, among all the essay's notes.
    var label: String
}
