import LowLevel

/// Where a full citation starts inside the author's own sentence, as policy writing runs them on
/// without a signal: `This is described in Jane Roe and Sam Poe, Title, Publisher, 2019, p. 67`,
/// `The data come from Widget Agency, Widget Database, 2022, https://...`, and the next clause's
/// `in Ann Able, Title, ...` after `; and`.
///
/// The first field (up to the first comma) is the author's words, then a linking word (`in`, `from`,
/// `by`, `at`, `see`, `under`), then a name of capitalised words. The words before the link must be
/// prose: a lower-case word that neither joins a name (`of`, `the`, `and`) nor links, so that a
/// name holding a link (`Letter from Jane Roe to Sam Poe`, `Report by the Agency`) stays whole. Only a
/// full citation read from the name on counts; the words before it are commentary.
enum ProseLeadIn {
    /// The longest first field looked at, in bytes: a lead and a name, not a paragraph.
    private static let longestField = 120
    /// Words that link the author's sentence to the work's author.
    private static let links: [StaticString] = ["in", "from", "by", "at", "see", "under"]
    /// Lower-case words inside a name besides the particles of `SurnameParticle` (`van Dijk`):
    /// `Department of the Treasury`, `Roe and Poe`, `Roe et al.`.
    private static let connectors: [StaticString] = ["of", "the", "and", "for", "on", "et", "al.", "y", "&"]

    /// The start of the full citation inside `body` and its reading, or nil.
    static func find(_ text: CitationText, _ body: Range<Int>) -> (start: Int, reading: ClauseReading)? {
        guard body.count > 12 else { return nil }
        let limit = min(body.upperBound, body.lowerBound + longestField)
        // The cheap test: a comma ends the first field (found a machine word at a time), with no
        // quotation, bracket or digit before it.
        guard text.firstOffset(of: UInt8(ascii: ","), from: body.lowerBound, end: limit) < limit else { return nil }
        var comma = body.lowerBound
        var lowerWords = 0
        while comma < limit {
            let byte = text.bytes[comma]
            if byte == UInt8(ascii: ",") { break }
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "(") || byte == 0xE2 || Bytes.isDigit(byte) { return nil }
            if Bytes.isLower(byte), comma == body.lowerBound || text.bytes[comma - 1] == UInt8(ascii: " ") { lowerWords += 1 }
            comma += 1
        }
        // A lead needs a link and, before it, prose or nothing: at least one lower-case word.
        guard comma < limit, lowerWords >= 1, !text.isInsideSpan(body.lowerBound) else { return nil }
        let words = text.words(in: body.lowerBound..<comma)
        guard words.count >= 2 else { return nil }
        // The last lower-case word that joins no name must be a link, and a name must follow it.
        guard let link = words.lastIndex(where: { isLower(text, $0) && !isConnector(text, $0) }),
              isOne(of: links, text, words[link]), link + 1 < words.count else { return nil }
        let name = words[(link + 1)...]
        guard let first = name.first, Bytes.isUpper(text.bytes[first.lowerBound]),
              name.allSatisfy({ Bytes.isUpper(text.bytes[$0.lowerBound]) || isConnector(text, $0) }) else { return nil }
        // The lead is prose, or a link alone that opens a clause continuing a sentence (`in Ann Able, ...`).
        let lead = words[..<link]
        if lead.isEmpty {
            guard Bytes.isLower(text.bytes[body.lowerBound]) else { return nil }
        } else {
            guard lead.contains(where: { isLower(text, $0) && !isConnector(text, $0) && !isOne(of: links, text, $0) }) else { return nil }
        }
        let start = first.lowerBound
        guard let reading = CitationForms.read(text, start..<body.upperBound), case .full = reading.form,
              reading.citation.lowerBound == start else { return nil }
        return (start, reading)
    }

    private static func isLower(_ text: CitationText, _ word: Range<Int>) -> Bool {
        Bytes.isLower(text.bytes[word.lowerBound])
    }

    /// Whether `word` joins the words of a name: a connector or a particle of a surname.
    private static func isConnector(_ text: CitationText, _ word: Range<Int>) -> Bool {
        isOne(of: connectors, text, word) || SurnameParticle.isParticle(text, word)
    }

    private static func isOne(of list: [StaticString], _ text: CitationText, _ word: Range<Int>) -> Bool {
        list.contains { text.equals(word, $0) }
    }
}
