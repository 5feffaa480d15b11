import LowLevel

extension InlineParser {
    /// The label a list of notes prints at a note's start, where the number may keep its full
    /// stop inside the link or superscript that holds it (`[<sup>12.</sup>](#note_ref12)`, as
    /// pandoc converts a book's XHTML endnotes, or `<sup>12.</sup>`): `noteLabel` of the text
    /// without a full stop right after its digits. Only a note's start reads a label so; a mark in
    /// the body (`[<sup>12</sup>](#note12)`) never holds a full stop, and `[1.](#part1)` there is a
    /// link to a part.
    static func listedNoteLabel(_ text: ArraySlice<UInt8>) -> String? {
        if let label = noteLabel(text) { return label }
        guard text.count <= 40, let stop = fullStopAfterDigits(in: text) else { return nil }
        var kept = Array(text[text.startIndex..<stop])
        kept.append(contentsOf: text[(stop + 1)...])
        guard let label = noteLabel(kept[...]), label.utf8.allSatisfy(Bytes.isDigit) else { return nil }
        return label
    }

    /// The one full stop in `text` that closes its digits: after a digit, and before a tag, a
    /// bracket or the end.
    private static func fullStopAfterDigits(in text: ArraySlice<UInt8>) -> Int? {
        var found: Int?
        for index in text.indices where text[index] == UInt8(ascii: ".") {
            guard found == nil, index > text.startIndex, Bytes.isDigit(text[index - 1]) else { return nil }
            let next = index + 1 < text.endIndex ? text[index + 1] : UInt8(ascii: "<")
            guard next == UInt8(ascii: "<") || next == UInt8(ascii: "]") || next == UInt8(ascii: "\\") else { return nil }
            found = index
        }
        return found
    }
}
