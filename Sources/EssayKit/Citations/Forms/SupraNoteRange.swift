import LowLevel

/// `supra notes 11-12`: a short form pointing at a run of notes, each of which cites a work the
/// name names (`Moss and Vale, supra notes 11-12` after two of their stories, one a note).
///
/// `SupraForm` reads the run into its note as `11-12`; the resolution takes the works of every
/// note of the run that the name names (`labels`).
enum SupraNoteRange {
    /// The most notes a run spans; a longer one is a misprint or a page range, read as its first note.
    static let longestRun = 12

    /// The last note of a run after its first one's number (`-12`, `–12`, `--12`), and where it ends.
    static func last(_ text: CitationText, from start: Int, end: Int) -> (number: Range<Int>, end: Int)? {
        // The gate: a dash right after the first number.
        guard start < end else { return nil }
        let width = text.has("--", at: start, end: end) ? 2 : text.bytes[start] == UInt8(ascii: "-") ? 1 : text.has("–", at: start, end: end) ? 3 : 0
        guard width > 0 else { return nil }
        var index = start + width
        let digits = index
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > digits, index == end || !Bytes.isLetter(text.bytes[index]) else { return nil }
        return (digits..<index, index)
    }

    /// The labels of the notes a run `A-B` spans, in order, or nil when `note` is no run (or no
    /// run of a few notes forward).
    static func labels(_ note: String) -> [String]? {
        guard let dash = note.firstIndex(of: "-"), let first = Int(note[..<dash]), let last = Int(note[note.index(after: dash)...]),
              last > first, last - first < longestRun else { return nil }
        return (first...last).map(String.init)
    }
}
