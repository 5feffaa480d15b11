import LowLevel

/// A news story: an author, a title and an outlet in roman type, dated to the day:
/// `Given Surname, Title, Outlet (Aug. 3, 2009)`, or with the author's name inverted,
/// `Surname, Given, Title, Outlet, Month Day, Year, available at <URL>`.
///
/// A title in emphasis is an article's or a web page's (`PeriodicalArticleForm`, `WebPageForm`);
/// a date with no day is a book's. The outlet is the last name field, the title what lies
/// between it and the author.
enum NewsForm: WorkForm {
    /// How far after the outlet its date is looked for, in bytes.
    private static let dateReach = 48

    static func claim(_ fields: WorkFields, _ work: inout WorkDraft) -> Bool {
        let facts = fields.facts
        guard fields.titleIndex == nil, facts.volume == nil, facts.documentNumber == nil, facts.resolution == nil,
              let outlet = fields.names.last, isDatedToTheDay(fields.text, after: outlet.core.upperBound) else { return false }
        let text = fields.text
        // With an address, a page by a body (`Census Bureau, QuickFacts, Mississippi (July 1,
        // 2021), https://...`) is as likely: that is `WebPageForm`'s, which keeps the author too.
        // A list of people is no body: `Steve Roe, Aaron Doe & Eric Poe, Title, CNN (Mar. 4, 2022), https://...`;
        // nor is one person named with a given name in mixed case: `Jane Q. Roe, Title, N.Y. TIMES (Jan. 2, 2020), https://...`.
        let byPeople = !fields.leadIsCapitals && (fields.lead.count >= 2 || fields.lead.first.map { isOnePerson(text, $0.core) } == true)
        if facts.url == nil || byPeople, !fields.lead.isEmpty, fields.titleFields.count >= 2, let title = fields.span(fields.titleFields.dropLast()) {
            work.kind = .news
            work.title = title
            work.container = text.string(outlet.core)
            return true
        }
        // `Surname, Given, Title, Outlet`: a surname and given names, each a field of its own.
        let names = fields.names
        guard fields.lead.isEmpty, names.count >= 4 else { return false }
        let surname = names[names.startIndex]
        let given = names[names.startIndex + 1]
        guard isName(text, surname.core, words: 1...1), isName(text, given.core, words: 1...3),
              let title = fields.span(names[(names.startIndex + 2)..<(names.endIndex - 1)]) else { return false }
        work.kind = .news
        work.title = title
        work.container = text.string(outlet.core)
        work.authors = [text.string(given.core) + " " + text.string(surname.core)]
        return true
    }

    /// Whether `range` names one person by given name and surname, no body's word among them
    /// (`Census Bureau` is a body's name).
    private static func isOnePerson(_ text: CitationText, _ range: Range<Int>) -> Bool {
        WorkFields.isPersonName(text, range) && !text.words(in: range).contains { word in bodyWords.contains { text.equals(word, $0) } }
    }

    /// Words of a body's name in mixed case, which no person's name holds.
    private static let bodyWords: [StaticString] = [
        "Bureau", "Department", "Office", "Agency", "Administration", "Commission", "Institute", "Center", "Centre", "Council",
        "Board", "Division", "Service", "Ministry", "Authority", "Committee", "Association", "Foundation", "Court", "University",
        "Project", "Network", "Group", "Society", "Coalition", "Alliance", "Union", "League", "Inc.", "LLC", "Corp.", "Co.",
    ]

    /// Whether a field is a few capitalised words with no digits: a person's name or part of it.
    private static func isName(_ text: CitationText, _ range: Range<Int>, words count: ClosedRange<Int>) -> Bool {
        let words = text.words(in: range)
        return count.contains(words.count) && words.allSatisfy { word in
            let lead = text.bytes[word.lowerBound]
            return (Bytes.isUpper(lead) || lead >= 0xC0) && !text.bytes[word].contains(where: Bytes.isDigit)
        }
    }

    /// Whether a month and a day follow `offset` closely: `(Aug. 3, 2009)`, `, March 26, 2014`.
    static func isDatedToTheDay(_ text: CitationText, after offset: Int) -> Bool {
        let words = text.words(in: offset..<min(text.count, offset + dateReach))
        for (index, word) in words.enumerated().dropLast() {
            var month = word
            while !month.isEmpty, [UInt8(ascii: "("), UInt8(ascii: ",")].contains(text.bytes[month.lowerBound]) {
                month = month.lowerBound + 1..<month.upperBound
            }
            guard !month.isEmpty, DateWords.isMonth(text.bytes[month]) else { continue }
            let day = text.trimmingTrailing(words[index + 1], [UInt8(ascii: ","), UInt8(ascii: ")")])
            if (1...2).contains(day.count), text.bytes[day].allSatisfy(Bytes.isDigit) { return true }
        }
        return false
    }
}
