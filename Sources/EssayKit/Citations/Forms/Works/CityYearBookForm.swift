import LowLevel

/// A book as Polish, Italian and other continental notes cite it: the authors by initial and
/// surname, the title as printed (sentence case, perhaps with commas), perhaps the publisher, then
/// the place and year of publication, perhaps a page: `P. Zieliński, Sieci lokalne i ich regulacja,
/// Gdańsk 2011`, `G. Rossi, Storia delle fiere, Il Mulino, Bologna 1998, p. 37`, `A. Nowak,
/// B. Lis, Prawo portowe, Warszawa 2015, s. 12`.
///
/// The place and year (`City 2011`) end the book's fields, and say it is a book; the fields between
/// the authors and them are the title, the last of them the publisher when it is a short name in
/// capitals and a title stands before it. A field opening with `[in:]` or `in` names the book a
/// chapter is in (`A. Roe, Title, [in:] Book, ed. B. Lis, Kraków 2010`).
enum CityYearBookForm: CitationForm {
    /// An author's initial opens the citation.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) }

    /// The year's digits.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: [.digit]) }

    /// Words a place of publication may hold; a field of more is no place.
    private static let longestPlaceWords = 3

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        // The cheap test: an initial and its period (`P. `, `A.B. `) open the citation.
        guard citation.count > 8, Bytes.isUpper(text.bytes[citation.lowerBound]), text.bytes[citation.lowerBound + 1] == UInt8(ascii: ".") else { return nil }
        var fields: [Range<Int>] = []
        var start = citation.lowerBound
        for end in text.pieceEnds(separatedBy: UInt8(ascii: ","), in: citation) {
            let field = text.trimmed(start..<end)
            if !field.isEmpty { fields.append(field) }
            start = end + 1
        }
        var authors: [String] = []
        var index = 0
        while index < fields.count, isInitialledName(text, fields[index]) {
            authors.append(text.string(fields[index]))
            index += 1
        }
        guard !authors.isEmpty, let place = fields.lastIndex(where: { isPlaceAndYear(text, $0) }), place > index else { return nil }
        // After the place and year, only the page cited.
        var pinpoint: Pinpoint?
        if place + 1 < fields.count {
            guard place + 2 == fields.count, let parsed = page(text, fields[place + 1]) else { return nil }
            pinpoint = parsed
        }
        var titleFields = Array(fields[index..<place])
        // `Title, [in:] Book, ed. A. Roe, City 2010`, `Title, in A. Roe (ed.), Book, ...`: a chapter
        // of the book the field after the mark names.
        var book: String?
        if let chapter = titleFields.firstIndex(where: { chapterMark(text, $0) != nil }) {
            guard chapter > 0, let mark = chapterMark(text, titleFields[chapter]) else { return nil }
            let container = text.trimmed(mark..<titleFields[chapter].upperBound)
            book = container.isEmpty ? nil : text.string(container)
            titleFields = Array(titleFields[..<chapter])
        }
        // `éd. par E. Roe`, `a cura di A. Rossi`: the editor's field, and what follows it, is no part of the title.
        if let editor = titleFields.firstIndex(where: { isEditorField(text, $0) }) { titleFields = Array(titleFields[..<editor]) }
        // `vol. 7`, `2nd ed.`: the edition or volume is no part of the title.
        titleFields.removeAll { isEditionOrVolume(text, $0) }
        if book == nil, titleFields.count >= 2, let last = titleFields.last, isPublisher(text, last) { titleFields.removeLast() }
        guard let titleStart = titleFields.first?.lowerBound, let titleEnd = titleFields.last?.upperBound else { return nil }
        // A chapter is kept as legit keeps one cited in full (`ChapterBook`): `Title, in Book`.
        var work = WorkDraft(kind: .book, title: text.string(titleStart..<titleEnd) + (book.map { ", in " + $0 } ?? ""))
        work.authors = authors
        work.year = DateWords.year(in: text.bytes[fields[place]])
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }

    /// `P. Zieliński`, `A.B. Nowak-Lis`, `J.-P. Roux`: initials with periods, then a capitalised surname of one or two words.
    static func isInitialledName(_ text: CitationText, _ field: Range<Int>) -> Bool {
        let words = text.words(in: field, limit: 4)
        guard words.count >= 2, words.count <= 3 else { return false }
        let initials = text.bytes[words[0]]
        guard let first = initials.first, Bytes.isUpper(first), initials.last == UInt8(ascii: "."), initials.count <= 6,
              initials.allSatisfy({ Bytes.isUpper($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || Bytes.isLower($0) }),
              initials.filter({ Bytes.isLower($0) }).count <= 1 else { return false }
        return words.dropFirst().allSatisfy { isCapitalised(text, $0) && !text.bytes[$0].contains(where: Bytes.isDigit) }
    }

    /// `Gdańsk 2011`, `New York 1998`, `Firenze 19652` (a printed edition's raised digit after the
    /// year): a capitalised place of one to three words, then a year.
    static func isPlaceAndYear(_ text: CitationText, _ field: Range<Int>) -> Bool {
        let words = text.words(in: field, limit: longestPlaceWords + 2)
        guard words.count >= 2, words.count <= longestPlaceWords + 1, let last = words.last else { return false }
        let year = text.bytes[last]
        guard (4...5).contains(year.count), year.allSatisfy(Bytes.isDigit),
              DateWords.year(in: year.prefix(4)) != nil, (1500...2099).contains(DateWords.year(in: year.prefix(4)) ?? 0) else { return false }
        let place = words.dropLast()
        // `October 1989`, `Spring 2001`: a date, not a place.
        if let first = place.first, dateWords.contains(text.string(first)) { return false }
        return place.allSatisfy { isCapitalised(text, $0) || text.equals($0, "am") || text.equals($0, "upon") || text.equals($0, "on") }
    }

    /// Months and seasons, which open a date where a place would stand.
    private static let dateWords: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.", "Spring", "Summer", "Fall", "Autumn", "Winter",
    ]

    /// Whether a word opens with a capital letter, ASCII or not (`Łódź`, `Öhringen`).
    private static func isCapitalised(_ text: CitationText, _ word: Range<Int>) -> Bool {
        let lead = text.bytes[word.lowerBound]
        if Bytes.isUpper(lead) { return true }
        guard lead >= 0xC3 else { return false }
        return text.string(word).first?.isUppercase == true
    }

    /// Where the book's name starts in a field that opens a chapter's book: after `[in:] `, `in: `,
    /// `In: ` or `in ` (`in A. Roe (ed.), Book` leaves the editor for the title to drop); nil for another field.
    private static func chapterMark(_ text: CitationText, _ field: Range<Int>) -> Int? {
        for mark in ["[in:] ", "[in:]", "in: ", "In: ", "in "] as [StaticString] where text.has(mark, at: field.lowerBound, end: field.upperBound) {
            return field.lowerBound + mark.utf8CodeUnitCount
        }
        return nil
    }

    /// `éd. par E. Roe`, `ed. by A. Roe`, `a cura di A. Rossi`, `hrsg. von B. Roe`, `Eds. A. Roe`: an editor's field.
    private static func isEditorField(_ text: CitationText, _ field: Range<Int>) -> Bool {
        let marks: [StaticString] = ["éd. par ", "ed. by ", "edited by ", "a cura di ", "hrsg. von ", "Eds. ", "eds. ", "Ed. ", "red. ", "trans. ", "trad. "]
        return marks.contains { text.has($0, at: field.lowerBound, end: field.upperBound) }
    }

    /// `vol. 7`, `t. 2`, `2nd ed.`, `wyd. 3`: the volume or edition field.
    private static func isEditionOrVolume(_ text: CitationText, _ field: Range<Int>) -> Bool {
        let marks: [StaticString] = ["vol. ", "Vol. ", "t. ", "wyd. ", "ed. ", "vol ", "Bd. "]
        if marks.contains(where: { text.has($0, at: field.lowerBound, end: field.upperBound) }), field.count <= 12 { return true }
        let words = text.words(in: field, limit: 3)
        return words.count == 2 && (text.equals(words[1], "ed.") || text.equals(words[1], "edn") || text.equals(words[1], "edition"))
    }

    /// `Il Mulino`, `Einaudi`, `Edward Elgar`, `Cambridge University Press`, `University of
    /// California Press`: a publisher's name, two capitalised words or fewer, or up to five with a
    /// publisher's word (`Press`, `Verlag` ...); no digit.
    private static func isPublisher(_ text: CitationText, _ field: Range<Int>) -> Bool {
        let words = text.words(in: field, limit: 6)
        guard !words.isEmpty, words.count <= 5, !text.bytes[field].contains(where: Bytes.isDigit),
              let first = words.first, isCapitalised(text, first) else { return false }
        if words.count <= 2 { return words.allSatisfy { isCapitalised(text, $0) || text.equals($0, "&") } }
        let publisherWords: Set<String> = ["Press", "Verlag", "Publishing", "Publishers", "Editions", "Éditions", "Editore", "Editori", "Books", "Wydawnictwo"]
        return words.contains { publisherWords.contains(text.string($0)) }
    }

    /// `p. 37`, `pp. 180-183`, `s. 12`, `ss. 4-9`: the page cited.
    private static func page(_ text: CitationText, _ field: Range<Int>) -> Pinpoint? {
        for mark in ["pp. ", "p. ", "ss. ", "s. "] as [StaticString] where text.has(mark, at: field.lowerBound, end: field.upperBound) {
            let pages = text.trimmed((field.lowerBound + mark.utf8CodeUnitCount)..<field.upperBound)
            guard let first = pages.first, Bytes.isDigit(text.bytes[first]) else { return nil }
            return Pinpoint(kind: .page, text: text.string(pages))
        }
        return nil
    }
}
