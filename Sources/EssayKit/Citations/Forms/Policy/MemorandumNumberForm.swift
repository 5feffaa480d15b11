import LowLevel

/// A memorandum cited by its number alone, as agencies cite their own: `M-11-22`, `OMB M-11-22`,
/// `OMB Memorandum M-11-22`, perhaps with a pinpoint (`, at 4`). The memorandum is a document of
/// that number, the same work as one cited with its title (`Title (M-11-22) available at: <url>`,
/// `FoundAtForm`). A title after the number leaves the clause to the forms that read titles.
enum MemorandumNumberForm: CitationForm {
    /// The first test of `read`: `M` or `OMB`.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "M") || byte == UInt8(ascii: "O")
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = citation.first, text.bytes[first] == UInt8(ascii: "M") || text.bytes[first] == UInt8(ascii: "O") else { return nil }
        let end = citation.upperBound
        var start = first
        if text.has("OMB ", at: start, end: end) { start += 4 }
        if text.has("Memorandum ", at: start, end: end) { start += 11 }
        guard let number = number(text, at: start, end: end) else { return nil }
        var work = WorkDraft(kind: .document, title: text.string(first..<number))
        work.documentNumber = text.string(start..<number)
        work.authors = text.has("OMB ", at: first, end: end) ? ["OMB"] : []
        work.authorIsInstitution = !work.authors.isEmpty
        let tail = ClauseEnds.shortFormTail(text, from: number, end: end)
        // Words after the number other than a pinpoint are a title, which this form does not read.
        guard tail.trailing == nil || tail.pinpoint != nil else { return nil }
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: tail.pinpoint,
                             citation: first..<max(number, tail.citationEnd), trailing: tail.trailing)
    }

    /// Just past a memorandum's number at `offset`, or nil: `M-11-22`, the office's letter (with
    /// `anyOffice`, one to three capitals: `OM-10-04`), a dash, the year's two digits, a dash and
    /// two or three digits.
    static func number(_ text: CitationText, at offset: Int, end: Int, anyOffice: Bool = false) -> Int? {
        let bytes = text.bytes
        var dash = offset
        while dash < end, dash - offset < 3, Bytes.isUpper(bytes[dash]) { dash += 1 }
        guard dash > offset, anyOffice || (dash == offset + 1 && bytes[offset] == UInt8(ascii: "M")), dash + 6 <= end,
              bytes[dash] == UInt8(ascii: "-"), Bytes.isDigit(bytes[dash + 1]), Bytes.isDigit(bytes[dash + 2]),
              bytes[dash + 3] == UInt8(ascii: "-") else { return nil }
        var index = dash + 4
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard (2...3).contains(index - dash - 4), index == end || !Bytes.isWordByte(bytes[index]) else { return nil }
        return index
    }
}
