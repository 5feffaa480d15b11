import LowLevel

/// A report's endnotes as pdftotext (default mode) prints them at its end, under a line
/// `Endnotes` (or `Notes`) in mixed case, perhaps after a numbered bibliography: each note its
/// number alone over its text (with or without a blank line between) or its number and text on
/// one line, running heads and page numbers between the pages. The body marks them with digits
/// glued to words (`identity.12`), read in reading order.
extension EssayBuilder {
    /// Takes a line naming the notes (`Endnotes`, `Notes`; `LineRules.isNotesTitle`) opening a unit
    /// in converted pages, before any note is read, when the next line opens note 1 (`1` alone, or `1`,
    /// a space and a capital): the notes begin. A title in capitals is a heading and opens them so
    /// already; in mixed case the line is no heading, and the notes read as body text.
    mutating func takeNotesTitleLine(_ unit: [Range<Int>]) -> Bool {
        guard hasFormFeeds, footnotes.isEmpty, region == .body, unit[0].count <= 16, LineRules.isNotesTitle(file.bytes[unit[0]]),
              let next = unit.count > 1 ? unit[1] : pending.last?.first, Self.opensFirstNote(LineRules.trim(file.bytes[next])) else { return false }
        region = .endnotes
        readsPlainEndnotes = true
        // The notes' lines after the title, with no blank line between, are read next.
        if unit.count > 1 { pending.append(Array(unit.dropFirst())) }
        return true
    }

    /// Whether `text` opens note 1 as plain endnotes print it: `1` alone, or `1`, a space and a
    /// capital, a quotation mark or a parenthesis.
    static func opensFirstNote(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.first == UInt8(ascii: "1") else { return false }
        let rest = text.dropFirst()
        guard let space = rest.first else { return true }
        guard space == 0x20, let lead = rest.dropFirst().first(where: { $0 != 0x20 }) else { return false }
        return Bytes.isUpper(lead) || lead == UInt8(ascii: "(") || lead == UInt8(ascii: "\"") || lead == 0xE2
    }

    /// Takes a line alone numbered as the next section after the last numbered one (`2. Findings`
    /// after `1. Introduction`), a title of words ending with a letter: a section's heading. The
    /// page-foot rules would take it for note 2 when the body marks a 2 (`in 2016,2`).
    mutating func takeHeadingNumberedInTurn(_ unit: [Range<Int>]) -> Bool {
        guard hasFormFeeds, region == .body, unit.count == 1, let line = unit.first, line.count <= 124 else { return false }
        let bytes = file.bytes
        guard let lead = bytes[line].first, Bytes.isDigit(lead), let heading = LineRules.heading(bytes[line]), heading.hashes == 0,
              let number = heading.number.flatMap({ Int($0) }), number >= 2,
              let previous = sections.last(where: { $0.heading?.number.flatMap { Int($0) } != nil })?.heading?.number,
              Int(previous) == number - 1 else { return false }
        let title = bytes[heading.titleRange]
        guard !title.contains(where: Bytes.isDigit), let last = title.last, Bytes.isLetter(last) else { return false }
        bylineDecided = true
        takeHeading(heading, line: line)
        return true
    }
}

extension EssayBuilder {
    /// Whether line `index` (`line`, a form feed before it allowed) names the notes alone and the
    /// next line with text, within three, opens note 1: a reference list ends there, and the notes
    /// after it are read as notes, not as the list's entries.
    static func notesTitleEndsList(_ line: Range<Int>, index: Int, lineStarts: [Int], in bytes: [UInt8]) -> Bool {
        var start = line.lowerBound
        while start < line.upperBound, bytes[start] == 0x0C || bytes[start] == 0x20 { start += 1 }
        guard line.upperBound - start <= 16, LineRules.isNotesTitle(bytes[start..<line.upperBound]) else { return false }
        for next in (index + 1)..<min(lineStarts.count, index + 4) {
            let end = next + 1 < lineStarts.count ? lineStarts[next + 1] - 1 : bytes.count
            let text = LineRules.trim(bytes[lineStarts[next]..<max(lineStarts[next], end)])
            if text.isEmpty { continue }
            return opensFirstNote(text)
        }
        return false
    }

    /// Whether the line at `first` may name the notes: after a form feed, `E`, `N` or `F` in
    /// either case (`Endnotes`, `NOTES`, `Footnotes`). Other lines are passed by unread.
    static func mayNameNotes(_ bytes: [UInt8], at first: Int) -> Bool {
        var index = first
        while index < bytes.count, bytes[index] == 0x0C || bytes[index] == 0x20 { index += 1 }
        guard index < bytes.count else { return false }
        let lower = bytes[index] | 0x20
        return lower == UInt8(ascii: "e") || lower == UInt8(ascii: "n") || lower == UInt8(ascii: "f")
    }
}
