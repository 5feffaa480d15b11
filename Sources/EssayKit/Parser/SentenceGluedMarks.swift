import LowLevel

/// A note's mark glued on both sides, between one sentence's stop and the next sentence's first
/// word (`favoredtexts.34Inthosetexts`, `theAct).3TheAct`, `Reedsaid.8“[E]verything`), as
/// MarkItDown (pdfminer) prints a justified page whose spaces between words it lost: the mark
/// finders read a mark with no letter after it, so none of such a page's marks is read, and
/// its notes go to the body. The callers ask for the number the notes expect next, so a number
/// of the text (`REV.631,656`, `Cong.Rec.1958(1929)`) is never read so.
enum SentenceGluedMarks {
    /// Whether the `count` digits at `index` are a mark glued between a sentence's stop and the
    /// next word: one to three digits (no leading zero) after a word in lower case and the
    /// punctuation that ends it (`.`, `,`, `;`, `:`, `)`, a closing quotation mark; up to three),
    /// then a capital and a letter, or an opening quotation mark (`“`).
    static func isMark(_ bytes: [UInt8], at index: Int, count: Int) -> Bool {
        let end = index + count
        guard (1...3).contains(count), index >= 3, end + 2 < bytes.count, bytes[index] != UInt8(ascii: "0"),
              !Bytes.isDigit(bytes[end]), opensSentence(bytes, at: end) else { return false }
        var cursor = index
        var stops = 0
        while cursor > 0, stops < 4 {
            let byte = bytes[cursor - 1]
            if ".,;:)\"".utf8.contains(byte) {
                cursor -= 1
            } else if cursor >= 3, bytes[cursor - 3] == 0xE2, bytes[cursor - 2] == 0x80, byte == 0x9D || byte == 0x99 {
                cursor -= 3
            } else {
                break
            }
            stops += 1
        }
        guard (1...3).contains(stops), cursor > 0 else { return false }
        return Bytes.isLower(bytes[cursor - 1])
    }

    /// Whether the next sentence opens at `index`: a capital and a letter (`In`, `TheAct`), or an
    /// opening quotation mark (U+201C).
    private static func opensSentence(_ bytes: [UInt8], at index: Int) -> Bool {
        if Bytes.isUpper(bytes[index]) { return Bytes.isLetter(bytes[index + 1]) }
        return bytes[index] == 0xE2 && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9C
    }
}
