import LowLevel

/// A one-digit note label that a scan's text layer (OCR) printed as the letter it resembles
/// (`s Scott, Dominion ...` for `8 Scott`, `l See ...` for `1 See`).
///
/// Only lower-case letters are taken: a capital alone at a line's start opens prose as often as
/// a label (`I think`, `A Treatise`), while a lower-case letter alone before a capitalised word,
/// on a note's line after one that ends a sentence, is no word of the note.
enum MisreadNoteLabel {
    /// Whether `letter` is one OCR reads for the digit `number` (1 to 9).
    static func reads(_ letter: UInt8, as number: Int) -> Bool {
        switch number {
        case 1: letter == UInt8(ascii: "l") || letter == UInt8(ascii: "i")
        case 2: letter == UInt8(ascii: "z")
        case 5: letter == UInt8(ascii: "s")
        case 6: letter == UInt8(ascii: "b")
        case 8: letter == UInt8(ascii: "s")
        case 9: letter == UInt8(ascii: "g") || letter == UInt8(ascii: "q")
        default: false
        }
    }

    /// Where the text starts after a misread label for `number` opening `line`: the letter, one
    /// space and a capital or a digit. Nil when the line opens otherwise.
    static func textStart(_ line: ArraySlice<UInt8>, number: Int) -> Int? {
        let start = line.startIndex
        guard line.count >= 4, reads(line[start], as: number), line[start + 1] == 0x20 else { return nil }
        let lead = line[start + 2]
        guard Bytes.isUpper(lead) || Bytes.isDigit(lead) || lead == UInt8(ascii: "[") else { return nil }
        return start + 2
    }
}
