import LowLevel

/// A journal's running heads as the only marks of where its pages end, in text a converter made of
/// a PDF with no form feeds (MarkItDown often prints none): each page opens, after a blank line,
/// with a short line holding the page's number at one end (`2025] FOREWORD 1019`, `1018 HARBOR
/// LAW REVIEW [Vol. 12:1017`, `82 STATE LAW REVIEW FORUM`, `2015:81 Title of the Piece 83`), and the
/// page's notes stand right above it.
///
/// - A head is told by its page number and by its words coming back: such lines count as heads
///   only where their numbers rise page by page (by one, or by two where a page's head was missed), three or
///   more in a row, and only where the same words (letters alone, case folded) head two pages or
///   more, as a journal's or a piece's name does. Notes opening with their numbers rise so too,
///   but their words differ.
/// - Only the first line of a unit (after a blank line) is looked at, and only when it opens or
///   ends with a digit; a contents line (`II. Part ........ 82`) or a sentence is none.
enum RunningHeadPages {
    /// The indices of the units that open with a running head, in a file with no other marks of
    /// its pages; empty when the heads do not rise as pages do.
    static func headUnits(_ units: [[Range<Int>]], in bytes: [UInt8]) -> [Int] {
        var candidates: [(unit: Int, numbers: (Int, Int), words: UInt64)] = []
        for (index, unit) in units.enumerated() {
            guard let first = unit.first, let numbers = pageNumbers(of: bytes[first]) else { continue }
            candidates.append((index, numbers, words(of: bytes[first])))
        }
        guard candidates.count >= 3 else { return [] }
        // The longest run of rising page numbers through each candidate, forwards and backwards;
        // a candidate may offer two numbers (`722 NAME [Vol. 110`), each tried.
        func follows(_ later: (Int, Int), _ earlier: (Int, Int)) -> Bool {
            for a in [later.0, later.1] where a > 0 {
                for b in [earlier.0, earlier.1] where b > 0 && (a - b == 1 || a - b == 2) { return true }
            }
            return false
        }
        let window = 6
        var forward = [Int](repeating: 1, count: candidates.count)
        for index in candidates.indices {
            for back in max(0, index - window)..<index where follows(candidates[index].numbers, candidates[back].numbers) {
                forward[index] = max(forward[index], forward[back] + 1)
            }
        }
        var backward = [Int](repeating: 1, count: candidates.count)
        for index in candidates.indices.reversed() {
            for ahead in (index + 1)..<min(candidates.count, index + 1 + window) where follows(candidates[ahead].numbers, candidates[index].numbers) {
                backward[index] = max(backward[index], backward[ahead] + 1)
            }
        }
        let rising = candidates.indices.filter { forward[$0] + backward[$0] - 1 >= 3 }
        var seen: [UInt64: Int] = [:]
        for index in rising { seen[candidates[index].words, default: 0] += 1 }
        let heads = rising.filter { seen[candidates[$0].words, default: 0] >= 2 }.map { candidates[$0].unit }
        return heads.count >= 3 ? heads : []
    }

    /// The words of a line as a hash: its letters (ASCII folded to capitals) and other bytes beyond
    /// ASCII, in order, up to a `[` (a volume's designation, which a scan's reading garbles: `[Vol.
    /// IX`, `[Vol. IU`); digits, spaces and punctuation left out.
    static func words(of line: ArraySlice<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in line.prefix(while: { $0 != UInt8(ascii: "[") }) where Bytes.isLetter(byte) || byte >= 0x80 {
            hash = (hash ^ UInt64(Bytes.isLower(byte) ? byte - 0x20 : byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The page numbers a line may show as a running head: the number it opens with (`1018 NAME`)
    /// and the one it ends with (`NAME 1019`), 0 where there is none; nil when the line is no head
    /// by form: 6 to 100 bytes, three letters before any `[`, no sentence's end, no contents leader.
    static func pageNumbers(of text: ArraySlice<UInt8>) -> (Int, Int)? {
        let line = LineRules.trim(text)
        guard line.count >= 6, line.count <= 100, let lead = line.first, let last = line.last,
              Bytes.isDigit(lead) || Bytes.isDigit(last) else { return nil }
        func number(_ digits: ArraySlice<UInt8>) -> Int {
            guard !digits.isEmpty, digits.count <= 4, digits.first != UInt8(ascii: "0"), digits.allSatisfy(Bytes.isDigit) else { return 0 }
            return digits.reduce(0) { $0 * 10 + Int($1 &- 0x30) }
        }
        let firstWord = line.prefix(while: { $0 != 0x20 })
        let lastWord = line.suffix(from: (line.lastIndex(of: 0x20) ?? line.startIndex - 1) + 1)
        let opening = firstWord.count < line.count ? number(firstWord) : 0
        let closing = lastWord.count < line.count ? number(lastWord) : 0
        guard opening > 0 || closing > 0 else { return nil }
        // The words between: some letters before any `[` (a volume's designation; a line opening
        // with a link, `[^](#note-12){...} 250`, is no head), no leader dots, no full stop closing
        // the line.
        var letters = 0
        var dots = 0
        var inBracket = false
        for byte in line {
            if byte == UInt8(ascii: "[") { inBracket = true }
            if Bytes.isLetter(byte), !inBracket { letters += 1 }
            if byte == UInt8(ascii: ".") {
                dots += 1
                if dots >= 4 { return nil }
            } else {
                dots = 0
            }
        }
        guard letters >= 3, !".,;:)".utf8.contains(last) else { return nil }
        return (opening, closing)
    }
}
