/// Reads a full citation (article, book, resolution, UN document, treaty, report, speech, letter,
/// web page) into a `WorkDraft` and the pinpoint it carries.
///
/// The reading goes by the shape of each comma-separated field, as the Bluebook lays them out:
/// names first (author, title, container), then the fields that fix the work (reporter, document
/// symbol, resolution number, date, address), with pinpoints and dated parentheticals among them.
enum FullCitationParser {
    private static let speechWords: [StaticString] = ["Address", "Remarks", "Speech", "Statement", "Lecture", "Testimony", "Keynote"]
    private static let reportWords: [StaticString] = ["Report", "Reports", "Rep.", "Rept.", "Repts."]
    private static let letterWords: [StaticString] = ["Letter", "Letters"]
    private static let treatySeries: Set<String> = ["U.N.T.S.", "L.N.T.S.", "U.S.T.", "T.I.A.S.", "E.T.S.", "C.E.T.S.", "Consol. T.S."]
    /// A journal longer than this is no treaty series, and its name need not be hashed to know it.
    private static let longestTreatySeries = 12
    private static let functionWords: Set<String> = [
        "the", "of", "and", "on", "to", "for", "in", "at", "by", "from", "with", "a", "an", "or", "as", "into", "upon",
        "under", "between", "among", "before", "after", "over", "about", "via", "its", "their", "his", "her", "de",
        "du", "la", "le", "les", "des", "et", "der", "die", "das", "und", "von", "del", "y",
    ]
    private static let longestFunctionWord = 7
    /// More content words than this in one field of names reads as the author's prose.
    private static let proseWordLimit = 4

    static func parse(_ text: CitationText, _ range: Range<Int>) -> (work: WorkDraft, pinpoint: Pinpoint?)? {
        // Every full citation carries a number (year, volume, symbol, article) or an address.
        guard range.contains(where: { Bytes.isDigit(text.bytes[$0]) || text.isLinked($0) }) else { return nil }
        let fields = CitationField.split(text, range: range)
        // The names lead the fields: a slice of them, not a copy.
        var index = 0
        while index < fields.count, isName(fields[index].shape) {
            index += 1
            if fields[index - 1].remarks.contains(where: { $0.year != nil || $0.isLastVisited }) { break }
        }
        let names = fields[..<index]
        var facts = Facts()
        // By index: a loop over the fields themselves copies each.
        for position in names.indices where names[position].trailingPinpoint != nil {
            facts.pinpoint = names[position].trailingPinpoint
            break
        }
        for position in index..<fields.count { facts.take(fields[position], in: text) }
        facts.takeRemarks(of: fields)

        // A charter or constitution cited by article (`U.N. Charter art. 2, ¶ 4`) needs nothing more.
        let citedByArticle = !names.isEmpty && facts.pinpoint?.kind == .article
        guard facts.fixesAWork || citedByArticle, names.allSatisfy({ !isProse(text, $0) }),
              facts.strayFields.allSatisfy({ !isProse(text, $0) }) else { return nil }
        guard !names.isEmpty || facts.resolution != nil || facts.documentNumber != nil || facts.url != nil else { return nil }
        return (draft(text, names: names, facts: facts), facts.pinpoint)
    }

    private static func isName(_ shape: CitationField.Shape) -> Bool {
        shape == .emphasized || shape == .capitals || shape == .words
    }

    /// What the fields after the names say.
    private struct Facts {
        var volume: String?
        var journal: String?
        var firstPage: String?
        var pinpoint: Pinpoint?
        var year: Int?
        var dateYear: Int?
        var documentPrefix: String?
        var documentNumber: String?
        var documentText: String?
        var resolution: (body: String, number: String, text: String)?
        var url: String?
        var shortNames: [String] = []
        var strayFields: [CitationField] = []

        var fixesAWork: Bool {
            volume != nil || documentNumber != nil || resolution != nil || url != nil || year != nil || dateYear != nil
        }

        private var previous: CitationField.Shape?

