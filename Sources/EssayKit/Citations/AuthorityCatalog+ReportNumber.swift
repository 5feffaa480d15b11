extension AuthorityCatalog {
    /// The works cited before whose full citation printed `name` as a report's number: a short form
    /// that is only the number (`GAO-01-197, at 60` after `U.S. Gov't Accountability Office, Title,
    /// GAO-01-197 (2001)`) names the report. Empty unless `name` is shaped as a report number
    /// (`isReportNumber`); the number must stand as a word of its own in the work's title or number.
    func works(printingReportNumber name: String) -> [Int] {
        guard Self.isReportNumber(name) else { return [] }
        return authorities.indices.filter { index in
            let work = authorities[index]
            guard work.kind != .case else { return false }
            return [work.title, work.documentNumber ?? ""].contains { Self.holdsWord(name, in: $0) }
        }
    }

    /// Whether `name` is written as a report's number: one word of capitals, digits and hyphens
    /// (or a slash), holding two capitals or more and a digit (`GAO-01-197`, `GAO/HRD-90-4`, `RL31234`),
    /// or one capital in a UN symbol's three parts (`A/73/348`).
    static func isReportNumber(_ name: String) -> Bool {
        var capitals = 0
        var digits = 0
        var slashes = 0
        for byte in name.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): capitals += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "/"): slashes += 1
            case UInt8(ascii: "-"): continue
            default: return false
            }
        }
        return (capitals >= 2 || capitals == 1 && slashes >= 2) && digits >= 3
    }

    /// Whether `word` stands in `text` with no letter, digit or hyphen either side of it.
    private static func holdsWord(_ word: String, in text: String) -> Bool {
        var searched = text[...]
        while let found = searched.range(of: word) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            let bounds = [before, after].allSatisfy { character in
                guard let character else { return true }
                return !(character.isLetter || character.isNumber || character == "-" || character == "/")
            }
            if bounds { return true }
            searched = text[found.upperBound...]
        }
        return false
    }
}
