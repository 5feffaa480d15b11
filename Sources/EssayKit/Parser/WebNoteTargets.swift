import LowLevel

/// Where a web page's note marks lead, read from the whole file before the scan: the fragment each
/// mark links to, with the mark's label, and whether the page's notes are tied to its marks.
///
/// Pages name their notes' places as they like (`footnote-ref-12` for the note and `footnote-12`
/// for the mark, the reverse of the usual naming; `easy-footnote-bottom-1-77`), so a note is found
/// by structure: an element that is no link itself and whose id a mark links to holds that note.
/// Read only in a file that may hold a web page's notes (`InlineContext.note`).
struct WebNoteTargets: Sendable {
    /// The label of the first link whose text is a note's label (`[12](#fn12)`,
    /// `<a href="#fn12"><sup>12</sup></a>`), by the fragment it leads to.
    private var labels: [[UInt8]: String] = [:]
    /// The labels of the marks that lead to an element of the page numbered otherwise
    /// (`[1]` to `_ftn3`).
    private var markedLabels: Set<String> = []
    /// Whether the page ties notes to marks: an element's id is a mark's target, or notes link
    /// back with their labels (`[1](#xref_fn1)`) to marks that link to notes (`[1](#fn1)`).
    private(set) var linksNotes = false
    /// Where the last mark that leads onward (no link back to a mark) is, as a byte offset.
    private(set) var lastMark = 0

    /// Whether any mark was found.
    var isEmpty: Bool { labels.isEmpty }

    /// The label of the mark that links to `id`, if one does.
    func label(of id: ArraySlice<UInt8>) -> String? {
        labels.isEmpty ? nil : labels[Array(id)]
    }

    /// The highest number among the marks' labels, 0 when none is a number.
    var highestMarkNumber: Int {
        labels.values.lazy.compactMap { Int($0) }.max() ?? 0
    }

    /// Whether a mark of the text with `label` links to some place.
    func marks(_ label: String) -> Bool {
        labels.values.contains(label)
    }

    /// Whether an element with `id` that is no link holds a note: a note's id by its name
    /// (`HTMLTag.isNoteID`), or one a mark links to.
    func namesNote(_ id: ArraySlice<UInt8>) -> Bool {
        HTMLTag.isNoteID(id) || label(of: id) != nil
    }

