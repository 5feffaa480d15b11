import LowLevel

/// Notes in blocks under a rule of em dashes at each page's foot, in a text with no form feeds,
/// as MarkItDown prints a court's slip opinion: `——————` over the page's notes, each label glued
/// to its text (`3Moreover, ...`, `12See ...`), the next page's running head after them.
///
/// - A note opens only inside a block (after the rule, up to the next page's head or body): in the
///   body, a part's number alone (`1` over `Clause 3 of the charter ...`) is a heading, and a line
///   opening with a number (`Brief for United States` / `26 (quoting ...`) is wrapped text.
/// - A block opening with the last note's tail runs on into the next note where a later line opens
///   it (`... (1807).` / `31See E. Rigby, ...`).
/// - A block's first line whose digits run on past the next note's number into a volume
///   (`262 Gentleman's Magazine 931`: note 26, volume 2) opens the next note, when the body marks it.
/// - A block whose first line opens note 1 again after the essay's notes (the last of them ending
///   its sentence) is a separate opinion's
///   (`JUSTICE X, concurring`, numbered anew): the essay's notes are over, and the later blocks
///   are kept out of them.
extension EssayBuilder {
    /// How many rules of em dashes make a text's notes rule-led: one page's rule alone does not.
    static let ruleLedBlocksFrom = 3

    /// Takes a unit of a block under a rule in a rule-led text when it opens a separate opinion's
    /// notes (or comes after them), or opens the next note with its label glued to a volume.
    mutating func takeRuleLedBlockUnit(_ unit: inout [Range<Int>]) -> Bool {
        guard readsRuleLedBlocks, region == .footnoteBlock, let first = unit.first else { return false }
        if ruleLedNotesClosed { return true }
        let bytes = file.bytes
        let text = LineRules.trim(bytes[first])
        let digits = text.prefix(while: Bytes.isDigit)
        guard !digits.isEmpty, digits.endIndex < text.endIndex else { return takeTailBeforeNextNote(&unit) }
        if lastNoteNumber >= 2, !lastNoteStopsMidSentence, Self.opensNoteOne(text, digits: digits) {
            ruleLedNotesClosed = true
            return true
        }
        guard let textStart = Self.labelBeforeVolume(text, digits: digits, expected: lastNoteNumber + 1),
              marksNote(lastNoteNumber + 1, before: first.lowerBound) else { return takeTailBeforeNextNote(&unit) }
        addNotes(from: &unit, start: LineRules.NoteStart(label: String(lastNoteNumber + 1), textStart: textStart), form: .pageBlocks)
        return true
    }

    /// Takes a block's unit that opens with the tail of the last note (a note running onto the
    /// next page) when a later line opens the next note (`24The exact meaning ...`): the lines
    /// before it go on with the last note, and the notes are read from it.
    private mutating func takeTailBeforeNextNote(_ unit: inout [Range<Int>]) -> Bool {
        guard !footnotes.isEmpty, unit.count > 1, !lastNoteIsEmpty else { return false }
        let bytes = file.bytes
        let forms = noteForms()
        guard LineRules.noteStart(bytes[unit[0]], forms) == nil else { return false }
        for index in unit.indices.dropFirst() {
            guard bytes[unit[index]].first.map(Bytes.isDigit) == true, let start = LineRules.noteStart(bytes[unit[index]], forms),
                  EssayBuilder.number(ofLabel: start.label) == forms.expected else { continue }
            for line in unit[..<index] { appendToLastNote(line) }
            var rest = Array(unit[index...])
            addNotes(from: &rest, start: start, form: .pageBlocks)
            return true
        }
        return false
    }

    /// Whether `text` opens note 1: `1` and a space or glued, then a capital or a quotation mark
    /// (`1 Roe v. Wade`, `1See`, `1“The`).
    static func opensNoteOne(_ text: ArraySlice<UInt8>, digits: ArraySlice<UInt8>) -> Bool {
        guard digits.elementsEqual([UInt8(ascii: "1")]) else { return false }
        var index = digits.endIndex
        if text[index] == 0x20 { index += 1 }
        guard index < text.endIndex else { return false }
        let lead = text[index]
        return Bytes.isUpper(lead) || lead == UInt8(ascii: "\"") || lead == 0xE2
    }

    /// Where the next note's text starts when `text` opens with its number glued to a volume and a
    /// space before a capitalised word (`262 Gentleman's`, note 26): the digits are not the next
    /// note's number, start with it, and the rest (one to three digits, no leading zero) is the
    /// volume.
    static func labelBeforeVolume(_ text: ArraySlice<UInt8>, digits: ArraySlice<UInt8>, expected: Int) -> Int? {
        let label = Array(String(expected).utf8)
        guard digits.count > label.count, digits.count - label.count <= 3, digits.starts(with: label),
              digits[digits.startIndex + label.count] != UInt8(ascii: "0"),
              text[digits.endIndex] == 0x20, digits.endIndex + 1 < text.endIndex, Bytes.isUpper(text[digits.endIndex + 1]) else { return nil }
        return digits.startIndex + label.count
    }
}
