import LowLevel

/// A document cited by its UN symbol after `UN Doc`, as OSCOLA prints it with no comma before:
/// `CRC Committee, ‘General Comment No 7’ (2006) UN Doc CRC/GC/2006/7, para 12`, `UNHCR, ‘Note on
/// Harbours’ (1 May 2011) UN Doc EC/62/SC/CRP.12`, `UN Doc A/HRC/29/32`. The symbol names the
/// document; the quoted title, or the words before the symbol, is its title; the place after it is
/// the pinpoint.
enum UNDocumentSymbolForm: CitationForm {
    /// The first test of `read`: the clause opens with a name, a title's quotation mark or `UN`.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == 0xE2
    }

    /// `UN Doc` (`marks`).
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .unDocument) }

    private static let marks: [StaticString] = ["UN Doc ", "UN Doc. ", "U.N. Doc ", "UN doc "]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        guard !citation.isEmpty, text.contains("Doc", in: citation) || text.contains("doc ", in: citation) else { return nil }
        // A symbol in the author's own bracket (`my report (UN Doc. A/HRC/29/32) many groups ...`) is the segmenter's to cite.
        if citation.lowerBound > 0, bytes[citation.lowerBound - 1] == UInt8(ascii: "(") { return nil }
        let end = citation.upperBound
        // `UN Doc` at the clause's start or after a space, not inside a bracket's note.
        var markAt: (start: Int, symbol: Int)?
        var offset = citation.lowerBound
        while markAt == nil {
            offset = text.firstOffset(of: UInt8(ascii: "U"), from: offset, end: end)
            guard offset < end else { return nil }
            // Not after a bracket: `(UN Doc. A/HRC/29/32)` in the author's sentence is the segmenter's to cite.
            if offset == citation.lowerBound || bytes[offset - 1] == UInt8(ascii: " ") {
                for mark in marks where text.has(mark, at: offset, end: end) {
                    markAt = (offset, offset + mark.utf8CodeUnitCount)
                    break
                }
            }
            offset += 1
        }
        guard let markAt else { return nil }
        // The symbol: capitals, digits and `/ . -` with at least one slash (`CRC/GC/2006/7`, `E/CN.4/1998/53/Add.2`).
        var symbolEnd = markAt.symbol
        var slashes = 0
        while symbolEnd < end, !Bytes.isSpace(bytes[symbolEnd]), bytes[symbolEnd] != UInt8(ascii: ","), bytes[symbolEnd] != UInt8(ascii: ";"),
              bytes[symbolEnd] != UInt8(ascii: ")") {
            if bytes[symbolEnd] == UInt8(ascii: "/") { slashes += 1 }
            symbolEnd += 1
        }
        while symbolEnd > markAt.symbol, bytes[symbolEnd - 1] == UInt8(ascii: ".") { symbolEnd -= 1 }
        guard slashes >= 1, symbolEnd - markAt.symbol >= 3, Bytes.isUpper(bytes[markAt.symbol]) else { return nil }
        let symbol = text.string(markAt.symbol..<symbolEnd)
        let lead = QuotedTitleLead.read(text, citation.lowerBound..<markAt.start)
        var title = symbol
        var authors: [String] = []
        if let lead {
            title = text.string(lead.title)
            authors = lead.authors
        } else if let quoted = quotedTitle(text, citation.lowerBound..<markAt.start) {
            // A body whose name is no person's (`Committee on Travellers, ‘Comment’`).
            title = text.string(quoted.title)
            if !quoted.body.isEmpty { authors = [text.string(quoted.body)] }
        } else if markAt.start > citation.lowerBound {
            // The words before the symbol, to the first bracket: `Human Rights Committee, General Comment No 31`.
            var titleEnd = markAt.start
            if let open = bytes[citation.lowerBound..<markAt.start].firstIndex(of: UInt8(ascii: "(")) { titleEnd = open }
            let words = text.trimmingTrailing(text.trimmed(citation.lowerBound..<titleEnd), [UInt8(ascii: ","), UInt8(ascii: " ")])
            guard !words.isEmpty, Bytes.isUpper(bytes[words.lowerBound]) || bytes[words.lowerBound] >= 0x80 else { return nil }
            // Prose that mentions a symbol (`as the Committee said in its comment, UN Doc ...`) is no citation.
            guard text.words(in: words, limit: 17).count <= 16 else { return nil }
            title = text.string(words)
        }
        var work = WorkDraft(kind: .document, title: title)
        work.authors = authors
        work.authorIsInstitution = !authors.isEmpty
        work.documentNumber = symbol
        work.documentPrefix = "UN Doc"
        work.year = DateWords.year(in: bytes[citation.lowerBound..<end])
        var last = symbolEnd
        var index = text.skipSpaces(from: symbolEnd, end: end)
        // `(3 October 2017)` after the symbol.
        if index < end, bytes[index] == UInt8(ascii: "("), let close = text.closingBracket(after: index, end: end), DateWords.year(in: bytes[index..<close]) != nil {
            last = close
            index = text.skipSpaces(from: close, end: end)
        }
        // `[UDHR]`: the short name the citation declares, as a treaty's (`AdoptedTreatyForm`).
        if index < end, bytes[index] == UInt8(ascii: "["), let close = text.closingBracket(after: index, end: end),
           let declared = AdoptedTreatyForm.declaredName(text, index + 1..<close - 1) {
            work.shortNames = [declared]
            last = close
            index = text.skipSpaces(from: close, end: end)
        }
        return InternationalPlace.closingReading(text, work, citation, last: last, index: index)
    }

    /// `Body, ‘Title’`: the title in curly single or double marks after a comma, and the words before it.
    private static func quotedTitle(_ text: CitationText, _ range: Range<Int>) -> (body: Range<Int>, title: Range<Int>)? {
        for (open, close) in [("‘", "’ "), ("“", "” ")] as [(StaticString, StaticString)] {
            var offset = range.lowerBound
            while offset < range.upperBound {
                offset = text.firstOffset(of: 0xE2, from: offset, end: range.upperBound)
                guard offset < range.upperBound else { break }
                if text.has(open, at: offset, end: range.upperBound), offset == range.lowerBound || text.has(", ", at: offset - 2, end: offset) {
                    let start = offset + 3
                    var closing = start
                    while closing < range.upperBound, !text.has(close, at: closing, end: range.upperBound) { closing += 1 }
                    guard closing < range.upperBound, closing > start else { return nil }
                    let body = offset == range.lowerBound ? offset..<offset : text.trimmed(range.lowerBound..<offset - 2)
                    return (body, start..<closing)
                }
                offset += 1
            }
        }
        return nil
    }
}