        mutating func take(_ field: CitationField, in text: CitationText) {
            defer { previous = field.shape }
            switch field.shape {
            case .reporter(let volume, let journal, let page):
                if self.volume == nil {
                    self.volume = volume
                    self.journal = journal
                    firstPage = page
                }
            case .pinpoint(let pinpoint):
                self.pinpoint = self.pinpoint ?? pinpoint
            case .words where field.trailingPinpoint != nil, .capitals where field.trailingPinpoint != nil:
                self.pinpoint = self.pinpoint ?? field.trailingPinpoint
            case .number(let pinpoint):
                let digits = text.bytes[field.core]
                if previous == .monthDay, let year = DateWords.year(in: digits) {
                    dateYear = dateYear ?? year
                } else if case .reporter = previous {
                    self.pinpoint = self.pinpoint ?? pinpoint
                } else if digits.count == 4, let year = DateWords.year(in: digits) {
                    dateYear = dateYear ?? year
                } else {
                    self.pinpoint = self.pinpoint ?? pinpoint
                }
            case .monthDay:
                break
            case .date(let year):
                dateYear = dateYear ?? year
            case .document(let prefix, let number):
                if documentNumber == nil {
                    documentPrefix = prefix
                    documentNumber = number
                    documentText = text.string(field.core)
                }
            case .resolution(let body, let number):
                if resolution == nil { resolution = (body, number, text.string(field.core)) }
            case .url(let address):
                url = url ?? address
            case .emphasized, .capitals, .words:
                strayFields.append(field)
            }
        }

        mutating func takeRemarks(of fields: [CitationField]) {
            for field in fields {
                for remark in field.remarks {
                    if let name = remark.shortName { shortNames.append(name) }
                    if year == nil, let found = remark.year { year = found }
                }
            }
            year = year ?? dateYear
        }
    }

    private static func draft(_ text: CitationText, names: ArraySlice<CitationField>, facts: Facts) -> WorkDraft {
        var lead: ArraySlice<CitationField> = []
        var titleFields = names
        var after: ArraySlice<CitationField> = []
        let titleIndex = names.firstIndex { $0.shape == .emphasized }
        if let titleIndex {
            lead = names[..<titleIndex]
            titleFields = names[titleIndex...titleIndex]
            after = names[(titleIndex + 1)...]
        } else if let first = names.first, first.shape == .capitals {
            let second = names.startIndex + 1
            if names.count >= 2, names[second].shape == .capitals {
                lead = names[..<second]
                titleFields = names[second...]
            }
        } else if names.count >= 2, let speech = names.firstIndex(where: { startsWith(text, $0, speechWords) }), speech > 0 {
            lead = names[..<speech]
            titleFields = names[speech...]
        } else if names.count >= 2, let first = names.first, isPersonName(text, first.core) {
            let second = names.startIndex + 1
            lead = names[..<second]
            titleFields = names[second...]
        }

        let title = span(text, titleFields) ?? facts.resolution?.text ?? facts.documentText ?? facts.url ?? ""
        let leadText = span(text, lead)
        let leadIsCapitals = lead.allSatisfy { $0.shape == .capitals }
        let afterText = span(text, after)
        let firstTitle = titleFields.first

        var work = WorkDraft(kind: .other, title: title)
        work.year = facts.year
        work.url = facts.url
        work.shortNames = facts.shortNames
        work.documentNumber = facts.documentNumber
        work.documentPrefix = facts.documentPrefix
        work.container = afterText

        if isCaseName(title) {
            // A case: legit has no kind for court decisions.
            work.kind = .other
        } else if let resolution = facts.resolution {
            work.kind = .resolution
            work.documentNumber = resolution.number
            work.resolutionBody = resolution.body
            work.container = resolution.body.isEmpty ? nil : resolution.body
        } else if let firstTitle, startsWith(text, firstTitle, letterWords) {
            work.kind = .letter
        } else if let firstTitle, startsWith(text, firstTitle, speechWords) {
            work.kind = .speech
        } else if isTreatySeries(facts.journal)
                    || (facts.pinpoint?.kind == .article && lead.isEmpty && titleIndex == nil && facts.documentNumber == nil) {
            work.kind = .treaty
            if let journal = facts.journal, let volume = facts.volume, let page = facts.firstPage {
                work.documentNumber = "\(volume) \(journal) \(page)"
                work.volume = volume
                work.container = journal
                work.firstPage = page
            }
        } else if let firstTitle, startsWith(text, firstTitle, reportWords) {
            work.kind = .report
        } else if facts.documentNumber != nil {
            work.kind = lead.isEmpty ? .document : .report
        } else if let journal = facts.journal {
            work.kind = .article
            work.container = journal
            work.volume = facts.volume
            work.firstPage = facts.firstPage
        } else if facts.url != nil {
            work.kind = titleIndex == nil && leadText != nil && leadIsCapitals ? .report : .webpage
        } else if titleIndex != nil, afterText != nil {
            work.kind = .article
        } else if leadText != nil || titleIndex == 0 {
            work.kind = .book
        }

        if let leadText {
            if work.kind == .webpage, leadIsCapitals, afterText == nil {
                work.container = leadText
                work.authorIsInstitution = true
            } else {
                let institutional = switch work.kind {
                case .report, .document, .letter, .resolution: true
                default: false
                }
                work.authors = institutional ? [leadText] : splitAuthors(text, lead)
                work.authorIsInstitution = institutional
            }
        } else if titleIndex == 0, work.kind == .article || work.kind == .book {
            work.authorImplied = true
        }
        if work.kind == .webpage, work.container == nil, work.authors.isEmpty, let url = facts.url, titleFields.isEmpty {
            work.container = URLParts.host(of: url)
        }
        return work
    }

