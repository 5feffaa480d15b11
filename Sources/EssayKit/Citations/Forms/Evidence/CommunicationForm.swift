import LowLevel

/// A piece of evidence a government report or brief cites by its kind, people and date: an email,
/// a text message, a memorandum or a post (`Email, Roe to Doe (Mar. 3, 2016)`, `Email, Roe to
/// Doe, at 2 (Mar. 3, 2016, 4:02 PM)`, `@widgetking, Twitter (Jan. 2, 2017)`, `Ann Roe (@annroe), TWITTER (...)`).
///
/// Each message is a work of its own, named by the whole citation with its date: two emails
/// between the same people in one year are two works, not one (a draft keyed by author, title
/// and year merged them). The same message cited again, date and all, is the same work.
enum CommunicationForm: CitationForm {
    /// The kinds of message that open such a citation, before a comma.
    private static let kinds: [StaticString] = [
        "Email", "E-mail", "E-Mail", "Emails", "E-mails", "Text Message", "Text message", "Text Messages", "Text messages",
        "Message", "Messages", "Memorandum", "Memo", "Letter", "Voicemail", "Calendar Entry", "Calendar entry", "Handwritten Notes",
        "Handwritten notes", "Notes", "Call Log", "Phone Log", "Meeting Notes", "Meeting notes", "Tweet", "Facebook Post",
    ]

    /// The sites whose posts are cited by handle: `@handle, Twitter (date)`.
    private static let platforms: [StaticString] = ["Twitter", "X", "Facebook", "Instagram", "Truth Social", "Threads", "TikTok", "YouTube"]

