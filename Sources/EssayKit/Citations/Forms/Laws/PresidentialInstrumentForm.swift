import LowLevel

/// An executive order, proclamation or reorganization plan cited by its number, as the Bluebook and
/// older treatises print them: `Exec. Order No. 12,866, 3 C.F.R. 638 (1994)`, `Executive Order No.
/// 11541, July 1, 1970`, `Exec. Order No. 6340 (Oct. 16, 1933)`, `Reorganization Plan No. 2 of 1970
/// (84 Stat. 2085)`, `Proclamation No. 4311`, `Exec. Order No. 14,171 § 3(a)`.
///
/// The instrument is the work, named by its kind and number (an order's thousands' comma is no
/// part of the number, so `Exec. Order No. 12,866` and `E.O. 12866` are one order); the code or
/// Statutes at Large volume it is printed in and its date are where and when it was printed, a
/// section or a page after the first page its pinpoint. An order printed in the Federal Register
/// is left to `SessionLawForm`, which reads register notices.
enum PresidentialInstrumentForm: CitationForm {
    /// The first test of `read`: `E`, `P` or `R`.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "E") || byte == UInt8(ascii: "P") || byte == UInt8(ascii: "R")
    }

    /// The instruments' names as printed, each with its kind's name and the work's kind.
    private static let kinds: [(written: StaticString, name: String, kind: Authority.Kind)] = [
        ("Exec. Order No. ", "Executive Order No.", .regulation), ("Executive Order No. ", "Executive Order No.", .regulation),
        ("Exec. Order ", "Executive Order No.", .regulation),
        ("Proclamation No. ", "Proclamation No.", .regulation), ("Proc. No. ", "Proclamation No.", .regulation),
        ("Reorganization Plan No. ", "Reorganization Plan No.", .statute), ("Reorg. Plan No. ", "Reorganization Plan No.", .statute),
    ]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = citation.first, mayOpen(with: text.bytes[first]) else { return nil }
        let end = citation.upperBound
        guard let kind = kinds.first(where: { text.has($0.written, at: first, end: end) }) else { return nil }
        let numberStart = first + kind.written.utf8CodeUnitCount
        guard let number = number(text, at: numberStart, end: end) else { return nil }
        var numberEnd = number.end
        var digits = number.digits
        // `Reorganization Plan No. 2 of 1970`: a plan is numbered within its year.
        if kind.kind == .statute {
            guard text.has(" of ", at: numberEnd, end: end), numberEnd + 8 <= end,
                  let year = DateWords.year(in: text.bytes[numberEnd + 4..<numberEnd + 8]) else { return nil }
            digits += " of \(year)"
            numberEnd += 8
        }
        var work = WorkDraft(kind: kind.kind, title: "\(kind.name) \(digits)")
        work.documentNumber = kind.kind == .regulation && kind.name.hasPrefix("Exec") ? "E.O. \(digits)" : work.title
        var pinpoint: Pinpoint?
        var index = numberEnd
        // `§ 3(a)` after the number, with or without its comma.
        let sectionAt = text.skipSpaces(from: text.has(",", at: index, end: end) ? index + 1 : index, end: end)
        if text.has("§", at: sectionAt, end: end), let section = PinpointParser.parse(text, at: sectionAt, end: end, allowRoman: false),
           section.pinpoint.kind == .section {
            pinpoint = section.pinpoint
            index = section.end
        }
        // `, 3 C.F.R. 638, 640` or `(84 Stat. 2085)`: where it is printed, a page after the first its pinpoint.
        if let printed = printing(text, at: index, end: end) {
            if printed.isRegister { return nil }
            if pinpoint == nil { pinpoint = printed.pinpoint }
            index = printed.end
        }
        // `, July 1, 1970` or `(1994)`, `(Oct. 16, 1933)`: its date.
        if let dated = date(text, at: index, end: end) {
            work.year = dated.year
            index = dated.end
        }
        let tail = LawTail.read(text, after: index, end: end)
        work.year = work.year ?? tail.year
        // What is left must be the author's words or history (`, reprinted in ...`), not a title:
        // `Executive Order 14254, "Title," ...` is another form's.
        if let trailing = tail.trailing, !Bytes.isLower(text.bytes[trailing.lowerBound]), text.bytes[trailing.lowerBound] != UInt8(ascii: "(") {
            return nil
        }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: first..<tail.end,
                             trailing: tail.trailing)
    }

    /// Whether the parenthetical `inner`, opening at `open`, is only where the numbered law before it
    /// is printed (`Plan No. 2 of 1970 (84 Stat. 2085)`): its volume, a code or series, and a page,
    /// after a number. That is the law's printing, no second work.
    static func isPrinting(_ text: CitationText, _ inner: Range<Int>, after open: Int) -> Bool {
        guard open > 1, text.bytes[open - 1] == UInt8(ascii: " "), Bytes.isDigit(text.bytes[open - 2]),
              !inner.isEmpty, Bytes.isDigit(text.bytes[inner.lowerBound]),
              let printed = printing(text, at: inner.lowerBound - 1, end: inner.upperBound + 1) else { return false }
        return printed.end == inner.upperBound + 1
    }

    /// The number at `offset` (digits, a thousands' comma between them kept out: `12,866` is
    /// `12866`; a letter after a hyphen, `2679-A`) and where it ends; nil when none is there.
    private static func number(_ text: CitationText, at offset: Int, end: Int) -> (digits: String, end: Int)? {
        let bytes = text.bytes
        var index = offset
        var digits: [UInt8] = []
        while index < end, Bytes.isDigit(bytes[index]) {
            digits.append(bytes[index])
            index += 1
            // `12,866`: a comma with three digits after it and no fourth.
            if index + 3 < end, bytes[index] == UInt8(ascii: ","), digits.count <= 3,
               (1...3).allSatisfy({ Bytes.isDigit(bytes[index + $0]) }), index + 4 == end || !Bytes.isDigit(bytes[index + 4]) {
                index += 1
            }
        }
        guard !digits.isEmpty, digits.count <= 6 else { return nil }
        if index + 1 < end, bytes[index] == UInt8(ascii: "-"), Bytes.isUpper(bytes[index + 1]), index + 2 == end || !Bytes.isWordByte(bytes[index + 2]) {
            digits.append(contentsOf: bytes[index...index + 1])
            index += 2
        }
        guard index == end || !Bytes.isWordByte(bytes[index]) else { return nil }
        return (String(decoding: digits, as: UTF8.self), index)
    }

    /// Where the instrument is printed, from `offset`: `, 3 C.F.R. 638` (a page after it the pinpoint)
    /// or `(84 Stat. 2085)`; `isRegister` for the Federal Register.
    private static func printing(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint?, end: Int, isRegister: Bool)? {
        var index = text.skipSpaces(from: offset, end: end)
        let inBrackets = index < end && text.bytes[index] == UInt8(ascii: "(")
        guard index < end, text.bytes[index] == UInt8(ascii: ",") || inBrackets else { return nil }
        let volume = text.skipSpaces(from: index + 1, end: end)
        var volumeEnd = volume
        while volumeEnd < end, Bytes.isDigit(text.bytes[volumeEnd]) { volumeEnd += 1 }
        guard volumeEnd > volume, volumeEnd < end, text.bytes[volumeEnd] == UInt8(ascii: " ") else { return nil }
        let words = text.words(in: volumeEnd..<min(end, volumeEnd + 48), limit: 5)
        guard let code = LawCode.opening(text, words[...]) else { return nil }
        let pageStart = text.skipSpaces(from: code.end, end: end)
        var pageEnd = pageStart
        while pageEnd < end, Bytes.isDigit(text.bytes[pageEnd]) || (text.bytes[pageEnd] == UInt8(ascii: ",") && pageEnd + 1 < end && Bytes.isDigit(text.bytes[pageEnd + 1])) {
            pageEnd += 1
        }
        guard pageEnd > pageStart else { return nil }
        index = pageEnd
        var pinpoint: Pinpoint?
        if text.has(", ", at: index, end: end), index + 2 < end, Bytes.isDigit(text.bytes[index + 2]),
           let page = PinpointParser.parse(text, at: index + 2, end: end, allowRoman: false), page.pinpoint.kind == .page || page.pinpoint.kind == .pages {
            pinpoint = page.pinpoint
            index = page.end
        }
        if inBrackets {
            guard let close = text.closingBracket(after: volume - 1, end: end) else { return nil }
            let inner = text.skipSpaces(from: index, end: end)
            // `(84 Stat. 2085)` alone, or with its year after (`(3 C.F.R. 638 (1994))` is not written so).
            guard inner == close - 1 else { return nil }
            index = close
        }
        return (pinpoint, index, code.kind == "register")
    }

    /// The instrument's date from `offset`: `, July 1, 1970` or a bracket ending in a year.
    private static func date(_ text: CitationText, at offset: Int, end: Int) -> (year: Int, end: Int)? {
        let index = text.skipSpaces(from: offset, end: end)
        guard index + 1 < end, text.bytes[index] == UInt8(ascii: ","), text.bytes[index + 1] == UInt8(ascii: " ") else { return nil }
        let words = text.words(in: index + 2..<min(end, index + 24), limit: 3)
        guard words.count >= 2, DateWords.isMonth(text.bytes[text.trimmingTrailing(words[0], [UInt8(ascii: ".")])]) || DateWords.isMonth(text.bytes[words[0]]) else { return nil }
        for word in words.dropFirst() {
            let digits = text.trimmingTrailing(word, [UInt8(ascii: ","), UInt8(ascii: ")")])
            if digits.count == 4, let year = DateWords.year(in: text.bytes[digits]) { return (year, digits.upperBound) }
        }
        return nil
    }
}