    /// Whether a journal is a treaty series (`U.N.T.S.`).
    private static func isTreatySeries(_ journal: String?) -> Bool {
        guard let journal, journal.utf8.count <= longestTreatySeries else { return false }
        return treatySeries.contains(journal)
    }

    /// `Roe v. Doe`: a court decision's name.
    private static func isCaseName(_ title: String) -> Bool {
        var title = title
        return title.withUTF8 { bytes in
            guard bytes.count >= 4 else { return false }
            for start in 0...(bytes.count - 4) where bytes[start] == UInt8(ascii: " ") && bytes[start + 1] == UInt8(ascii: "v")
                && bytes[start + 2] == UInt8(ascii: ".") && bytes[start + 3] == UInt8(ascii: " ") {
                return true
            }
            return false
        }
    }

    /// The text from the first field's core to the last one's, as written.
    private static func span(_ text: CitationText, _ fields: ArraySlice<CitationField>) -> String? {
        guard let first = fields.first, let last = fields.last else { return nil }
        return text.string(first.core.lowerBound..<last.core.upperBound)
    }

    private static func startsWith(_ text: CitationText, _ field: CitationField, _ words: [StaticString]) -> Bool {
        words.contains { word in
            let end = field.core.lowerBound + word.utf8CodeUnitCount
            return text.has(word, at: field.core.lowerBound, end: field.core.upperBound) && text.isWordEnd(end, end: field.core.upperBound)
        }
    }

    /// `Thomas M. Franck`, `George H.W. Bush`, `Anne-Marie Slaughter`: two to five capitalised words.
    private static func isPersonName(_ text: CitationText, _ range: Range<Int>) -> Bool {
        let words = text.words(in: range)
        guard (2...5).contains(words.count) else { return false }
        return words.allSatisfy { word in
            let lead = text.bytes[word.lowerBound]
            return (Bytes.isUpper(lead) || lead >= 0xC0) && !text.bytes[word].contains(where: Bytes.isDigit)
        }
    }

    /// `JACK ROE & TIM DOE`, `PETER POE AND EMMA DOE`: the names joined by `&` or `and`.
    private static func splitAuthors(_ text: CitationText, _ lead: ArraySlice<CitationField>) -> [String] {
        guard let first = lead.first, let last = lead.last else { return [] }
        var authors: [String] = []
        var start: Int?
        var end = first.core.lowerBound
        for word in text.words(in: first.core.lowerBound..<last.core.upperBound) {
            if text.equals(word, "&") || text.equals(word, "and") || text.equals(word, "AND") {
                if let begun = start { authors.append(text.string(begun..<end)) }
                start = nil
            } else {
                start = start ?? word.lowerBound
                end = word.upperBound
            }
        }
        if let begun = start { authors.append(text.string(begun..<end)) }
        return authors
    }

    /// Whether a field of words reads as the author's own sentence rather than a name or title.
    private static func isProse(_ text: CitationText, _ field: CitationField) -> Bool {
        guard field.shape == .words else { return false }
        var contentWords = 0
        let base = text.baseLevel(of: field.core)
        var wordStart: Int?
        var wordIsPlain = true
        for offset in field.core.lowerBound...field.core.upperBound {
            let atEnd = offset == field.core.upperBound
            let byte = atEnd ? UInt8(ascii: " ") : text.bytes[offset]
            let topLevel = atEnd || text.isTopLevel(offset, base: base)
            let partOfWord = Bytes.isLetter(byte) || byte == UInt8(ascii: "'") || byte == 0xE2 || (byte >= 0x80 && wordStart != nil)
            if partOfWord, !atEnd {
                if wordStart == nil {
                    wordStart = offset
                    wordIsPlain = topLevel
                }
                continue
            }
            if let start = wordStart {
                let length = offset - start
                if wordIsPlain, Bytes.isLower(text.bytes[start]), length >= 3,
                   length > longestFunctionWord || !functionWords.contains(text.string(start..<offset)) {
                    contentWords += 1
                }
                wordStart = nil
            }
        }
        return contentWords > proseWordLimit
    }
}
