import LowLevel

extension EssayBuilder {
    /// Parts the author's note from note `label` when Word wrote both in one note's element: the
    /// last note has that label and its text opens with the author's star (`\* Ann Roe is ...`),
    /// and a second marker with the same label (`\[1\]`, linked or not) opens the numbered note.
    /// The text before it becomes the author's note (`*`, `†`, `‡` in turn), its star no text.
    ///
    /// Word's filtered HTML keeps a star note and the first numbered note in the first note's
    /// `<div id="ftn1">` when the author typed the star by hand; the marker in the text that links
    /// to that div is note 1's. Returns whether the last note was parted.
    mutating func partsSharedAuthorNote(before label: String) -> Bool {
        guard label != "*", let last = footnotes.indices.last, footnotes[last].label == label,
              let first = footnotes[last].pieces.first else { return false }
        let bytes = file.bytes
        var index = first.lowerBound
        while index < first.upperBound, Bytes.isSpace(bytes[index]) { index += 1 }
        // Cheap first-byte test: the text opens with `*` or Pandoc's `\*`, not emphasis (`**`, `*Id*`).
        if index < first.upperBound, bytes[index] == UInt8(ascii: "\\") { index += 1 }
        guard index + 1 < first.upperBound, bytes[index] == UInt8(ascii: "*"), Bytes.isSpace(bytes[index + 1]) else { return false }
        index += 1
        while index < first.upperBound, Bytes.isSpace(bytes[index]) { index += 1 }
        let authorLabels = ["*", "\u{2020}", "\u{2021}"]
        guard let author = authorLabels.first(where: { wanted in !footnotes.contains { $0.label == wanted } }) else { return false }
        footnotes[last].pieces[0] = index..<first.upperBound
        footnotes[last].label = author
        footnotes[last].number = EssayBuilder.number(ofLabel: author)
        if authorNoteLabel == nil { authorNoteLabel = author }
        return true
    }
}
