import LowLevel

/// An Act as the AGLC cites it: its short title and year, the jurisdiction in brackets and the
/// pinpoint with no comma before it (`Privacy Act 1988 (Cth) s 6(1)`, `Surveillance Devices Act 2007
/// (NSW) pt 2 div 1`, `Criminal Code Act 1995 (Cth) sch 1 ch 5 s 80.2C`, `Telecommunications
/// (Interception and Access) Act 1979 (Cth) ss 7, 108`), perhaps declaring a short title after it
/// (`('Privacy Act')`); and, once cited so, the Act by its title without year or jurisdiction,
/// its pinpoint right after (`Privacy Act s 6`, `Criminal Code pt 5.3`).
///
/// The work is the Act, its title with the year and jurisdiction (`Privacy Act 1988 (Cth)`); the
/// pinpoint is all that follows it, as printed (`s 6(1)`, `pt 2 div 1`): a section is a place in the
/// Act, as an *ibid* or `(n 12)` pointing back at the Act shows (`ibid s 7`). A title with no year is
/// marked short (`WorkDraft.namedShort`) and the run gives it the Act cited in full before under
/// that title.
enum JurisdictionActForm: CitationForm {
    /// The first test of `read`: a capital opening the title or a part's word (`Part`), or a part's
    /// word in lower case (`section 44 of ...`).
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte) || byte == UInt8(ascii: "s") || byte == UInt8(ascii: "p") || byte == UInt8(ascii: "d") || byte == UInt8(ascii: "c")
    }

    /// A year or a pinpoint's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The jurisdictions the AGLC writes in brackets after an Act's year: Australia's, and the
    /// foreign ones an Australian note names its Acts by.
    private static let jurisdictions: [StaticString] = [
        "(Cth)", "(NSW)", "(Vic)", "(Qld)", "(WA)", "(SA)", "(Tas)", "(ACT)", "(NT)", "(NZ)", "(UK)", "(Imp)",
    ]
    /// The last word of a title cited without its year, the instrument's kind.
    private static let instrumentWords: [StaticString] = [
        "Act", "Code", "Regulation", "Regulations", "Rules", "Ordinance", "Bill",
    ]
    /// Lower-case words a title may hold between its capitalised ones.
    private static let titleWords: [StaticString] = ["and", "of", "the", "for", "on", "in", "to", "with", "against", "about", "etc"]
    /// Whether `word` is one of `instrumentWords`: its bytes compared with each word of its length
    /// where it stands, with no string made (most words of a clause are none).
    private static func isInstrumentWord(_ text: CitationText, _ word: Range<Int>) -> Bool {
        guard (3...11).contains(word.count), Bytes.isUpper(text.bytes[word.lowerBound]) else { return false }
        return isOne(of: instrumentWords, text, word)
    }

    /// Whether `word` is one of `titleWords`, tested as `isInstrumentWord` is: lower case, short.
    private static func isTitleWord(_ text: CitationText, _ word: Range<Int>) -> Bool {
        guard (2...7).contains(word.count), Bytes.isLower(text.bytes[word.lowerBound]) else { return false }
        return isOne(of: titleWords, text, word)
    }

    /// Whether the bytes of `word` are those of one of `words`, whole.
    private static func isOne(of words: [StaticString], _ text: CitationText, _ word: Range<Int>) -> Bool {
        words.contains { $0.utf8CodeUnitCount == word.count && text.has($0, at: word.lowerBound, end: word.upperBound) }
    }

    /// Words that open no Act's title cited short: `the Act s 6` is the author's reference.
    private static let openingArticles: Set<String> = ["The", "A", "An", "This", "That", "Its"]
    /// The most words of a title (`Telecommunications and Other Legislation Amendment (Assistance and Access) Act`).
    private static let longestTitle = 18

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let start = citation.lowerBound
        let end = citation.upperBound
        guard end - start >= 8 else { return nil }
        if let prose = partOfAct(text, citation) { return prose }
        guard Bytes.isUpper(text.bytes[start]), let title = title(text, from: start, end: end) else { return nil }
        var index = title.end
        var work = WorkDraft(kind: .statute, title: text.string(title.range))
        work.namedShort = title.isShort
        var pinpoint: LegislativePinpoint?
        var citationEnd = title.end
        if let declared = declaredName(text, at: index, end: end) {
            work.shortNames = [declared.name]
            index = declared.end
            citationEnd = declared.end
        }
        // `(Cth) s 6`; a draft's comma before it (`(Cth), s 6`).
        var pinpointStart = index
        if !title.isShort, text.has(", ", at: pinpointStart, end: end) { pinpointStart += 1 }
        if pinpointStart < end, text.bytes[pinpointStart] == UInt8(ascii: " "),
           let read = LegislativePinpoint.read(text, at: pinpointStart + 1, end: end) {
            pinpoint = read
            citationEnd = read.range.upperBound
            if work.shortNames.isEmpty, let declared = declaredName(text, at: citationEnd, end: end) {
                work.shortNames = [declared.name]
                citationEnd = declared.end
            }
        }
        // Cited short, the title must have its pinpoint: `Privacy Act said` is prose.
        if title.isShort, pinpoint == nil { return nil }
        let place = pinpoint.map { Pinpoint(kind: $0.kind, text: text.string($0.range)) }
        return CommonwealthTail.reading(text, work, place, citation, end: citationEnd)
    }

    /// The Act's title at `offset` with its year and jurisdiction (`Privacy Act 1988 (Cth)`), or,
    /// short, title words ending in an instrument's word right before a pinpoint (`Privacy Act`);
    /// nil when the words are no such title.
    static func title(_ text: CitationText, from offset: Int, end: Int) -> (range: Range<Int>, end: Int, isShort: Bool)? {
        let bytes = text.bytes
        var index = offset
        var words = 0
        var depth = 0
        var lastWord = offset..<offset
        var firstWord: Range<Int>?
        while index < end, words <= longestTitle {
            var wordEnd = index
            while wordEnd < end, !Bytes.isSpace(bytes[wordEnd]) { wordEnd += 1 }
            guard wordEnd > index else { return nil }
            let word = index..<wordEnd
            // The jurisdiction closes a title that has a year or an instrument's word before it.
            if depth == 0, words >= 2, let closed = jurisdictionEnd(text, at: index, end: end),
               closed == wordEnd || bytes[closed] == UInt8(ascii: ",") {
                guard isYear(text, lastWord) || isInstrumentWord(text, lastWord) else { return nil }
                return (offset..<closed, closed, false)
            }
            // A year ends the title: only the jurisdiction may follow it.
            if words > 0, isYear(text, lastWord) { return nil }
            // Short: an instrument's word, then a space and a pinpoint.
            if depth == 0, words >= 1, wordEnd < end, bytes[wordEnd] == UInt8(ascii: " "),
               isInstrumentWord(text, word), let first = firstWord, !openingArticles.contains(text.string(first)),
               LegislativePinpoint.read(text, at: wordEnd + 1, end: end) != nil {
                return (offset..<wordEnd, wordEnd, true)
            }
            guard !bytes[word].contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") || $0 == UInt8(ascii: "\"")
                || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ":") }) else { return nil }
            let first = bytes[word.lowerBound]
            if depth > 0 {
                // Inside a title's bracket (`(Interception and Access)`, `(No 2)`), any word.
            } else if first == UInt8(ascii: "(") {
                guard word.count > 1, Bytes.isUpper(bytes[word.lowerBound + 1]) else { return nil }
            } else if isYear(text, word) {
                // A year ends the title's words: only a jurisdiction may follow it.
                guard words >= 1 else { return nil }
            } else {
                guard Bytes.isUpper(first) || isTitleWord(text, word) else { return nil }
            }
            for byte in bytes[word] {
                if byte == UInt8(ascii: "(") { depth += 1 } else if byte == UInt8(ascii: ")") { depth -= 1 }
            }
            guard depth >= 0, depth <= 1 else { return nil }
            if firstWord == nil { firstWord = word }
            lastWord = word
            words += 1
            index = text.skipSpaces(from: wordEnd, end: end)
        }
        return nil
    }

    /// The words that name an Act's part in prose, each with the mark a pinpoint writes for a section
    /// (the AGLC's `s`) or nil where the word is kept as printed (`Part 5.3`).
    private static let partWords: [(written: StaticString, mark: String?)] = [
        ("sections ", "ss"), ("section ", "s"), ("Sections ", "ss"), ("Section ", "s"), ("Parts ", nil), ("Part ", nil), ("parts ", nil),
        ("part ", nil), ("Divisions ", nil), ("Division ", nil), ("division ", nil), ("Schedule ", nil), ("schedule ", nil),
        ("Chapter ", nil), ("chapter ", nil),
    ]

    /// A part of an Act in the author's prose, the part first (`section 44 of the Example Act 2010
    /// (Cth)`, `Part 5.3 of the Criminal Code`): the Act is the work, the part its pinpoint (a
    /// section as `s 44`). A section of an Act with its year and no jurisdiction is
    /// `ActSectionForm`'s (`s 3 of the Human Rights Act 1998`).
    private static func partOfAct(_ text: CitationText, _ citation: Range<Int>) -> ClauseReading? {
        let start = citation.lowerBound
        let end = citation.upperBound
        guard let word = partWords.first(where: { text.has($0.written, at: start, end: end) }) else { return nil }
        let numberStart = start + word.written.utf8CodeUnitCount
        guard let number = partNumber(text, at: numberStart, end: end), text.has(" of the ", at: number, end: end) else { return nil }
        let titleStart = number + 8
        var work: WorkDraft
        var titleEnd: Int
        if let dated = title(text, from: titleStart, end: end), !dated.isShort {
            work = WorkDraft(kind: .statute, title: text.string(dated.range))
            titleEnd = dated.end
        } else if let plain = plainTitle(text, from: titleStart, end: end) {
            if plain.isDated, word.mark != nil { return nil }
            work = WorkDraft(kind: .statute, title: text.string(plain.range))
            work.namedShort = !plain.isDated
            titleEnd = plain.range.upperBound
        } else {
            return nil
        }
        let printed = text.string(numberStart..<number)
        let place = word.mark.map { Pinpoint(kind: .section, text: "\($0) \(printed)") }
            ?? Pinpoint(kind: .other, text: text.string(start..<number))
        return CommonwealthTail.reading(text, work, place, citation, end: titleEnd)
    }

    /// Just past a part's number at `offset` (`44`, `5.3`, `80.2C`, `IIIA`, `6(1)(a)`), or nil.
    private static func partNumber(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard offset < end, Bytes.isDigit(text.bytes[offset]) || Bytes.isUpper(text.bytes[offset]) else { return nil }
        var index = offset
        while index < end, index - offset < 12,
              Bytes.isDigit(text.bytes[index]) || Bytes.isUpper(text.bytes[index])
                || text.bytes[index] == UInt8(ascii: ".") && index + 1 < end && Bytes.isDigit(text.bytes[index + 1]) { index += 1 }
        while index < end, text.bytes[index] == UInt8(ascii: "("), let close = text.closingBracket(after: index, end: end), close - index <= 8 {
            index = close
        }
        guard index > offset, index == end || !Bytes.isLetter(text.bytes[index]) && !Bytes.isDigit(text.bytes[index]) else { return nil }
        return index
    }

    /// An Act's title in prose with no jurisdiction at `offset`: capitalised words ending in an
    /// instrument's word ending the clause or its field (`Criminal Code`), or with its year
    /// (`Privacy Act 1988`) before the end, a comma or a remark; nil when none is there.
    private static func plainTitle(_ text: CitationText, from offset: Int, end: Int) -> (range: Range<Int>, isDated: Bool)? {
        let words = text.words(in: offset..<end, limit: longestTitle + 2)
        var previous: Range<Int>?
        for (count, raw) in words.enumerated() {
            let word = text.trimmingTrailing(raw, [UInt8(ascii: ","), UInt8(ascii: ";")])
            guard !word.isEmpty else { return nil }
            let closes = word.upperBound < raw.upperBound || count == words.count - 1
            let next = count + 1 < words.count ? words[count + 1] : nil
            if let previous, isYear(text, word), isInstrumentWord(text, previous) {
                return closes || next.map({ text.bytes[$0.lowerBound] == UInt8(ascii: "(") }) == true ? (offset..<word.upperBound, true) : nil
            }
            // Undated, the title must end the clause or its field: a bracket after it is the code
            // section or original title of some other form (`... Act (42 U.S.C. §238j)`, `(Designgesetz)`).
            if count >= 1, closes, isInstrumentWord(text, word) { return (offset..<word.upperBound, false) }
            let first = text.bytes[word.lowerBound]
            guard Bytes.isUpper(first) || count > 0 && isTitleWord(text, word),
                  !text.bytes[word].contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: ":") }),
                  word.upperBound == raw.upperBound else { return nil }
            previous = word
        }
        return nil
    }

    /// Whether `range` is a four-digit year.
    private static func isYear(_ text: CitationText, _ range: Range<Int>) -> Bool {
        range.count == 4 && text.bytes[range].allSatisfy(Bytes.isDigit) && DateWords.year(in: text.bytes[range]) != nil
    }

    /// The end of a jurisdiction's bracket at `offset` (`(Cth)`), or nil.
    static func jurisdictionEnd(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard let found = jurisdictions.first(where: { text.has($0, at: offset, end: end) }) else { return nil }
        let after = offset + found.utf8CodeUnitCount
        guard after == end || !Bytes.isLetter(text.bytes[after]) && !Bytes.isDigit(text.bytes[after]) else { return nil }
        return after
    }

    /// A short title declared in brackets after a space at `offset` (` ('Privacy Act')`, ` ("PA")`,
    /// ` [Privacy Act]`), and just past it; nil when none is there.
    private static func declaredName(_ text: CitationText, at offset: Int, end: Int) -> (name: String, end: Int)? {
        let bytes = text.bytes
        guard offset + 4 < end, bytes[offset] == UInt8(ascii: " "),
              bytes[offset + 1] == UInt8(ascii: "(") || bytes[offset + 1] == UInt8(ascii: "["),
              let close = text.closingBracket(after: offset + 1, end: end), close - offset <= 80 else { return nil }
        var inside = text.trimmed(offset + 2..<close - 1)
        let quoted = bytes[inside.lowerBound] == UInt8(ascii: "'") || bytes[inside.lowerBound] == UInt8(ascii: "\"")
            || text.has("\u{2018}", at: inside.lowerBound, end: inside.upperBound) || text.has("\u{201C}", at: inside.lowerBound, end: inside.upperBound)
        if quoted {
            let width = bytes[inside.lowerBound] < 0x80 ? 1 : 3
            let last = bytes[inside.upperBound - 1]
            let closing = last < 0x80 ? 1 : 3
            guard inside.count > width + closing else { return nil }
            inside = inside.lowerBound + width..<inside.upperBound - closing
        } else if bytes[offset + 1] == UInt8(ascii: "(") {
            // An unquoted bracket is a remark (`(repealed)`), unless an abbreviation (`(PA)`).
            guard InstrumentPartForm.isAbbreviation(text, inside) else { return nil }
        }
        guard !inside.isEmpty, Bytes.isUpper(bytes[inside.lowerBound]) else { return nil }
        return (text.string(inside), close)
    }
}
