import LowLevel

/// A Congressional Research Service product, cited by its product number: `CRS Report R47262,
/// Title, by Author Name`, `CRS In Focus IF11791, Title, by A and B`, `CRS Insight IN12624`,
/// `CRS Legal Sidebar LSB10839, Title, by ...`, and the later short mention `CRS Report R47262`
/// (with a pinpoint or none).
///
/// The work is a report identified by its product number (one to three capitals and four or five
/// digits), so every mention of the number is the same work; its title runs from the number to
/// `by` (`coordinated by`, `edited by`), its authors after that.
enum CRSProductForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "C")
    }

    /// Longest run of product-type words between `CRS` and the number (`Legal Sidebar`, `In Focus`).
    private static let longestType = 3

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // Cheap first: the clause opens with `CRS `.
        guard text.has("CRS ", at: citation.lowerBound, end: citation.upperBound) else { return nil }
        let words = text.words(in: citation.lowerBound..<min(citation.upperBound, citation.lowerBound + 64))
        guard words.count >= 2 else { return nil }
        var numberWord: Range<Int>?
        for word in words.dropFirst().prefix(longestType + 1) {
            let bare = text.trimmingTrailing(word, [UInt8(ascii: ","), UInt8(ascii: ".")])
            if isProductNumber(text.bytes[bare]) {
                numberWord = bare
                break
            }
            guard Bytes.isUpper(text.bytes[word.lowerBound]) else { return nil }
        }
        guard let numberWord else { return nil }
        let number = text.string(numberWord)
        var work = WorkDraft(kind: .report, title: text.string(citation.lowerBound..<numberWord.upperBound))
        work.documentNumber = number
        work.authors = ["Congressional Research Service"]
        work.authorIsInstitution = true
        var pinpoint: Pinpoint?
        var titleParts: [String] = []
        var takingTitle = true
        let rest = numberWord.upperBound..<citation.upperBound
        for field in CitationField.split(text, range: rest) {
            for remark in field.remarks {
                if let year = remark.year { work.year = work.year ?? year }
                if let name = remark.shortName { work.shortNames.append(name) }
            }
            let written = text.string(field.core)
            if case .pinpoint(let found) = field.shape {
                pinpoint = pinpoint ?? found
                takingTitle = false
                continue
            }
            if let byline = byline(written) {
                work.authors = byline
                work.authorIsInstitution = false
                takingTitle = false
                if let found = field.trailingPinpoint { pinpoint = pinpoint ?? found }
                continue
            }
            if case .number(let found) = field.shape, !takingTitle || titleParts.isEmpty {
                if found.text.utf8.count == 4, let year = DateWords.year(in: Array(found.text.utf8)[...]) {
                    work.year = work.year ?? year
                } else {
                    pinpoint = pinpoint ?? found
                }
                continue
            }
            if case .date(let year) = field.shape {
                work.year = work.year ?? year
                takingTitle = false
                continue
            }
            if takingTitle { titleParts.append(written + acronymAfter(text, field.core)) }
        }
        if !titleParts.isEmpty { work.title = titleParts.joined(separator: ", ") }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    /// The CRS products the author's sentence names (`... sections of CRS Report R47425, Title, by
    /// Name`): from `CRS` to the end when a capitalised title follows the number, else the number alone.
    static func mentions(_ text: CitationText, in range: Range<Int>) -> [(Range<Int>, ClauseReading)] {
        var found: [(Range<Int>, ClauseReading)] = []
        var offset = range.lowerBound
        while offset < range.upperBound {
            let next = text.firstOffset(of: UInt8(ascii: "C"), from: offset, end: range.upperBound)
            guard next < range.upperBound else { break }
            offset = next + 1
            guard next > range.lowerBound, text.bytes[next - 1] == UInt8(ascii: " "), text.has("CRS ", at: next, end: range.upperBound),
                  let whole = read(text, next..<range.upperBound) else { continue }
            var reading = whole
            let numberWord = text.words(in: next..<min(range.upperBound, next + 64)).dropFirst().prefix(longestType + 1).lazy
                .map { text.trimmingTrailing($0, [UInt8(ascii: ","), UInt8(ascii: ".")]) }
                .first { isProductNumber(text.bytes[$0]) }
            // A lower-case word after the number is the author's sentence going on, no title.
            if let numberEnd = numberWord?.upperBound,
               !text.has(", ", at: numberEnd, end: range.upperBound)
                || numberEnd + 2 < range.upperBound && !Bytes.isUpper(text.bytes[numberEnd + 2]) {
                guard let short = read(text, next..<numberEnd) else { continue }
                reading = short
            }
            found.append((reading.citation, reading))
            offset = reading.citation.upperBound
        }
        return found
    }

    /// ` (CFIUS)`, ` (ED-RLFs)`: an acronym in parentheses right after a title's words, which is
    /// part of the title (`Committee on Foreign Investment in the United States (CFIUS)`,
    /// `Economic Development Revolving Loan Funds (ED-RLFs)`), or nothing.
    private static func acronymAfter(_ text: CitationText, _ core: Range<Int>) -> String {
        let open = core.upperBound + 1
        guard text.has(" (", at: core.upperBound, end: text.count), let close = text.closingBracket(after: open, end: min(text.count, open + 16)) else { return "" }
        guard isAcronym(text.bytes[(open + 1)..<(close - 1)]) else { return "" }
        return " " + text.string(open..<close)
    }

    /// `CFIUS`, `ED-RLFs`, `R&D`, `H2A`: two to fourteen bytes, opening with a capital, at least two
    /// capitals, then capitals, digits, `-`, `&` or `/`, and perhaps a plural `s` at the end.
    static func isAcronym(_ inner: ArraySlice<UInt8>) -> Bool {
        guard (2...14).contains(inner.count), let first = inner.first, Bytes.isUpper(first) else { return false }
        let body = inner.last == UInt8(ascii: "s") ? inner.dropLast() : inner
        var capitals = 0
        for byte in body {
            if Bytes.isUpper(byte) {
                capitals += 1
            } else if !(Bytes.isDigit(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "/")) {
                return false
            }
        }
        return capitals >= 2
    }

    /// `R47262`, `RL34397`, `IF11791`, `IN12624`, `LSB10839`: one to three capitals, then four or
    /// five digits.
    static func isProductNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
        let letters = bytes.prefix { Bytes.isUpper($0) }.count
        let digits = bytes.count - letters
        return (1...3).contains(letters) && (4...5).contains(digits) && bytes.dropFirst(letters).allSatisfy(Bytes.isDigit)
    }

    /// The authors a byline names: `by Jay B. Sykes`, `coordinated by A and B`, `by A, B, and C`.
    private static func byline(_ field: String) -> [String]? {
        var rest = Substring(field)
        for lead in ["coordinated by ", "edited by ", "by "] where rest.hasPrefix(lead) {
            rest = rest.dropFirst(lead.count)
            let names = rest.components(separatedBy: " and ").flatMap { $0.components(separatedBy: ", ") }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return names.isEmpty ? nil : names
        }
        return nil
    }
}
