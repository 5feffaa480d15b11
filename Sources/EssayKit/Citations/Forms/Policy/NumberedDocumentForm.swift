import LowLevel

/// A resolution of Congress, an executive order or a standard cited by its number, as policy writing does:
/// `S.Res. 598`, `H. Con. Res. 14`, `H.J.Res. 7`, `Executive Order 14111`, `E.O. 14285`, with a
/// section as its pinpoint before (`Section 1.1(c) of Executive Order 14111`) or after it (`E.O.
/// 14285, Section 2(a)`, `H.Res. 339, §3`, `RFC 1122, Section 3.2`). A public law or bill read by another form takes a
/// section written before it the same way (`Section 7002 of P.L. 117-58`).
///
/// A resolution is a document and an order a regulation, each identified by its number, so every
/// mention of the number is one work; an order cited in full by its register notice (`Executive
/// Order 14254 of March 31, 2025, "Title," 90 Federal Register 14699`) is the same order
/// (`orderAlias`).
enum NumberedDocumentForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "S") || byte == UInt8(ascii: "H") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "s")
            || byte == 0xC2 || byte == UInt8(ascii: "R") || byte == UInt8(ascii: "N") || byte == UInt8(ascii: "F")
            || byte == UInt8(ascii: "I") || byte == UInt8(ascii: "A")
    }

    /// Resolutions as written, each with the canonical spelling it is filed under.
    private static let resolutions: [(written: StaticString, name: String)] = [
        ("S.Res. ", "S.Res."), ("H.Res. ", "H.Res."), ("S. Res. ", "S.Res."), ("H. Res. ", "H.Res."),
        ("S.Con.Res. ", "S.Con.Res."), ("H.Con.Res. ", "H.Con.Res."), ("S. Con. Res. ", "S.Con.Res."), ("H. Con. Res. ", "H.Con.Res."),
        ("S.J.Res. ", "S.J.Res."), ("H.J.Res. ", "H.J.Res."), ("S.J. Res. ", "S.J.Res."), ("H.J. Res. ", "H.J.Res."),
    ]
    private static let orders: [StaticString] = ["Executive Order ", "E.O. ", "Exec. Order No. ", "Exec. Order "]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = citation.first else { return nil }
        let lead = text.bytes[first]
        // The cheap gate: the clause opens with `S`, `H`, `E` or a section's word.
        guard lead == UInt8(ascii: "S") || lead == UInt8(ascii: "H") || lead == UInt8(ascii: "E") || lead == UInt8(ascii: "s")
                || lead == 0xC2 || lead == UInt8(ascii: "R") || lead == UInt8(ascii: "N") || lead == UInt8(ascii: "F")
                || lead == UInt8(ascii: "I") || lead == UInt8(ascii: "A") else { return nil }
        var start = first
        var leadingSection: Pinpoint?
        if let section = sectionOf(text, at: first, end: citation.upperBound) {
            leadingSection = section.pinpoint
            start = section.end
            // `Section 241 of the PHS Act (42 U.S.C. §238j)`: the code section given beside the act.
            if let coded = ActCodeSection.parallel(text, from: start, end: citation.upperBound) {
                var reading = coded.reading
                let rest = text.trimmed(coded.end..<body.upperBound)
                let after = rest.first.map { text.bytes[$0] == UInt8(ascii: ",") || text.bytes[$0] == UInt8(ascii: ".") ? text.trimmed($0 + 1..<rest.upperBound) : rest } ?? rest
                reading.trailing = after.isEmpty ? nil : after
                return reading
            }
            // `Section 7002 of P.L. 117-58`: a public law or bill another form reads (`Section 6422 of the
            // H.R. 7567, Title`: the article before a bill's number is no part of it).
            if document(text, at: start, end: citation.upperBound) == nil {
                let lawStart = text.has("the H.R. ", at: start, end: citation.upperBound) || text.has("the S. ", at: start, end: citation.upperBound)
                    ? start + 4 : start
                guard var reading = CitationForms.read(text, lawStart..<body.upperBound), case .full(let shared) = reading.form,
                      reading.citation.lowerBound == lawStart, shared.work.documentNumber != nil,
                      [.statute, .regulation, .document].contains(shared.work.kind) else { return nil }
                reading.pinpoint = section.pinpoint
                reading.citation = first..<reading.citation.upperBound
                return reading
            }
        }
        guard let found = document(text, at: start, end: citation.upperBound) else { return nil }
        var end = found.end
        var pinpoint = leadingSection
        // `, Section 2(a)`, ` §3`, `, sec. 4` after the number.
        var at = end
        if text.has(",", at: at, end: citation.upperBound) { at += 1 }
        at = text.skipSpaces(from: at, end: citation.upperBound)
        if leadingSection == nil, let section = section(text, at: at, end: citation.upperBound) {
            pinpoint = section.pinpoint
            end = section.end
        } else if leadingSection == nil, at > end, let page = PinpointParser.parse(text, at: at, end: citation.upperBound, allowRoman: false),
                  page.pinpoint.isMarked, page.end == citation.upperBound {
            // `RFC 1122, p. 4`: a marked page after the number.
            pinpoint = page.pinpoint
            end = page.end
        }
        // After a comma only the author's words, in lower case: a title or a register cite there
        // (`Executive Order 14901, "Title," 90 Federal Register ...`) is the full form another reads.
        let rest = text.skipSpaces(from: end, end: citation.upperBound)
        guard rest == citation.upperBound || text.bytes[rest] == UInt8(ascii: ",") && rest + 2 < citation.upperBound
                && Bytes.isLower(text.bytes[text.skipSpaces(from: rest + 1, end: citation.upperBound)]) else { return nil }
        let trailing = rest < citation.upperBound ? text.trimmed(rest + 1..<citation.upperBound) : nil
        return ClauseReading(form: .full(ClauseReading.SharedWork(found.work)), pinpoint: pinpoint, citation: first..<end,
                             trailing: trailing.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// Every resolution the author's words in `range` name (`S.Res. 598 and H.Res. 339 were ...`),
    /// in order, each a citation.
    static func mentions(_ text: CitationText, in range: Range<Int>) -> [(Range<Int>, ClauseReading)] {
        // The cheap gate: `Res.` written somewhere.
        guard text.contains("Res. ", in: range) else { return [] }
        return ChamberNumberMentions.find(text, in: range) { start in
            resolution(text, at: start, end: range.upperBound).map { (work: $0.work, pinpoint: nil, end: $0.end) }
        }
    }

    /// `eo:14254` for an executive order, whether cited by its number or in full with its register
    /// notice (`Executive Order 14254 of March 31, 2025, ...` as the notice's author or title).
    static func orderAlias(_ work: WorkDraft) -> String? {
        guard work.kind == .regulation else { return nil }
        for name in [work.documentNumber, work.authors.first, work.title].compactMap({ $0 }) {
            // The Bluebook's `Exec. Order No. 13,999` too, its thousands' comma no part of the number.
            for prefix in ["E.O. ", "Executive Order ", "Exec. Order No. "] where name.hasPrefix(prefix) {
                let written = name.utf8.dropFirst(prefix.utf8.count).prefix { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ",") }
                let digits = written.filter { $0 != UInt8(ascii: ",") }
                if digits.count >= 3 { return "eo:" + String(decoding: digits, as: UTF8.self) }
            }
        }
        return nil
    }

    /// The resolution or order whose number starts at `start`, and where it ends.
    private static func document(_ text: CitationText, at start: Int, end: Int) -> (work: WorkDraft, end: Int)? {
        if let resolution = resolution(text, at: start, end: end) { return resolution }
        if let standard = standard(text, at: start, end: end) { return standard }
        guard start < end, text.bytes[start] == UInt8(ascii: "E") else { return nil }
        for order in orders where text.has(order, at: start, end: end) {
            guard let number = number(text, at: start + order.utf8CodeUnitCount, end: end), number.digits >= 3 else { return nil }
            let digits = text.string(start + order.utf8CodeUnitCount..<number.end)
            var work = WorkDraft(kind: .regulation, title: "Executive Order \(digits)")
            work.documentNumber = "E.O. \(digits)"
            return (work, number.end)
        }
        return nil
    }

    /// `RFC 1122`, `NIST SP 800-145` (`StandardNumber`) as a field of its own at `start`: the same
    /// work as the full citation that gave its title.
    private static func standard(_ text: CitationText, at start: Int, end: Int) -> (work: WorkDraft, end: Int)? {
        guard start < end, [UInt8(ascii: "R"), UInt8(ascii: "N"), UInt8(ascii: "F"), UInt8(ascii: "I"), UInt8(ascii: "A")].contains(text.bytes[start])
        else { return nil }
        let fieldEnd = min(text.firstOffset(of: UInt8(ascii: ","), from: start, end: end), end)
        let field = text.trimmed(start..<fieldEnd)
        guard let number = StandardNumber.read(text, text.words(in: field)) else { return nil }
        var work = WorkDraft(kind: .report, title: number)
        work.documentNumber = number
        return (work, field.upperBound)
    }

    private static func resolution(_ text: CitationText, at start: Int, end: Int) -> (work: WorkDraft, end: Int)? {
        guard start < end, text.bytes[start] == UInt8(ascii: "S") || text.bytes[start] == UInt8(ascii: "H"),
              start == 0 || !Bytes.isWordByte(text.bytes[start - 1]) && text.bytes[start - 1] != UInt8(ascii: ".") else { return nil }
        for resolution in resolutions where text.has(resolution.written, at: start, end: end) {
            let numberStart = start + resolution.written.utf8CodeUnitCount
            guard let number = number(text, at: numberStart, end: end) else { return nil }
            let name = "\(resolution.name) \(text.string(numberStart..<number.end))"
            var work = WorkDraft(kind: .document, title: name)
            work.documentNumber = name
            return (work, number.end)
        }
        return nil
    }

    /// Just past the digits at `offset` (one to five, no leading zero, a word's end after them).
    private static func number(_ text: CitationText, at offset: Int, end: Int) -> (end: Int, digits: Int)? {
        var index = offset
        while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard (1...5).contains(index - offset), text.bytes[offset] != UInt8(ascii: "0"),
              index == end || !Bytes.isWordByte(text.bytes[index]) && text.bytes[index] != UInt8(ascii: "-") else { return nil }
        return (index, index - offset)
    }

    /// `Section 1.1(c) of `, `Sec. 4 of `, `§ 3 of ` opening a clause: the section and where the document starts.
    private static func sectionOf(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        guard let section = section(text, at: offset, end: end), text.has(" of ", at: section.end, end: end) else { return nil }
        return (section.pinpoint, section.end + 4)
    }

    /// `Section 2(a)`, `section 2`, `Sec. 4`, `§ 3` at `offset`: the section as written and where it ends.
    private static func section(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        var numberStart: Int?
        for word in ["Section ", "section ", "Sec. ", "sec. ", "§ ", "§"] as [StaticString] where text.has(word, at: offset, end: end) {
            numberStart = offset + word.utf8CodeUnitCount
            break
        }
        guard let numberStart, let parsed = PinpointParser.bareSection(text, at: numberStart, end: end) else { return nil }
        return (Pinpoint(kind: .section, text: text.string(offset..<parsed.end)), parsed.end)
    }
}
