import LowLevel

/// A book, thesis or article cited as French legal writing does: the authors by initials and surname
/// (`P-Y Gautier`, `Ch. Caron`, `M. Vivant, C. le Stanc ... et J-L. Bilon`), the title in italics, then
/// the publisher or review, the year and perhaps a numbered paragraph (`P-Y Gautier, *Propriété
/// littéraire et artistique*, PUF, 6th edition 2007, n° 532`, `M. Vivant, *La pratique de la gratuité
/// en droit d’auteur*, RLDI mai 2010, n° 60 p. 59`); or the authors and title with `op. cit.`, which
/// repeats that work.
///
/// A final field that is a paragraph number alone (`n° 532`) is the pinpoint; a review's issue and
/// page (`n° 60 p. 59`) are where the work is printed. The form needs the initials, the italic title
/// and a year, and gives way to the Bluebook: a field opening with a volume (`50 Duke L.J. 17`) or a
/// parenthesis anywhere is another form's.
enum FrenchDoctrineForm: CitationForm {
    /// The first test of `read`: the bytes its citations open with.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte)
    }

    /// The most authors read before the title.
    private static let authorLimit = 6

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // An initial opens the clause: a capital, then a period, a hyphen or one more letter and a period.
        guard let lead = citation.first, Bytes.isUpper(text.bytes[lead]), citation.count > 8, isInitials(text, at: lead, end: citation.upperBound)
        else { return nil }
        var fields: [Range<Int>] = []
        var start = citation.lowerBound
        for comma in text.pieceEnds(separatedBy: UInt8(ascii: ","), in: citation) {
            let piece = text.trimmed(start..<comma)
            start = comma + 1
            if !piece.isEmpty { fields.append(piece) }
        }
        // The title is the first field in italics; the fields before it are the authors.
        guard let titleIndex = fields.prefix(authorLimit + 1).firstIndex(where: { isItalic(text, $0) }), titleIndex > 0,
              titleIndex + 1 < fields.count else { return nil }
        var authors: [String] = []
        for field in fields[..<titleIndex] {
            for name in names(text, field) {
                guard isInitials(text, at: name.lowerBound, end: name.upperBound), surname(text, name) != nil else { return nil }
                authors.append(text.string(name))
            }
        }
        guard let firstName = fields.first.flatMap({ names(text, $0).first }), let firstSurname = surname(text, firstName) else { return nil }
        let title = text.string(trimmedEmphasis(text, fields[titleIndex]))
        let shortName = "\(text.string(firstSurname)) \(title)"
        let rest = fields[(titleIndex + 1)...]
        if let first = rest.first, text.has("op. cit", at: first.lowerBound, end: first.upperBound) || text.has("op.cit", at: first.lowerBound, end: first.upperBound) {
            return ClauseReading(form: .short(name: shortName), pinpoint: nil, citation: citation, trailing: nil)
        }
        // A year in the fields after the title; no volume-led field and no parenthesis (Bluebook forms).
        guard rest.contains(where: { DateWords.year(in: text.bytes[$0]) != nil }),
              !rest.contains(where: { opensWithVolume(text, $0) }),
              !text.bytes[citation].contains(UInt8(ascii: "(")) else { return nil }
        var pinpoint: Pinpoint?
        var printedEnd = rest.count
        if let last = rest.last, rest.count >= 2, isParagraphNumber(text, last) {
            pinpoint = Pinpoint(kind: .paragraph, text: text.string(last))
            printedEnd -= 1
        }
        var work = WorkDraft(kind: .book, title: title)
        work.authors = authors
        let printed = rest.prefix(printedEnd).map { text.string($0) }.joined(separator: ", ")
        if !printed.isEmpty { work.container = printed }
        work.year = rest.lazy.compactMap { DateWords.year(in: text.bytes[$0]) }.first
        work.shortNames = [shortName]
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    /// `P-Y`, `P-Y.`, `M.`, `Ch.`, `J-L.` at `offset`, then a space.
    private static func isInitials(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        // Cheap first: an initial's second byte is a period or hyphen, or a lower-case letter before a period.
        guard offset + 2 < end else { return false }
        let second = text.bytes[offset + 1]
        guard second == UInt8(ascii: ".") || second == UInt8(ascii: "-") || (Bytes.isLower(second) && text.bytes[offset + 2] == UInt8(ascii: "."))
        else { return false }
        var index = offset
        var letters = 0
        while index < end, Bytes.isLetter(text.bytes[index]) || text.bytes[index] == UInt8(ascii: "-") || text.bytes[index] == UInt8(ascii: ".") {
            if Bytes.isLetter(text.bytes[index]) { letters += 1 }
            index += 1
        }
        guard index < end, Bytes.isSpace(text.bytes[index]), (1...4).contains(letters) else { return false }
        // One or two letters a part, the first a capital: `Ch.`, `P-Y`, `J-L.`.
        var partLength = 0
        var marked = false
        for position in offset..<index {
            let byte = text.bytes[position]
            if byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") {
                marked = true
                partLength = 0
                continue
            }
            if partLength == 0, !Bytes.isUpper(byte) { return false }
            partLength += 1
            if partLength > 2 { return false }
        }
        return marked
    }

    /// The names of one author field: cut at ` et ` and ` and `.
    private static func names(_ text: CitationText, _ field: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var start = field.lowerBound
        var index = field.lowerBound
        while index < field.upperBound {
            if text.has(" et ", at: index, end: field.upperBound) || text.has(" and ", at: index, end: field.upperBound) {
                found.append(text.trimmed(start..<index))
                index += text.has(" et ", at: index, end: field.upperBound) ? 4 : 5
                start = index
                continue
            }
            index += 1
        }
        found.append(text.trimmed(start..<field.upperBound))
        return found.filter { !$0.isEmpty }
    }

    /// The surname after the initials: the rest of the name, which must open with a letter.
    private static func surname(_ text: CitationText, _ name: Range<Int>) -> Range<Int>? {
        var index = name.lowerBound
        while index < name.upperBound, !Bytes.isSpace(text.bytes[index]) { index += 1 }
        let rest = text.trimmingTrailing(text.trimmed(index..<name.upperBound), [UInt8(ascii: ".")])
        guard let first = rest.first, Bytes.isLetter(text.bytes[first]) || text.bytes[first] >= 0xC0, rest.count <= 40 else { return nil }
        return rest
    }

    /// Whether the field is set in italics from its first byte to its last.
    private static func isItalic(_ text: CitationText, _ field: Range<Int>) -> Bool {
        guard let first = field.first, let last = field.last else { return false }
        return text.isEmphasized(first) && text.isEmphasized(last)
    }

    private static func trimmedEmphasis(_ text: CitationText, _ field: Range<Int>) -> Range<Int> {
        text.trimmingTrailing(field, [UInt8(ascii: ".")])
    }

    /// `50 Duke L.J. 17`: a field opening with a number and then a capitalised word.
    private static func opensWithVolume(_ text: CitationText, _ field: Range<Int>) -> Bool {
        var index = field.lowerBound
        while index < field.upperBound, Bytes.isDigit(text.bytes[index]) { index += 1 }
        guard index > field.lowerBound, index + 1 < field.upperBound, text.bytes[index] == UInt8(ascii: " ") else { return false }
        return Bytes.isUpper(text.bytes[index + 1])
    }

    /// `n° 532`, `no. 12`: a numbered paragraph alone.
    private static func isParagraphNumber(_ text: CitationText, _ field: Range<Int>) -> Bool {
        let words = text.words(in: field)
        guard words.count == 2 else { return false }
        let mark = text.string(words[0])
        return (mark == "n°" || mark == "no." || mark == "No.") && text.bytes[words[1]].allSatisfy(Bytes.isDigit)
    }
}
