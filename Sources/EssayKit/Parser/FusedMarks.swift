import LowLevel

/// Note marks a converter ran together after a word's full stop, as MarkItDown prints the
/// superscripts of notes cited at one place (`human rights.414243`: marks 41, 42 and 43).
///
/// A run of digits is read so only when it follows a word's full stop (a word of two letters or
/// more, one in lower case: `No.`, `U.S.` are abbreviations that number what follows) or a year's
/// (`in 2019.4142`: the year, then marks 41 and 42), nothing but
/// punctuation, a space or the line's end comes after it, and it splits into two or more numbers
/// each one more than the one before. Callers ask for the numbers the notes expect, so a year or
/// a figure of the text (`in 2019.`, `$1,250`) is never read so: no space is between it and the
/// word, and its digits do not run on.
enum FusedMarks {
    /// The marks the digits at `digits` spell, each a range of `bytes` with its number, in order;
    /// nil when the run is no fused marks. With `first`, the first mark must be that number.
    static func marks(_ bytes: [UInt8], digits: Range<Int>, first: Int? = nil) -> [(range: Range<Int>, number: Int)]? {
        let count = digits.count
        guard count >= 2, count <= 16, digits.lowerBound >= 3, digits.upperBound <= bytes.count,
              bytes[digits.lowerBound] != UInt8(ascii: "0"), followsWordStop(bytes, at: digits.lowerBound) || followsYearStop(bytes, at: digits.lowerBound),
              digits.upperBound == bytes.count || !(Bytes.isDigit(bytes[digits.upperBound]) || Bytes.isLetter(bytes[digits.upperBound]))
        else { return nil }
        for length in 1...min(5, count - 1) {
            let start = bytes[digits.lowerBound..<(digits.lowerBound + length)].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
            if let first, start != first { continue }
            if let split = split(bytes, digits: digits, from: start) { return split }
        }
        return nil
    }

    /// `digits` read as `start`, `start + 1`, … to its end, two numbers or more; nil when it is not.
    private static func split(_ bytes: [UInt8], digits: Range<Int>, from start: Int) -> [(range: Range<Int>, number: Int)]? {
        var found: [(range: Range<Int>, number: Int)] = []
        var index = digits.lowerBound
        var number = start
        while index < digits.upperBound {
            let written = Array(String(number).utf8)
            guard index + written.count <= digits.upperBound, bytes[index..<(index + written.count)].elementsEqual(written) else { return nil }
            found.append((index..<(index + written.count), number))
            index += written.count
            number += 1
        }
        return found.count >= 2 ? found : nil
    }

    /// Whether the digits at `index` follow a year's full stop that ends a sentence (`in 2019.4142`:
    /// the year, then marks 41 and 42; `(2019).4142`): four digits, 1600 to 2099, after a space or
    /// an opening parenthesis, then the stop. A decimal's digits (`12019.41`, `v2019.4142`) are
    /// passed by.
    static func followsYearStop(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 6, bytes[index - 1] == UInt8(ascii: ".") else { return false }
        let end = bytes[index - 2] == UInt8(ascii: ")") ? index - 2 : index - 1
        guard end >= 5, bytes[(end - 4)..<end].allSatisfy(Bytes.isDigit) else { return false }
        let lead = bytes[end - 5]
        guard lead == 0x20 || lead == UInt8(ascii: "(") || lead == 0x0A,
              end == index - 1 || lead == UInt8(ascii: "(") else { return false }
        let year = bytes[(end - 4)..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
        return (1600...2099).contains(year)
    }

    /// Whether the digits at `index` follow a word's full stop: a full stop (perhaps a closing
    /// quotation mark after it, `rights.”`) after a word of two letters or more, one of them in
    /// lower case, with no full stop inside it and no abbreviation's (`No.`, `Id.`; a closing
    /// quotation mark or parenthesis may come between the word and the stop, `rights”.`).
    static func followsWordStop(_ bytes: [UInt8], at index: Int) -> Bool {
        var stop = index - 1
        if stop >= 3, bytes[stop] == UInt8(ascii: "\"") { stop -= 1 }
        else if stop >= 4, bytes[stop - 2] == 0xE2, bytes[stop - 1] == 0x80, bytes[stop] == 0x9D || bytes[stop] == 0x99 { stop -= 3 }
        guard stop >= 2, bytes[stop] == UInt8(ascii: ".") else { return false }
        var start = stop
        while start > 0, stop - start < 6, [UInt8(ascii: ")"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x9D, 0x99, 0x80, 0xE2].contains(bytes[start - 1]) {
            start -= 1
        }
        var letters = 0
        var lower = false
        let wordEnd = start
        while start > 0, stop - start < 40 {
            let byte = bytes[start - 1]
            if Bytes.isLetter(byte) {
                letters += 1
                if Bytes.isLower(byte) { lower = true }
            } else if byte < 0x80 {
                break
            }
            start -= 1
        }
        return letters >= 2 && lower && !SentenceSplitter.isListedAbbreviation(bytes[start..<wordEnd])
    }
}
