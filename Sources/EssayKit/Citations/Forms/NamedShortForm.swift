import LowLevel

/// A short form by name: `*Legitimacy* at 560`, `Caron, at 561`, or a treatise's author and a
/// section (`1-6 Nimmer §§ 6.02, 6.03`, the volume before the name): a name, then `at` and a
/// pinpoint, or a pinpoint marked `§` or `¶`, and nothing else but parentheticals.
enum NamedShortForm: CitationForm {
    /// Lower-case words a treatise's short name may hold (`Nimmer on Copyright`).
    private static let connectors: Set<String> = ["&", "on", "of", "and", "the", "for"]

    /// Longer names than this before `at` read as prose, not a short form.
    private static let shortNameWordLimit = 8

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let body = ClauseEnds.withoutClosingPeriod(text, body)
        let base = text.baseLevel(of: body)
        var atOffset: Int?
        for offset in body where text.bytes[offset] == UInt8(ascii: " ") && text.isTopLevel(offset, base: base)
            && text.has(" at ", at: offset, end: body.upperBound) {
            atOffset = offset
            break
        }
        // `Compact §5.01(b), id., at 22–23`: the `at` is the record's; a section names the place.
        guard let atOffset, atOffset > body.lowerBound,
              text.firstOffset(of: 0xC2, from: body.lowerBound, end: atOffset) == atOffset else { return marked(text, body) }
        var nameRange = text.trimmingTrailing(body.lowerBound..<atOffset, [UInt8(ascii: ",")])
        // `2 ROE, at 555`: the volume of a treatise before its short name in capitals.
        if Bytes.isDigit(text.bytes[nameRange.lowerBound]), let volumeEnd = volumeBeforeCapitals(text, nameRange) {
            nameRange = volumeEnd..<nameRange.upperBound
        }
        // `Poe, slip op., at 12`, `Doe, No. 22-915, slip op. at 4`: a case by its party, at a page
        // of its slip opinion; the docket number is no part of the name.
        let slip = slipOpinionName(text, nameRange)
        nameRange = slip.name
        guard !nameRange.isEmpty else { return nil }
        let name = text.string(nameRange)
        let lead = text.bytes[nameRange.lowerBound]
        guard !nameRange.isEmpty, Bytes.isUpper(lead) || text.isEmphasized(nameRange.lowerBound),
              name.split(separator: " ").count <= shortNameWordLimit, !isCrossReference(name),
              // `see Lord Vale MR at 90-1`: a judge's place in the judgment cited before (`JudgePlace`).
              !JudgePlace.endsInTitle(text, nameRange) else { return nil }
        let tail = ClauseEnds.shortFormTail(text, from: atOffset, end: body.upperBound)
        guard var pinpoint = tail.pinpoint, tail.trailing == nil else { return nil }
        if slip.isSlip { pinpoint.text = "slip op. at " + pinpoint.text }
        return ClauseReading(form: .short(name: name), pinpoint: pinpoint, citation: body.lowerBound..<tail.citationEnd, trailing: nil)
    }

    /// `name` without a closing `slip op.` (and whether it had one) and a docket number before it
    /// (`Doe, No. 22-915, slip op.`: `Doe`).
    private static func slipOpinionName(_ text: CitationText, _ name: Range<Int>) -> (name: Range<Int>, isSlip: Bool) {
        // The cheap gate: the name ends in `op.` or `op`.
        guard name.count > 9, text.bytes[name.upperBound - 1] == UInt8(ascii: ".") || text.bytes[name.upperBound - 1] == UInt8(ascii: "p") else {
            return (name, false)
        }
        let dotted = text.bytes[name.upperBound - 1] == UInt8(ascii: ".")
        let slipStart = name.upperBound - (dotted ? 8 : 7)
        guard text.has("slip op", at: slipStart, end: name.upperBound), text.isWordStart(slipStart) else { return (name, false) }
        var cut = text.trimmingTrailing(name.lowerBound..<slipStart, [UInt8(ascii: ",")])
        // `, No. 22-915`: the docket number before the slip opinion.
        if let docket = text.lastWord(in: cut), docket.lowerBound >= cut.lowerBound + 5, Bytes.isDigit(text.bytes[docket.lowerBound]),
           text.has("No. ", at: docket.lowerBound - 4, end: cut.upperBound) {
            cut = text.trimmingTrailing(cut.lowerBound..<docket.lowerBound - 4, [UInt8(ascii: ",")])
        }
        return (cut, true)
    }

    /// Where the name starts after a volume (`2 ROE`, `12 ROE & LEE`): the volume's digits, a space,
    /// and a name in capitals; nil for anything else (`2 Fed. Reg.`, `12 cases`).
    private static func volumeBeforeCapitals(_ text: CitationText, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index - range.lowerBound <= 3, index < range.upperBound, text.bytes[index] == UInt8(ascii: " ") else { return nil }
        let start = index + 1
        let words = text.words(in: start..<range.upperBound)
        guard !words.isEmpty, words.allSatisfy({ word in
            text.equals(word, "&") || text.bytes[word].allSatisfy { Bytes.isUpper($0) || $0 == UInt8(ascii: "-") }
        }), text.bytes[words[0]].count >= 3 else { return nil }
        return start
    }

    /// `infra`, `supra`, `ante`, `post`: the essay's or opinion's own pages, no work.
    private static func isCrossReference(_ name: String) -> Bool {
        ["infra", "supra", "ante", "post", "Infra", "Supra", "Ante", "Post"].contains(name)
    }

    /// `Nimmer § 3.03(A)`, `1-6 Nimmer §§ 6.02, 6.03`: a name of a few capitalised words, perhaps
    /// after a volume, and a section or paragraph.
    private static func marked(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        var start = body.lowerBound
        // A volume or volumes first: `1`, `1-6`.
        var index = start
        while index < body.upperBound, Bytes.isDigit(text.bytes[index]) || text.bytes[index] == UInt8(ascii: "-") { index += 1 }
        if index > start, index < body.upperBound, text.bytes[index] == UInt8(ascii: " ") { start = index + 1 }
        // The mark (`§`, `¶`) is what most clauses lack: looked for before the words are listed.
        guard start < body.upperBound, Bytes.isUpper(text.bytes[start]),
              text.firstOffset(of: 0xC2, from: start, end: body.upperBound) < body.upperBound else { return nil }
        let words = text.words(in: start..<body.upperBound)
        guard let markIndex = words.prefix(5).firstIndex(where: { text.bytes[$0.lowerBound] == 0xC2 }), markIndex > 0,
              Bytes.isUpper(text.bytes[words[markIndex - 1].lowerBound]),
              words[..<markIndex].allSatisfy({ Bytes.isUpper(text.bytes[$0.lowerBound]) || connectors.contains(text.string($0)) }),
              let pinpoint = PinpointParser.parse(text, at: words[markIndex].lowerBound, end: body.upperBound, allowRoman: false),
              pinpoint.pinpoint.kind == .section || pinpoint.pinpoint.kind == .paragraph else { return nil }
        let nameRange = text.trimmingTrailing(start..<words[markIndex - 1].upperBound, [UInt8(ascii: ",")])
        let tail = ClauseEnds.shortFormTail(text, from: pinpoint.end, end: body.upperBound)
        guard tail.trailing == nil else { return nil }
        return ClauseReading(form: .short(name: text.string(nameRange)), pinpoint: pinpoint.pinpoint,
                             citation: body.lowerBound..<max(pinpoint.end, tail.citationEnd), trailing: nil)
    }
}
