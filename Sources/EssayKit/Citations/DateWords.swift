import LowLevel

/// Reads the dates citations carry: `(1993)`, `(Dec. 20, 2002)`, `Dec. 19`, `Oct. 2018`, `(Dec.16, 2015)`.
enum DateWords {
    private static let months: [String] = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]
    /// The months of eight letters or fewer, packed by `Bytes.packedLowercase`; `september` is checked apart.
    private static let packedMonths: [UInt64] = months.compactMap { Bytes.packedLowercase(Array($0.utf8)) }

    /// The first four-digit number from 1000 to 2099 in `string` that stands alone.
    static func year(in string: String) -> Int? {
        year(in: Array(string.utf8)[...])
    }

    /// The first four-digit number from 1000 to 2099 in `bytes` that stands alone.
    static func year(in bytes: ArraySlice<UInt8>) -> Int? {
        // Read in place, from offset 0: no copy of the bytes.
        year(in: bytes.span)
    }

    private static func year(in utf8: Span<UInt8>) -> Int? {
        var index = 0
        while index < utf8.count {
            guard Bytes.isDigit(utf8[index]) else {
                index += 1
                continue
            }
            var end = index
            while end < utf8.count, Bytes.isDigit(utf8[end]) { end += 1 }
            let standsAlone = (index == 0 || !Bytes.isLetter(utf8[index - 1]) && utf8[index - 1] != UInt8(ascii: "/"))
                && (end == utf8.count || !Bytes.isLetter(utf8[end]) && utf8[end] != UInt8(ascii: "/"))
            // Only a run of exactly four digits is read as a number, so no run of digits can overflow.
            if end - index == 4, standsAlone {
                var value = 0
                for digit in index..<end { value = value * 10 + Int(utf8[digit] - 0x30) }
                if (1000...2099).contains(value) { return value }
            }
            index = end
        }
        return nil
    }

    /// Whether `word` names a month, full or abbreviated, with or without its period, or two
    /// months joined by a slash or a dash (`Jan./Feb.`, `Mar.–Apr.`).
    static func isMonth(_ word: ArraySlice<UInt8>) -> Bool {
        if word.count > 4, let joint = word.firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") || $0 == 0xE2 }),
           joint > word.startIndex {
            let rest = word[joint...].drop { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-") || $0 >= 0x80 }
            return isSingleMonth(word[..<joint]) && isSingleMonth(rest)
        }
        return isSingleMonth(word)
    }

    /// Whether a day and a month open `bytes` (`4 May`, `12 March 2011`): a pinpoint's number run
    /// stops before one, so `§ 12, 4 May 2012` points at § 12.
    static func opensDayAndMonth(_ bytes: ArraySlice<UInt8>) -> Bool {
        let day = bytes.prefix(while: Bytes.isDigit)
        guard (1...2).contains(day.count), bytes.dropFirst(day.count).first == UInt8(ascii: " ") else { return false }
        let rest = bytes.dropFirst(day.count + 1)
        return isMonth(rest.prefix { !Bytes.isSpace($0) && $0 != UInt8(ascii: ",") })
    }

    private static func isSingleMonth(_ word: ArraySlice<UInt8>) -> Bool {
        var letters = word
        if letters.last == UInt8(ascii: ".") { letters = letters.dropLast() }
        guard (3...9).contains(letters.count), letters.allSatisfy(Bytes.isLetter) else { return false }
        guard let key = Bytes.packedLowercase(letters) else { return letters.lazy.map(Bytes.lowercased).elementsEqual("september".utf8) }
        return packedMonths.contains(key)
    }
}
