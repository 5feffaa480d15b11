import LowLevel

/// The cases an essay cites in full in its running text rather than in a note, as court opinions
/// and some essays do (`in _Planned Parenthood of Southeastern Pa._ v. _Casey_ , 505 U. S. 833
/// (1992), the Court ...`), so that a note's short form (`505 U. S., at 911`) can find them.
///
/// Looked for only when a short form finds no case of its volume among the notes' citations, one
/// volume at a time, and only in the lines before the note: most essays never need it.
struct RunningTextCases {
    /// A case found, with the offset of the line it is on.
    struct Found {
        var work: WorkDraft
        var line: Int
    }

    /// The lines longer than this are read in a window of this many bytes on each side of the cite.
    private static let window = 2_048

    private var byVolume: [String: [Found]] = [:]

    /// The cases cited in full in `volumeKey` (`505 U.S.`) on the lines of `file` that start
    /// before `limit`, in the order of the text.
    mutating func cases(inVolume volumeKey: String, before limit: Int, in file: SourceFile) -> [WorkDraft] {
        if byVolume[volumeKey] == nil { byVolume[volumeKey] = Self.find(volumeKey, in: file) }
        return (byVolume[volumeKey] ?? []).filter { $0.line < limit }.map(\.work)
    }

    private static func find(_ volumeKey: String, in file: SourceFile) -> [Found] {
        guard let space = volumeKey.utf8.firstIndex(of: UInt8(ascii: " ")) else { return [] }
        let volume = Array(volumeKey.utf8[..<space])
        guard let first = volume.first else { return [] }
        let bytes = file.bytes
        var found: [Found] = []
        var readLines: Set<Int> = []
        var offset = 0
        while offset + volume.count < bytes.count {
            defer { offset += 1 }
            guard bytes[offset] == first, offset == 0 || !Bytes.isWordByte(bytes[offset - 1]),
                  bytes[offset..<(offset + volume.count)].elementsEqual(volume),
                  bytes[offset + volume.count] == UInt8(ascii: " ") else { continue }
            var lineStart = offset
            while lineStart > 0, offset - lineStart < window, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            var lineEnd = offset
            while lineEnd < bytes.count, lineEnd - offset < window, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            guard readLines.insert(lineStart).inserted else { continue }
            found += cases(volumeKey, onLine: lineStart..<lineEnd, in: file)
        }
        return found
    }

    /// The full cites in `volumeKey` on one line of the file, each with the case name before it.
    private static func cases(_ volumeKey: String, onLine line: Range<Int>, in file: SourceFile) -> [Found] {
        var inline = InlineParser(file: file)
        let text = CitationText(inline.parse(pieces: [line]))
        return cases(in: text, volumeKey: volumeKey).map { Found(work: $0, line: line.lowerBound) }
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
