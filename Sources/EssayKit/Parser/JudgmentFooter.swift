import LowLevel

/// The footer a Commonwealth court prints under a judgment's first page: the parties in capitals
/// round `v`, the judgment's neutral citation and its date in brackets (`ALPHA ROPA v BETA KORU
/// [2018] NZSC 12 [3 May 2018]`). A conversion leaves it after the page's last note, where it would
/// be read as that note's second case.
extension LineRules {
    /// Whether `bytes` is a judgment's footer: parties in capitals with a lone `v` between them, a
    /// `[YEAR] COURT NUMBER` citation, and a `[DAY Month YEAR]` date closing the line; runs of
    /// spaces (a justified line) count as one.
    static func isJudgmentFooter(_ bytes: ArraySlice<UInt8>) -> Bool {
        let text = trim(bytes)
        guard text.count >= 20, text.count <= 200, let first = text.first, Bytes.isUpper(first),
              text.last == UInt8(ascii: "]") else { return false }
        let words = text.split(separator: 0x20)
        // `[3` `May` `2018]` close the line.
        guard words.count >= 9 else { return false }
        let day = words[words.count - 3], month = words[words.count - 2], year = words[words.count - 1]
        guard day.first == UInt8(ascii: "["), (2...3).contains(day.count), day.dropFirst().allSatisfy(Bytes.isDigit),
              month.count >= 3, month.allSatisfy(Bytes.isLetter), month.first.map(Bytes.isUpper) == true,
              year.count == 5, year.dropLast().allSatisfy(Bytes.isDigit) else { return false }
        // `[2018]` `NZSC` `12` before the date.
        let number = words[words.count - 4], court = words[words.count - 5], cited = words[words.count - 6]
        guard number.allSatisfy(Bytes.isDigit), !court.isEmpty, court.allSatisfy(Bytes.isLetter), court.first.map(Bytes.isUpper) == true,
              cited.count == 6, cited.first == UInt8(ascii: "["), cited.last == UInt8(ascii: "]"),
              cited.dropFirst().dropLast().allSatisfy(Bytes.isDigit) else { return false }
        let parties = words[..<(words.count - 6)]
        guard let versus = parties.firstIndex(where: { $0.elementsEqual("v".utf8) }),
              versus > parties.startIndex, versus < parties.endIndex - 1 else { return false }
        return parties.allSatisfy { word in word.elementsEqual("v".utf8) || !word.contains(where: Bytes.isLower) }
    }
}