    /// The label of the note whose element has `id`: the label of the mark that links to it, else
    /// the number the id ends with. An id numbered zero (`fn0`, `fn00`), or numbered as a mark
    /// that links elsewhere (`_ftn1` where the mark `[1]` leads to `_ftn3`), is no numbered note
    /// but the byline's, an author's note: `*`.
    func noteLabel(ofID id: ArraySlice<UInt8>) -> String? {
        if let label = label(of: id) { return label }
        let digits = id.reversed().prefix(while: Bytes.isDigit)
        if !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0 == UInt8(ascii: "0") }) { return "*" }
        guard let number = HTMLTag.noteNumber(ofID: id) else { return nil }
        return markedLabels.contains(number) ? "*" : number
    }

    /// Reads the marks' targets and the elements' ids of `bytes`: one pass over its `#` and `=`.
    static func read(_ bytes: [UInt8]) -> WebNoteTargets {
        var targets = WebNoteTargets()
        var ids: Set<[UInt8]> = []
        var leadsBack = false
        var leadsOn = false
        var index = 0
        while true {
            index = ByteScan.firstIndex(in: bytes, from: index, upTo: bytes.count, lanes: { block in
                block .== SIMD16(repeating: UInt8(ascii: "#")) .| block .== SIMD16(repeating: UInt8(ascii: "="))
            }, matches: { $0 == UInt8(ascii: "#") || $0 == UInt8(ascii: "=") })
            guard index + 1 < bytes.count else { break }
            defer { index += 1 }
            guard index >= 2 else { continue }
            let before = bytes[index - 1]
            if bytes[index] == UInt8(ascii: "=") {
                if let id = attributeID(bytes, equalsAt: index) { ids.insert(Array(id)) }
                continue
            }
            if before == UInt8(ascii: "{") {
                // Pandoc's `{#id .class}`.
                let name = bytes[(index + 1)..<min(bytes.count, index + 80)].prefix { !Bytes.isSpace($0) && $0 != UInt8(ascii: "}") }
                if !name.isEmpty { ids.insert(Array(name)) }
                continue
            }
            let label: String?
            if before == UInt8(ascii: "("), bytes[index - 2] == UInt8(ascii: "]") {
                label = linkLabel(bytes, closingBracket: index - 2)
            } else if before == UInt8(ascii: "\"") || before == UInt8(ascii: "'"), index >= 6,
                      LineRules.startsFolded(bytes[(index - 6)..<(index - 1)], "href=") {
                label = anchorLabel(bytes, hrefAt: index - 6)
            } else {
                continue
            }
            guard let label else { continue }
            let fragment = bytes[(index + 1)..<min(bytes.count, index + 80)].prefix { byte in
                !Bytes.isSpace(byte) && byte != UInt8(ascii: ")") && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "'")
            }
            guard !fragment.isEmpty else { continue }
            if HTMLTag.isBackReference(bytes[index..<fragment.endIndex]) {
                leadsBack = true
            } else {
                leadsOn = true
                targets.lastMark = index
            }
            if targets.labels[Array(fragment)] == nil { targets.labels[Array(fragment)] = label }
        }
        targets.markedLabels = Set(targets.labels.lazy.filter { ids.contains($0.key) && HTMLTag.noteNumber(ofID: $0.key[...]) != $0.value }.map(\.value))
        targets.linksNotes = !targets.labels.isEmpty && ((leadsBack && leadsOn) || targets.labels.keys.contains(where: ids.contains))
        return targets
    }

    /// The value of an `id=` or `name=` attribute whose `=` is at `index`.
    private static func attributeID(_ bytes: [UInt8], equalsAt index: Int) -> ArraySlice<UInt8>? {
        let isID = index >= 3 && LineRules.startsFolded(bytes[(index - 2)..<index], "id") && Bytes.isSpace(bytes[index - 3])
        let isName = index >= 5 && LineRules.startsFolded(bytes[(index - 4)..<index], "name") && Bytes.isSpace(bytes[index - 5])
        guard isID || isName, index + 2 < bytes.count else { return nil }
        let quote = bytes[index + 1]
        guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { return nil }
        let value = bytes[(index + 2)..<min(bytes.count, index + 82)].prefix { $0 != quote && $0 != 0x0A }
        return value.isEmpty ? nil : value
    }

    /// The note label a Markdown link's text spells, its `]` at `close` (`[12]`, `[\[12\]]`,
    /// `[^12^]`, `[<sup>12</sup>]`); nil for any other text.
    private static func linkLabel(_ bytes: [UInt8], closingBracket close: Int) -> String? {
        var depth = 0
        var cursor = close
        let stop = max(0, close - 64)
        while cursor > stop {
            cursor -= 1
            let byte = bytes[cursor]
            guard byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]"), cursor == 0 || bytes[cursor - 1] != UInt8(ascii: "\\") else { continue }
            if byte == UInt8(ascii: "]") {
                depth += 1
            } else if depth > 0 {
                depth -= 1
            } else {
                return InlineParser.noteLabel(bytes[(cursor + 1)..<close])
            }
        }
        return nil
    }

    /// The note label an HTML anchor's text spells, its `href=` at `href`
    /// (`<a href="#fn12"><sup>12</sup></a>`); nil for any other text.
    private static func anchorLabel(_ bytes: [UInt8], hrefAt href: Int) -> String? {
        guard let open = bytes[max(0, href - 300)..<href].lastIndex(of: UInt8(ascii: "<")),
              let anchor = LineRules.anchor(at: bytes[open..<min(bytes.count, open + 600)]) else { return nil }
        return InlineParser.noteLabel(anchor.text)
    }
}
