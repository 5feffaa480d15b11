import LowLevel

/// A printed line of a double-spaced page that `pdftotext -layout` parted from its paragraph by
/// the blank line it prints after every line (a court's opinion, a brief): the layout keeps each
/// line's indent, so the paragraph's first line stands indented (5 to 9 spaces and more) over lines
/// at the margin, and a line at that margin after a blank line goes on the paragraph.
///
/// A one-line unit goes on the paragraph before when its line starts at the paragraph's margin
/// (the indent of its lines after the first, or of its first line less 3 to 12 columns), the
/// paragraph's first line is indented from that margin, its last line has a printed line's measure
/// (50 bytes or more: a paragraph's short last line ends it) and the unit is no heading (`I.
/// BACKGROUND`, a title's line). A new paragraph opens indented, a block quotation is indented
/// throughout, and a single-spaced page parts its paragraphs by indent, not blank lines, so none
/// of them is joined.
enum LayoutDoubleSpacedLines {
    /// Least and most columns a paragraph's first line is set in from its margin.
    static let indent = 3...12

    /// Whether the line `next` of `bytes` goes on the paragraph whose printed lines are `lines`.
    static func continues(_ bytes: [UInt8], lines: [Range<Int>], next: Range<Int>) -> Bool {
        guard let first = lines.first, let last = lines.last else { return false }
        // Cheap first: the indents of the unit's line and the paragraph's first line.
        let nextIndent = columns(bytes, next)
        let firstIndent = columns(bytes, first)
        guard indent.contains(firstIndent - nextIndent), let lead = bytes[next].first(where: { $0 != 0x20 && $0 != 0x0C }),
              Bytes.isLetter(lead) || Bytes.isDigit(lead) || lead >= 0x80 || lead == UInt8(ascii: "(") else { return false }
        guard lines.dropFirst().allSatisfy({ columns(bytes, $0) == nextIndent }) else { return false }
        let trimmedNext = LineRules.trim(bytes[next])
        // A heading is short: a line of a printed line's measure goes on, however many capitals.
        let isHeading = isPartHeading(trimmedNext) || trimmedNext.count < CutLineUnits.shortest && PlainTitle.isTitleLine(trimmedNext)
        return LineRules.trim(bytes[last]).count >= CutLineUnits.shortest && !isHeading
    }

    /// Whether the line `next` opens a new paragraph after the paragraph whose lines are `lines`:
    /// the paragraph's lines after its first keep one margin, and `next` is set in from it as its
    /// first line is (`CutLineUnits` joins no such line, whatever the sentence).
    static func opensParagraph(_ bytes: [UInt8], lines: [Range<Int>], next: Range<Int>) -> Bool {
        guard lines.count >= 2, let first = lines.first, let last = lines.last else { return false }
        let margin = columns(bytes, last)
        let firstIndent = columns(bytes, first)
        let nextIndent = columns(bytes, next)
        return indent.contains(nextIndent - margin) && indent.contains(firstIndent - margin)
    }

    /// The spaces opening the line of `range` (from the line's start, after a form feed: a piece
    /// may start at its text).
    private static func columns(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var start = range.lowerBound
        while start > 0, bytes[start - 1] == 0x20 { start -= 1 }
        var count = 0
        var cursor = start
        while cursor < bytes.count {
            if bytes[cursor] == 0x20 { count += 1 } else if bytes[cursor] != 0x0C { break }
            cursor += 1
        }
        return count
    }

    /// Whether `line` opens with a part's label and a gutter (`I.      BACKGROUND`, `A.   The
    /// Statute`): a roman numeral, a capital or a number, a full stop and two spaces or more.
    private static func isPartHeading(_ line: ArraySlice<UInt8>) -> Bool {
        guard let stop = line.prefix(8).firstIndex(of: UInt8(ascii: ".")), stop > line.startIndex,
              line[line.startIndex..<stop].allSatisfy({ Bytes.isUpper($0) || Bytes.isDigit($0) }),
              stop + 2 < line.endIndex else { return false }
        return line[stop + 1] == 0x20 && line[stop + 2] == 0x20
    }
}

extension EssayBuilder {
    /// Whether the one-line `unit` goes on the paragraph whose pieces are `lastPieces`
    /// (`LayoutDoubleSpacedLines`).
    func continuesDoubleSpacedLine(_ unit: [Range<Int>], after lastPieces: [Range<Int>]) -> Bool {
        guard unit.count == 1, let line = unit.first, !lastPieces.isEmpty else { return false }
        return LayoutDoubleSpacedLines.continues(file.bytes, lines: lastPieces, next: line)
    }

    /// Whether the one-line `unit` opens a new paragraph set in from the margin of the paragraph
    /// whose pieces are `lastPieces` (`LayoutDoubleSpacedLines.opensParagraph`).
    func opensDoubleSpacedParagraph(_ unit: [Range<Int>], after lastPieces: [Range<Int>]) -> Bool {
        guard unit.count == 1, let line = unit.first else { return false }
        return LayoutDoubleSpacedLines.opensParagraph(file.bytes, lines: lastPieces, next: line)
    }
}
