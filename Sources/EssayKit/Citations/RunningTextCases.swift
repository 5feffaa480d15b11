import LowLevel

/// The cases an essay cites in full in its running text rather than in a note, as court opinions
/// and some essays do (`in _Planned Parenthood of Southeastern Pa._ v. _Casey_ , 505 U. S. 833
/// (1992), the Court ...`), so that a note's short form (`505 U. S., at 911`) can find them.
///
/// Looked for only when a short form finds no case of its volume among the notes' citations, one
/// volume at a time, and only in the lines before the note: most essays never need it.
struct RunningTextCases {
    /// A case found, with the offset of the paragraph it is in and its first page in the volume
    /// looked for: its own, or that of its subsequent history's report with no name of its own
    /// (`modified, 123 F.3d 1479`), which prints the same case again.
    struct Found {
        var work: WorkDraft
        var line: Int
        var firstPage: String?
    }

    /// The paragraphs are read in a window of this many bytes on each side of the cite.
    private static let window = 2_048

    private var byVolume: [String: [Found]] = [:]

    /// The cases cited in full in `volumeKey` (`505 U.S.`) in the paragraphs of `file` that start
    /// before `limit`, in the order of the text.
    mutating func cases(inVolume volumeKey: String, before limit: Int, in file: SourceFile) -> [Found] {
        if byVolume[volumeKey] == nil { byVolume[volumeKey] = Self.find(volumeKey, in: file) }
        return (byVolume[volumeKey] ?? []).filter { $0.line < limit }
    }

    private static func find(_ volumeKey: String, in file: SourceFile) -> [Found] {
        guard let space = volumeKey.utf8.firstIndex(of: UInt8(ascii: " ")) else { return [] }
        let volume = Array(volumeKey.utf8[..<space])
        guard let first = volume.first else { return [] }
        let bytes = file.bytes
        var found: [Found] = []
        var readParagraphs: Set<Int> = []
        var offset = 0
        while offset + volume.count < bytes.count {
            defer { offset += 1 }
            // The volume may end a line a hard wrap broke (`145` / `F.3d 230`).
            guard bytes[offset] == first, offset == 0 || !Bytes.isWordByte(bytes[offset - 1]),
                  bytes[offset..<(offset + volume.count)].elementsEqual(volume),
                  bytes[offset + volume.count] == UInt8(ascii: " ") || bytes[offset + volume.count] == UInt8(ascii: "\n") else { continue }
            let lines = paragraph(around: offset, in: bytes)
            guard let opening = lines.first, readParagraphs.insert(opening.lowerBound).inserted else { continue }
            found += cases(volumeKey, inLines: lines, in: file)
        }
        return found
    }

    /// The lines of the paragraph holding `offset`, each without its indent, within `window` bytes
    /// of it: a citation a hard wrap broke (`61 F.3d` / `902, 907`, `Grill,` / `Inc. v. Antler`) is
    /// read whole. A blank line, a footnote's definition (`[^3]:`) or a heading ends a paragraph.
    static func paragraph(around offset: Int, in bytes: [UInt8]) -> [Range<Int>] {
        var lineStart = offset
        while lineStart > 0, offset - lineStart < window, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        var lineEnd = offset
        while lineEnd < bytes.count, lineEnd - offset < window, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        var lines = [lineStart..<lineEnd]
        // Back over the lines before, while the paragraph goes on.
        while let top = lines.first, top.lowerBound > 0, bytes[top.lowerBound - 1] == UInt8(ascii: "\n"), !opensBlock(top, in: bytes) {
            let previousEnd = top.lowerBound - 1
            var previousStart = previousEnd
            while previousStart > 0, bytes[previousStart - 1] != UInt8(ascii: "\n") { previousStart -= 1 }
            guard offset - previousStart < window, !isBlank(previousStart..<previousEnd, in: bytes) else { break }
            lines.insert(previousStart..<previousEnd, at: 0)
        }
        // On over the lines after.
        while let bottom = lines.last, bottom.upperBound < bytes.count, bytes[bottom.upperBound] == UInt8(ascii: "\n") {
            let nextStart = bottom.upperBound + 1
            var nextEnd = nextStart
            while nextEnd < bytes.count, bytes[nextEnd] != UInt8(ascii: "\n") { nextEnd += 1 }
            let next = nextStart..<nextEnd
            guard nextEnd - offset < window, !isBlank(next, in: bytes), !opensBlock(next, in: bytes) else { break }
            lines.append(next)
        }
        return lines.map { line in
            var start = line.lowerBound
            while start < line.upperBound, bytes[start] == UInt8(ascii: " ") || bytes[start] == UInt8(ascii: "\t") { start += 1 }
            var end = line.upperBound
            if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            return start..<end
        }
    }

