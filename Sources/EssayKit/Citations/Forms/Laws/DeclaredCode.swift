import LowLevel

/// A statute the text names and places in a titled code: `the International Emergency Economic
/// Powers Act (IEEPA), 50 U.S.C. §1701 et seq.`, `the Widget Act, codified at 12 U.S.C. §4501 et
/// seq.`. A later bare `§1702(b)` belongs to that code (`50 U.S.C. § 1702`, at `(b)`), and so does
/// `IEEPA §1702(a)(1)(B)`, the act's declared name with a section of its code.
///
/// A declaration is a titled code's section that either follows a parenthesised short name
/// (`(IEEPA),`, `(IEEPA; 50 U.S.C. §§1701 et seq.)`) or opens a range with `et seq.`: both say the
/// act lives in that code from that section on. It is read wherever the text gives it, running text
/// or note, by a scan of the file for section signs made once, when a note first needs it.
struct DeclaredCode: Equatable {
    /// The act's parenthesised short name (`IEEPA`), when the text gives one.
    var acronym: String?
    /// The code's title number and abbreviation: `50`, `U.S.C.`.
    var volume: String
    var code: String
    /// The leading number of the section the act begins at (`1701`).
    var firstSection: Int
    /// The file offset of its section sign.
    var offset: Int

    /// `50 U.S.C.`: the code a bare section of the act is a section of.
    var codeTitle: String { "\(volume) \(code)" }

    /// The most bytes of a line read before a section sign: a short name and a code.
    private static let lookBehind = 120
    /// The most bytes read after it: the section and `et seq.`.
    private static let lookAhead = 40

    /// Every declaration in `file`, in the order of the text.
    static func find(in file: SourceFile) -> [DeclaredCode] {
        let bytes = file.bytes
        var found: [DeclaredCode] = []
        var index = 0
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == 0xC2, bytes[index + 1] == 0xA7 else { continue }
            var lineStart = index
            while lineStart > 0, index - lineStart < lookBehind, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            // Whole characters only: the window starts after a continuation byte.
            while lineStart < index, bytes[lineStart] & 0xC0 == 0x80 { lineStart += 1 }
            var lineEnd = index + 2
            while lineEnd < bytes.count, lineEnd - index < lookAhead, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            while lineEnd < bytes.count, lineEnd > index + 2, bytes[lineEnd] & 0xC0 == 0x80 { lineEnd -= 1 }
            let window = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
            let text = CitationText(RichText(text: window))
            guard var declared = read(text, sign: index - lineStart) else { continue }
            declared.offset = index
            found.append(declared)
        }
        return found
    }

    /// The declaration whose section sign is at `sign` of `text`, or nil when the section there
    /// declares no act's code.
    static func read(_ text: CitationText, sign: Int) -> DeclaredCode? {
        let bytes = text.bytes
        guard sign + 2 < text.count, bytes[sign] == 0xC2, bytes[sign + 1] == 0xA7 else { return nil }
        // The section's number, then `et seq.` perhaps.
        let numberStart = text.skipSpaces(from: sign + 2, end: text.count)
        var numberEnd = numberStart
        while numberEnd < text.count, Bytes.isDigit(bytes[numberEnd]) { numberEnd += 1 }
        guard numberEnd > numberStart, let first = Int(text.string(numberStart..<numberEnd)) else { return nil }
        var sectionEnd = numberEnd
        while sectionEnd < text.count, !Bytes.isSpace(bytes[sectionEnd]), bytes[sectionEnd] != UInt8(ascii: ",") { sectionEnd += 1 }
        let opensRange = text.has("et seq", at: text.skipSpaces(from: sectionEnd, end: text.count), end: text.count)
        // The code: a title number a few words before the sign, read as a code's section.
        var code: (volume: String, code: String, start: Int)?
        var start = max(0, sign - 24)
        while start < sign, code == nil {
            defer { start += 1 }
            guard Bytes.isDigit(bytes[start]), start == 0 || !Bytes.isWordByte(bytes[start - 1]),
                  let reading = StatuteForm.read(text, start..<sectionEnd), case .full(let shared) = reading.form,
                  reading.citation.lowerBound == start, shared.work.kind == .statute, let volume = shared.work.volume,
                  let abbreviation = shared.work.container, shared.work.title.contains(" § ") else { continue }
            code = (volume, abbreviation, start)
        }
        guard let code else { return nil }
        let acronym = shortName(text, before: code.start)
        guard acronym != nil || opensRange else { return nil }
        return DeclaredCode(acronym: acronym, volume: code.volume, code: code.code, firstSection: first, offset: sign)
    }

    /// The parenthesised short name just before a code at `start`: `(IEEPA), `, `(IEEPA), codified
    /// at ` or, as policy writing puts both in one parenthesis, `(IEEPA; `; nil when none is there.
    private static func shortName(_ text: CitationText, before start: Int) -> String? {
        let bytes = text.bytes
        var close = start
        while close > 0, Bytes.isSpace(bytes[close - 1]) { close -= 1 }
        if close > 0, bytes[close - 1] == UInt8(ascii: ";") {
            var open = close - 1
            while open > 0, close - open < 16, bytes[open - 1] != UInt8(ascii: "("), !Bytes.isSpace(bytes[open - 1]) { open -= 1 }
            guard open > 0, bytes[open - 1] == UInt8(ascii: "(") else { return nil }
            return acronym(text, open..<(close - 1))
        }
        // `codified at` between: where the act is codified, said in words.
        if close >= 3, text.has("at", at: close - 2, end: close) {
            var comma = close - 2
            while comma > 0, start - comma < 40, bytes[comma - 1] != UInt8(ascii: ",") { comma -= 1 }
            guard comma > 0, CodifiedAt.opens(text, at: text.skipSpaces(from: comma, end: close), end: close) else { return nil }
            close = comma
        }
        guard close > 0, bytes[close - 1] == UInt8(ascii: ",") else { return nil }
        close -= 1
        guard close > 0, bytes[close - 1] == UInt8(ascii: ")") else { return nil }
        var open = close - 1
        while open > 0, close - open < 16, bytes[open - 1] != UInt8(ascii: "(") { open -= 1 }
        guard open > 0, bytes[open - 1] == UInt8(ascii: "(") else { return nil }
        return acronym(text, open..<(close - 1))
    }

    /// `inner` as an acronym: letters (two capitals at least), digits, `&` or `-`, no space; else nil.
    private static func acronym(_ text: CitationText, _ inner: Range<Int>) -> String? {
        let bytes = text.bytes
        guard inner.count >= 2, Bytes.isUpper(bytes[inner.lowerBound]),
              bytes[inner].allSatisfy({ Bytes.isLetter($0) || Bytes.isDigit($0) || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "-") }),
              bytes[inner].filter(Bytes.isUpper).count >= 2 else { return nil }
        return text.string(inner)
    }
}
