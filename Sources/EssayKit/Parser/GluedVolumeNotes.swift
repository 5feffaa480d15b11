import LowLevel

/// A note's number glued to the volume of a multi-volume work that opens the note, as pdfminer
/// (MarkItDown) prints a law review's page-foot notes with their spaces lost: `251BLACKSTONE,
/// supra note 23, at 39.` is note 25 citing `1 BLACKSTONE`, and `391id.at42.` is note 39 citing
/// `1 id. at 42`.
extension LineRules {
    /// The next note's start where its number `label` runs on into one more digit (a volume, 1 to
    /// 9) glued to a name in capitals of four letters or more (an author set in small capitals,
    /// `1HOOKER`) or to `id.`: a run of digits one too long for the note expected.
    static func gluedVolumeNoteStart(_ line: ArraySlice<UInt8>, digits: ArraySlice<UInt8>, label: [UInt8], expected: Int) -> NoteStart? {
        guard digits.count == label.count + 1, digits.starts(with: label), digits.last != UInt8(ascii: "0"),
              digits.endIndex + 3 < line.endIndex else { return nil }
        let after = line[digits.endIndex...]
        if after.starts(with: Self.idWithStop) {
            return NoteStart(label: String(expected), textStart: digits.startIndex + label.count)
        }
        let word = after.prefix { Bytes.isLetter($0) }
        guard word.count >= 4, word.allSatisfy(Bytes.isUpper) else { return nil }
        // The name ends at a comma, a space, a full stop or the line's end, not in lower case (`1ABCdef`).
        if word.endIndex < line.endIndex {
            let end = line[word.endIndex]
            guard end == UInt8(ascii: ",") || end == 0x20 || end == UInt8(ascii: ".") else { return nil }
        }
        return NoteStart(label: String(expected), textStart: digits.startIndex + label.count)
    }

    private static let idWithStop: [UInt8] = Array("id.".utf8)
}