    /// Whether `line` holds only spaces.
    private static func isBlank(_ line: Range<Int>, in bytes: [UInt8]) -> Bool {
        bytes[line].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
    }

    /// Whether `line` opens a block of its own: a footnote's definition (`[^3]:`) or a heading.
    private static func opensBlock(_ line: Range<Int>, in bytes: [UInt8]) -> Bool {
        var index = line.lowerBound
        while index < line.upperBound, bytes[index] == UInt8(ascii: " ") { index += 1 }
        guard index < line.upperBound else { return false }
        if bytes[index] == UInt8(ascii: "#") { return true }
        return index + 1 < line.upperBound && bytes[index] == UInt8(ascii: "[") && bytes[index + 1] == UInt8(ascii: "^")
    }

    /// The full cites in `volumeKey` in the lines of one paragraph, each with the case name before it.
    private static func cases(_ volumeKey: String, inLines lines: [Range<Int>], in file: SourceFile) -> [Found] {
        var inline = InlineParser(file: file)
        let text = CitationText(inline.parse(pieces: lines))
        let line = lines.first?.lowerBound ?? 0
        return reports(in: text, volumeKey: volumeKey).map { Found(work: $0.work, line: line, firstPage: $0.firstPage) }
    }

    /// The cases cited in full in `text` in `volumeKey`, each with the case name before its cite
    /// and its first page in the volume, in order: a case cited in another volume counts when its
    /// subsequent history prints it again in this one with no name of its own (`modified, ...`).
    static func reports(in text: CitationText, volumeKey: String) -> [(work: WorkDraft, firstPage: String?)] {
        var found: [(work: WorkDraft, firstPage: String?)] = []
        var lower = 0
        let starts = text.volumeStarts
        for start in starts {
            guard start >= lower, let cite = ReporterCite.read(text, at: start, end: text.count), !cite.isShort,
                  cite.page != nil, !cite.isBlankPage else { continue }
            let inVolume = cite.volumeKey == volumeKey
            // Another volume's cite is read only when the text prints this volume's after it.
            guard inVolume || starts.last.map({ $0 > cite.end }) == true else { continue }
            let name = CaseName.range(endingAt: cite.start, from: lower, in: text)
            guard let name, let reading = CaseForm.read(text, name.lowerBound..<text.count),
                  case .full(let shared) = reading.form, !shared.work.title.isEmpty else { continue }
            if inVolume {
                found.append((shared.work, shared.work.firstPage))
                lower = cite.end
            } else if let history = reading.history, CaseForm.printsSameOpinion(history), let later = reading.historyCases.first,
                      later.title.isEmpty, later.volume.map({ "\($0) \(later.container ?? "")" }) == volumeKey {
                found.append((shared.work, later.firstPage))
                lower = reading.citation.upperBound
            }
        }
        return found
    }

    /// The cases cited in full in `text` (in `volumeKey` only, when given), each with the case
    /// name before its cite, in order.
    static func cases(in text: CitationText, volumeKey: String?) -> [WorkDraft] {
        var found: [WorkDraft] = []
        var lower = 0
        for start in text.volumeStarts {
            guard start >= lower, let cite = ReporterCite.read(text, at: start, end: text.count), !cite.isShort,
                  cite.page != nil, !cite.isBlankPage, volumeKey.map({ cite.volumeKey == $0 }) ?? true else { continue }
            let name = CaseName.range(endingAt: cite.start, from: lower, in: text)
            guard let name, let reading = CaseForm.read(text, name.lowerBound..<text.count),
                  case .full(let shared) = reading.form, !shared.work.title.isEmpty else { continue }
            found.append(shared.work)
            lower = cite.end
        }
        return found
    }
}
