/// Reads the short forms of a citation: *Id.*, `Name, *supra* note N, at P`, and `Name, at P`.
enum ShortFormParser {
    /// A short form and where its citation ends; what follows it in the clause is commentary.
    struct Reading: Equatable {
        enum Reference: Equatable {
            case id
            case supra(name: String, note: String)
            case short(name: String)
        }

        var reference: Reference
        var pinpoint: Pinpoint?
        /// The citation's extent in the clause, from its first byte to its pinpoint or parenthetical.
        var citation: Range<Int>
        /// What follows the citation in the clause (`followed by extensive presentation ...`).
        var trailing: Range<Int>?
    }

    /// Longer names than this before `at` read as prose, not a short form.
    private static let shortNameWordLimit = 8

    static func parse(_ text: CitationText, _ body: Range<Int>) -> Reading? {
        parseID(text, body) ?? parseSupra(text, body)
    }

    /// `*Id.*`, `*Id.* at 555`, `*Id.* ¶ 73`, `*Id.* 3–4`, `id. at 562–66, followed by ...`.
    static func parseID(_ text: CitationText, _ body: Range<Int>) -> Reading? {
        let start = body.lowerBound
        guard text.has("Id.", at: start, end: body.upperBound, ignoringFirstLetterCase: true) else { return nil }
        let (pinpoint, citationEnd, trailing) = tail(text, from: start + 3, end: body.upperBound)
        return Reading(reference: .id, pinpoint: pinpoint, citation: start..<citationEnd, trailing: trailing)
    }

    /// `*Legitimacy*, *supra* note 1, at 553`, `MALCOLM, supra note 40, at xxvii`.
    static func parseSupra(_ text: CitationText, _ body: Range<Int>) -> Reading? {
        let base = text.baseLevel(of: body)
        var supra: Int?
        // Most clauses hold no `supra`: its `p`, a rarer letter than `s`, is looked for a machine
        // word at a time.
        var probe = body.lowerBound + 2
        while probe < body.upperBound {
            probe = text.bytes.withUnsafeBufferPointer { buffer in
                ByteScan.firstIndex(in: UnsafeBufferPointer(rebasing: buffer[..<body.upperBound]), from: probe,
                                    anyMatch: { ByteScan.contains($0, UInt8(ascii: "p")) }, matches: { $0 == UInt8(ascii: "p") })
            }
            guard probe < body.upperBound else { break }
            let offset = probe - 2
            probe += 1
            let topLevel = text.isAtLevel(offset, base: base) && !text.isLinked(offset)
            if topLevel, text.has("supra", at: offset, end: body.upperBound), text.isWordStart(offset, from: body.lowerBound),
               text.isWordEnd(offset + 5, end: body.upperBound) {
                supra = offset
                break
            }
        }
        guard let supra else { return nil }
        let name = text.string(text.trimmingTrailing(body.lowerBound..<supra, [UInt8(ascii: ",")]))
        var index = text.skipSpaces(from: supra + 5, end: body.upperBound)
        if text.has("notes ", at: index, end: body.upperBound) {
            index += 6
        } else if text.has("note ", at: index, end: body.upperBound) {
            index += 5
        } else {
            return nil
        }
        let labelStart = index
        while index < body.upperBound, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > labelStart else { return nil }
        while index < body.upperBound, Bytes.isLetter(text.bytes[index]) { index += 1 }
        let note = text.string(labelStart..<index)
        let (pinpoint, citationEnd, trailing) = tail(text, from: index, end: body.upperBound)
        return Reading(reference: .supra(name: name, note: note), pinpoint: pinpoint,
                       citation: body.lowerBound..<citationEnd, trailing: trailing)
    }

    /// `*Legitimacy* at 560`, `Caron, at 561`: a name, then `at` and a pinpoint, and nothing else.
    static func parseShort(_ text: CitationText, _ body: Range<Int>) -> Reading? {
        let base = text.baseLevel(of: body)
        var atOffset: Int?
        for offset in body where text.bytes[offset] == UInt8(ascii: " ") && text.isTopLevel(offset, base: base)
            && text.has(" at ", at: offset, end: body.upperBound) {
            atOffset = offset
            break
        }
        guard let atOffset, atOffset > body.lowerBound else { return nil }
        let nameRange = text.trimmingTrailing(body.lowerBound..<atOffset, [UInt8(ascii: ",")])
        let name = text.string(nameRange)
        let lead = text.bytes[nameRange.lowerBound]
        guard !nameRange.isEmpty, Bytes.isUpper(lead) || text.isEmphasized(nameRange.lowerBound),
              name.split(separator: " ").count <= shortNameWordLimit else { return nil }
        let (pinpoint, citationEnd, trailing) = tail(text, from: atOffset, end: body.upperBound)
        guard pinpoint != nil, trailing == nil else { return nil }
        return Reading(reference: .short(name: name), pinpoint: pinpoint, citation: body.lowerBound..<citationEnd, trailing: nil)
    }

    /// The pinpoint after a short form (`at 553`, `, at 553`, `¶ 73`, `3–4`), any parenthetical after
    /// it (`(emphasis added)`), and the rest of the clause, which is commentary.
    private static func tail(_ text: CitationText, from offset: Int, end: Int) -> (Pinpoint?, Int, Range<Int>?) {
        var citationEnd = offset
        var index = text.skipSpaces(from: offset, end: end)
        if index < end, text.bytes[index] == UInt8(ascii: ","), text.has(" at ", at: index + 1, end: end) { index += 1 }
        index = text.skipSpaces(from: index, end: end)
        var pinpoint: Pinpoint?
        if text.has("at ", at: index, end: end),
           let parsed = PinpointParser.parse(text, at: text.skipSpaces(from: index + 3, end: end), end: end, allowRoman: true) {
            pinpoint = parsed.pinpoint
            citationEnd = parsed.end
        } else if index > offset, index < end,
                  let parsed = PinpointParser.parse(text, at: index, end: end, allowRoman: false) {
            pinpoint = parsed.pinpoint
            citationEnd = parsed.end
        }
        while true {
            let open = text.skipSpaces(from: citationEnd, end: end)
            guard open < end, text.bytes[open] == UInt8(ascii: "("), let close = text.closingBracket(after: open, end: end) else { break }
            citationEnd = close
        }
        var rest = text.trimmed(citationEnd..<end)
        while !rest.isEmpty, [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ".")].contains(text.bytes[rest.lowerBound]) {
            rest = text.trimmed(rest.lowerBound + 1..<rest.upperBound)
        }
        return (pinpoint, citationEnd, rest.isEmpty ? nil : rest)
    }
}
