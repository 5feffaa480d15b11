import LowLevel

/// A pinpoint into legislation as the AGLC and OSCOLA print it after an Act: marked parts from the
/// largest down, each a mark with no period and a number (`s 6(1)`, `pt 2 div 1`, `sch 1 ch 5 s 80.2C`,
/// `pt IIIA`, `reg 6`), a plural mark's list or range (`ss 7, 108`, `ss 7–9`, `ss 7 and 108`).
///
/// Kept whole as printed: the pinpoint of the Act the note cites.
struct LegislativePinpoint {
    /// The pinpoint as printed, from its first mark to its last number's subdivisions.
    var range: Range<Int>
    /// Whether the first mark is a section's (`s`, `ss`).
    var isSection: Bool

    /// The pinpoint's kind: a section's when it opens with one.
    var kind: Pinpoint.Kind { isSection ? .section : .other }

    /// The marks of a part, the longer first, each with whether a list may follow it and whether it
    /// takes a roman numeral (`pt IIIA`, `ch III`).
    private static let marks: [(written: StaticString, plural: Bool, roman: Bool)] = [
        ("subdivs ", true, false), ("subdiv ", false, false), ("divs ", true, true), ("div ", false, true),
        ("pts ", true, true), ("pt ", false, true), ("schs ", true, false), ("sch ", false, false), ("chs ", true, true), ("ch ", false, true),
        ("ss ", true, false), ("s ", false, false), ("cls ", true, false), ("cl ", false, false), ("regs ", true, false), ("reg ", false, false),
        ("rr ", true, false), ("r ", false, false), ("items ", true, false), ("item ", false, false),
    ]
    /// The most parts a chain holds (`sch 1 ch 5 pt 5.1 div 80 s 80.2C` is five).
    private static let longestChain = 6
    /// The most numbers a plural mark lists.
    private static let longestList = 8

    /// The pinpoint at `offset`, or nil when no mark and number open it there.
    static func read(_ text: CitationText, at offset: Int, end: Int) -> LegislativePinpoint? {
        var index = offset
        var parts = 0
        var isSection = false
        var last = offset
        while parts < longestChain {
            guard let mark = marks.first(where: { text.has($0.written, at: index, end: end) }),
                  var numberEnd = number(text, at: index + mark.written.utf8CodeUnitCount, end: end, roman: mark.roman) else { break }
            if parts == 0 { isSection = text.has("s ", at: index, end: end) || text.has("ss ", at: index, end: end) }
            if mark.plural {
                var listed = 1
                while listed < longestList {
                    var next = numberEnd
                    if text.has(", ", at: next, end: end) { next += 2 } else if text.has(" and ", at: next, end: end) { next += 5 } else { break }
                    guard let following = number(text, at: next, end: end, roman: mark.roman) else { break }
                    numberEnd = following
                    listed += 1
                }
            }
            parts += 1
            last = numberEnd
            guard numberEnd < end, text.bytes[numberEnd] == UInt8(ascii: " ") else { break }
            index = numberEnd + 1
        }
        guard parts > 0 else { return nil }
        return LegislativePinpoint(range: offset..<last, isSection: isSection)
    }

    /// Just past a part's number at `offset` (`6(1)`, `80.2C`, `7–9`, `6(1)(a)–(c)`, `IIIA` where
    /// `roman`), or nil when none is there or a letter or digit runs on after it.
    private static func number(_ text: CitationText, at offset: Int, end: Int, roman: Bool) -> Int? {
        let bytes = text.bytes
        guard offset < end else { return nil }
        var index = offset
        if Bytes.isDigit(bytes[offset]) {
            index = digitsAndLetters(text, from: offset, end: end)
        } else if roman, isRoman(bytes[offset]) {
            while index < end, index - offset < 8, isRoman(bytes[index]) { index += 1 }
            // `IIIA`: a capital after the numeral.
            if index < end, Bytes.isUpper(bytes[index]) { index += 1 }
        } else {
            return nil
        }
        index = subdivisions(text, from: index, end: end)
        // `7–9`, `7-9`, `6(1)(a)–(c)`: a range, one place.
        let dash = text.has("\u{2013}", at: index, end: end) ? 3 : index < end && bytes[index] == UInt8(ascii: "-") ? 1 : 0
        if dash > 0, index + dash < end {
            let after = index + dash
            if Bytes.isDigit(bytes[after]) {
                index = subdivisions(text, from: digitsAndLetters(text, from: after, end: end), end: end)
            } else if bytes[after] == UInt8(ascii: "("), text.closingBracket(after: after, end: end) != nil {
                index = subdivisions(text, from: after, end: end)
            }
        }
        guard index == end || !Bytes.isLetter(bytes[index]) && !Bytes.isDigit(bytes[index]) else { return nil }
        return index
    }

    /// Just past digits with the capitals and dotted numbers they carry (`80`, `16A`, `80.2C`, `474.17`).
    private static func digitsAndLetters(_ text: CitationText, from offset: Int, end: Int) -> Int {
        let bytes = text.bytes
        var index = offset
        while index < end, index - offset < 12 {
            let byte = bytes[index]
            if Bytes.isDigit(byte) || Bytes.isUpper(byte) {
                index += 1
            } else if byte == UInt8(ascii: "."), index + 1 < end, Bytes.isDigit(bytes[index + 1]) {
                index += 1
            } else {
                break
            }
        }
        return index
    }

    /// Just past the bracketed subdivisions at `offset` (`(1)(a)(ii)`), each short.
    private static func subdivisions(_ text: CitationText, from offset: Int, end: Int) -> Int {
        var index = offset
        while index < end, text.bytes[index] == UInt8(ascii: "("), let close = text.closingBracket(after: index, end: end), close - index <= 8 {
            index = close
        }
        return index
    }

    /// A roman numeral's capital.
    private static func isRoman(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "I") || byte == UInt8(ascii: "V") || byte == UInt8(ascii: "X") || byte == UInt8(ascii: "L")
    }
}