    /// The first test of `read`: a handle's `@` or a capital (a kind's, or a poster's name before a handle).
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "@") || Bytes.isUpper(byte)
    }

    /// Whether a kind of `kinds` may open with `byte`.
    private static func mayOpenKind(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "@"), UInt8(ascii: "E"), UInt8(ascii: "T"), UInt8(ascii: "M"), UInt8(ascii: "L"), UInt8(ascii: "V"),
             UInt8(ascii: "C"), UInt8(ascii: "H"), UInt8(ascii: "N"), UInt8(ascii: "P"), UInt8(ascii: "F"): true
        default: false
        }
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let opened = opening(text, citation) else { return nil }
        // The date: the first parenthesis after the opening, a month and a year in it.
        let open = text.firstOffset(of: UInt8(ascii: "("), from: opened.end, end: citation.upperBound)
        guard open < citation.upperBound, let close = text.closingBracket(after: open, end: citation.upperBound),
              let year = datedYear(text, open + 1..<close - 1) else { return nil }
        // `, at 2`: a page of the message before its date.
        var nameEnd = text.trimmed(citation.lowerBound..<open).upperBound
        var pinpoint: Pinpoint?
        if let at = DatedRecordForm.atPinpoint(text, from: citation.lowerBound, end: nameEnd) {
            pinpoint = at.pinpoint
            nameEnd = at.comma
        }
        guard nameEnd > opened.end || opened.isHandle else { return nil }
        var work = WorkDraft(kind: opened.isHandle ? .other : .letter, title: text.string(citation.lowerBound..<nameEnd) + " " + text.string(open..<close))
        work.year = year
        let rest = text.trimmed(close..<citation.upperBound)
        // `, https://twitter.com/...`: the post's address.
        if opened.isHandle, text.has(", http", at: rest.lowerBound, end: rest.upperBound) {
            work.url = text.string(text.trimmed(rest.lowerBound + 2..<rest.upperBound))
        }
        // `Ann Roe (@annroe), TWITTER`: the poster is the author.
        if opened.isHandle, text.bytes[citation.lowerBound] != UInt8(ascii: "@"),
           let paren = text.bytes[citation.lowerBound..<opened.end].firstIndex(of: UInt8(ascii: "(")) {
            let name = text.trimmed(citation.lowerBound..<paren)
            if !name.isEmpty { work.authors = [text.string(name)] }
        }
        let cited = work.url == nil ? citation.lowerBound..<close : citation
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: cited,
                             trailing: rest.isEmpty || work.url != nil ? nil : rest)
    }

    /// Where the opening (`Email,`, `@handle, Twitter`) ends, and whether it is a handle's.
    private static func opening(_ text: CitationText, _ citation: Range<Int>) -> (end: Int, isHandle: Bool, isFrom: Bool)? {
        let start = citation.lowerBound
        let bytes = text.bytes
        // `@handle, Twitter`, or the Bluebook's `Name (@handle), TWITTER`.
        var handle = start
        if bytes[start] != UInt8(ascii: "@") {
            // Found a machine word at a time: most clauses hold no `@`.
            let limit = min(citation.upperBound, start + longestPosterName)
            let at = text.firstOffset(of: UInt8(ascii: "@"), from: start, end: limit)
            guard at < limit, at > start, bytes[at - 1] == UInt8(ascii: "(") else { return kindOpening(text, citation) }
            handle = at
        }
        var end = handle + 1
        while end < citation.upperBound, Bytes.isLetter(bytes[end]) || Bytes.isDigit(bytes[end]) || bytes[end] == UInt8(ascii: "_") { end += 1 }
        guard end - handle >= 2 else { return nil }
        if handle > start {
            guard end < citation.upperBound, bytes[end] == UInt8(ascii: ")") else { return nil }
            end += 1
        }
        guard text.has(", ", at: end, end: citation.upperBound) else { return nil }
        let site = end + 2
        guard let siteEnd = platforms.lazy.compactMap({ hasIgnoringCase(text, $0, at: site, end: citation.upperBound) }).first,
              siteEnd < citation.upperBound, bytes[siteEnd] == UInt8(ascii: " ") || bytes[siteEnd] == UInt8(ascii: ",") else { return nil }
        return (siteEnd, true, false)
    }

    /// The most bytes of a poster's name before the handle in parentheses.
    private static let longestPosterName = 60

    /// Where `literal` ends when it is written at `offset` in any letter case.
    private static func hasIgnoringCase(_ text: CitationText, _ literal: StaticString, at offset: Int, end: Int) -> Int? {
        let count = literal.utf8CodeUnitCount
        guard offset + count <= end else { return nil }
        let matches = Bytes.withBytes(of: literal) { expected in
            for index in 0..<count where Bytes.lowercased(text.bytes[offset + index]) != Bytes.lowercased(expected[index]) { return false }
            return true
        }
        return matches ? offset + count : nil
    }

    /// Where a kind's opening (`Email,`) ends.
    private static func kindOpening(_ text: CitationText, _ citation: Range<Int>) -> (end: Int, isHandle: Bool, isFrom: Bool)? {
        let start = citation.lowerBound
        guard mayOpenKind(text.bytes[start]) else { return nil }
        for kind in kinds where text.has(kind, at: start, end: citation.upperBound) {
            let end = start + kind.utf8CodeUnitCount
            // `Memorandum from X to Y 1 (date)` is `FullWorkForm`'s (its sender the author, a bare page the pinpoint).
            if text.has(", ", at: end, end: citation.upperBound) { return (end + 2, false, false) }
        }
        return nil
    }

    /// The year of a date that opens with its month (`Mar. 3, 2016`, `Jan. 2, 2017, 9:13 AM`), or nil.
    private static func datedYear(_ text: CitationText, _ range: Range<Int>) -> Int? {
        guard let month = text.firstWord(in: range), DateWords.isMonth(text.bytes[month]) else { return nil }
        for word in text.words(in: month.upperBound..<range.upperBound) {
            let bare = text.trimmingTrailing(word, [UInt8(ascii: ","), UInt8(ascii: ")")])
            if bare.count == 4, let year = DateWords.year(in: text.bytes[bare]) { return year }
        }
        return nil
    }
}
