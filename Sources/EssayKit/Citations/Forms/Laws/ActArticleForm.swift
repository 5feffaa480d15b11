import LowLevel

/// An article of an act named by its abbreviation after it, as continental notes cite a statute:
/// `Art. 3 NetzDG`, `Art. 17(1) BayPAG`, `Art. 6 para. 1 DSGVO`, the German order of `§ 19 MStV`.
///
/// Each article is a work of its own (`GG art. 5`), its subdivision the pinpoint, as a code's
/// section is (`BareSectionForm` reads `§ 19 MStV` so). The abbreviation is one word of two to
/// eight letters with two capitals at least (`GG`, `DSA`, `NetzDG`), and only a comma, a
/// parenthetical or the end may follow it: `Art. 5 of the Basic Law` and `Art. 5 Basic Law` are
/// prose or another form's. A name `ArticleOfInstrumentForm` reads (`Article 6(1) TEU`, or one in
/// capitals, `Art. 5 GG`, which it takes only when a note declared it) is left to it.
enum ActArticleForm: CitationForm {
    /// The first test of `read`: `Art.` or `Article`.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "A")
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let start = citation.lowerBound
        var numberStart: Int
        if text.has("Art. ", at: start, end: citation.upperBound) {
            numberStart = start + 5
        } else if text.has("Article ", at: start, end: citation.upperBound) {
            numberStart = start + 8
        } else {
            return nil
        }
        numberStart = text.skipSpaces(from: numberStart, end: citation.upperBound)
        // `Article 6(1) TEU`: a treaty the instrument form knows by its short name is that treaty's.
        if ArticleOfInstrumentForm.read(text, body) != nil { return nil }
        let bytes = text.bytes
        var numberEnd = numberStart
        while numberEnd < citation.upperBound, Bytes.isDigit(bytes[numberEnd]) { numberEnd += 1 }
        guard numberEnd > numberStart else { return nil }
        // A letter glued to the number is part of it (`Art. 10a`).
        if numberEnd < citation.upperBound, Bytes.isLower(bytes[numberEnd]),
           numberEnd + 1 == citation.upperBound || !Bytes.isLetter(bytes[numberEnd + 1]) { numberEnd += 1 }
        // The subdivision: `(1)(a)`, or `para. 1` / `sentence 2` after a space.
        var subdivisionEnd = numberEnd
        while subdivisionEnd < citation.upperBound, bytes[subdivisionEnd] == UInt8(ascii: "("),
              let close = text.closingBracket(after: subdivisionEnd, end: citation.upperBound), close - subdivisionEnd <= 6 {
            subdivisionEnd = close
        }
        var nameStart = text.skipSpaces(from: subdivisionEnd, end: citation.upperBound)
        if nameStart > subdivisionEnd, let marked = PinpointParser.parse(text, at: nameStart, end: citation.upperBound, allowRoman: false),
           marked.pinpoint.kind == .paragraph {
            subdivisionEnd = marked.end
            nameStart = text.skipSpaces(from: marked.end, end: citation.upperBound)
        }
        guard nameStart > subdivisionEnd, nameStart < citation.upperBound, Bytes.isUpper(bytes[nameStart]) else { return nil }
        var nameEnd = nameStart
        while nameEnd < citation.upperBound, Bytes.isLetter(bytes[nameEnd]) { nameEnd += 1 }
        let name = nameStart..<nameEnd
        guard (2...8).contains(name.count), bytes[name].filter(Bytes.isUpper).count >= 2,
              nameEnd == citation.upperBound || bytes[nameEnd] == UInt8(ascii: " ") || bytes[nameEnd] == UInt8(ascii: ",") else { return nil }
        let after = text.trimmed(nameEnd..<citation.upperBound)
        guard after.isEmpty || bytes[nameEnd] == UInt8(ascii: ",") || bytes[after.lowerBound] == UInt8(ascii: "(") else { return nil }
        let act = text.string(name)
        var work = WorkDraft(kind: .statute, title: "\(act) art. \(text.string(numberStart..<numberEnd))")
        work.container = act
        let subdivision = text.trimmed(numberEnd..<subdivisionEnd)
        let pinpoint = subdivision.isEmpty ? nil : Pinpoint(kind: .article, text: text.string(subdivision))
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: start..<nameEnd,
                             trailing: after.isEmpty ? nil : after)
    }
}
