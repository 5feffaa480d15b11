import LowLevel

extension LineRules {
    /// Whether `text` (a unit) is a page's button that shows or hides its notes, as a converter
    /// keeps it: the word for the notes and the button's word, with its icon, brackets and
    /// attributes around them (`Footnotes Hide`, `Footnotes [Hide ![](data:image/svg+xml;...)]{.toggle}`).
    /// Such a unit is no text. Looked at only for a unit opening with `F`, `N` or `E`.
    static func isNotesToggle(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, first == UInt8(ascii: "F") || first == UInt8(ascii: "N") || first == UInt8(ascii: "E"),
              text.count <= 6000 else { return false }
        var index = text.startIndex
        var namesNotes = false
        var namesButton = false
        while index < text.endIndex {
            let byte = text[index]
            if Bytes.isLetter(byte) {
                let word = text[index...].prefix(while: Bytes.isLetter)
                guard word.count <= 9 else { return false }
                let key = String(decoding: word.map(Bytes.lowercased), as: UTF8.self)
                if noteWords.contains(key) {
                    namesNotes = true
                } else if buttonWords.contains(key) {
                    namesButton = true
                } else {
                    return false
                }
                index = word.endIndex
            } else if byte == UInt8(ascii: "!"), index + 1 < text.endIndex, text[index + 1] == UInt8(ascii: "["),
                      let close = firstRange(of: "](", in: text[index...]),
                      let end = text[close.upperBound...].firstIndex(of: UInt8(ascii: ")")) {
                // An image: the button's icon.
                index = end + 1
            } else if byte == UInt8(ascii: "{"), let end = PandocAttributes.end(in: text, at: index, limit: text.endIndex) {
                index = end
            } else if byte == UInt8(ascii: "<"), let tag = HTMLTag.read(text, at: index, limit: text.endIndex) {
                index = tag.end
            } else if Bytes.isSpace(byte) || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") {
                index += 1
            } else {
                return false
            }
        }
        return namesNotes && namesButton
    }

    private static let noteWords: Set<String> = ["footnotes", "notes", "endnotes"]
    private static let buttonWords: Set<String> = ["hide", "show", "all"]
}
