import LowLevel

/// The Office of Management and Budget's numbered guidance, as federal memos and reports cite it:
/// circulars (`OMB Circular A-130`, `Circular No. A-11`), memoranda (`OMB Memorandum M-10-06`,
/// `OMB M-13-13`) and statistical policy directives (`OMB Statistical Policy Directives No. 1 and
/// No. 2`, each a work), with a section, appendix or page after the number as its pinpoint
/// (`OMB Circular A-130, section 8(b)(2)(a)`) and perhaps a title and date (`OMB Memorandum
/// M-10-06, *Open Widget Directive* (Dec. 8, 2009)`).
///
/// A document is its number: every note citing the number, whatever title or pinpoint it adds, is
/// one work.
enum BudgetOfficeDocumentForm: CitationForm {
    /// The office's name before a number, dropped from the number's canonical spelling.
    /// The Bluebook's abbreviated name, with the comma after it (`Office of Mgmt. & Budget, Circular
    /// No. A-11, Title (2005)`), is the same office.
    private static let office: [StaticString] = ["OMB ", "Office of Management and Budget (OMB) ", "Office of Management and Budget ",
                                                 "Office of Mgmt. & Budget, ", "Office of Mgmt. and Budget, ", "Office of Management and Budget, "]
    /// A circular's word as printed, the abbreviated ones after the office's name only.
    private static let circularWords: [(word: StaticString, abbreviated: Bool)] = [("Circular ", false), ("Cir. ", true), ("Circ. ", true)]
    /// The words that open a pinpoint after the number.
    private static let pinpointWords: [(word: StaticString, kind: Pinpoint.Kind)] = [
        ("section ", .section), ("Section ", .section), ("sec. ", .section), ("Sec. ", .section), ("§ ", .section), ("§", .section),
        ("Appendix ", .other), ("appendix ", .other), ("App. ", .other), ("Attachment ", .other), ("attachment ", .other),
        ("paragraph ", .paragraph), ("para. ", .paragraph), ("¶ ", .paragraph), ("p. ", .page), ("pp. ", .pages), ("at ", .page),
    ]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard let first = citation.first else { return nil }
        // The cheap gate: the clause opens with `O`, `C`, `M` or `S`, then the words themselves.
        let lead = text.bytes[first]
        guard lead == UInt8(ascii: "O") || lead == UInt8(ascii: "C") || lead == UInt8(ascii: "M") || lead == UInt8(ascii: "S") else { return nil }
        var start = first
        var named = false
        for prefix in office where text.has(prefix, at: first, end: citation.upperBound) {
            start = first + prefix.utf8CodeUnitCount
            named = true
            break
        }
        guard let found = documents(text, at: start, end: citation.upperBound, named: named), let firstWork = found.works.first else { return nil }
        var end = found.end
        var work = firstWork
        var pinpoint: Pinpoint?
        // `, section 8(b)(2)(a)`, `, Appendix III`, `, at 5`: the pinpoint.
        var at = text.skipSpaces(from: end, end: citation.upperBound)
        if text.has(",", at: at, end: citation.upperBound) { at = text.skipSpaces(from: at + 1, end: citation.upperBound) }
        if let pin = self.pinpoint(text, at: at, end: citation.upperBound) {
            pinpoint = pin.pinpoint
            end = pin.end
            at = text.skipSpaces(from: end, end: citation.upperBound)
            if text.has(",", at: at, end: citation.upperBound) { at = text.skipSpaces(from: at + 1, end: citation.upperBound) }
        }
        // `, Title (Dec. 8, 2009)`: a title in capitals, to a date's parenthesis or the end.
        if at > end, at < citation.upperBound, found.works.count == 1, Bytes.isUpper(text.bytes[at]) || text.has("“", at: at, end: citation.upperBound)
            || text.bytes[at] == UInt8(ascii: "\"") {
            let open = min(text.firstOffset(of: UInt8(ascii: "("), from: at, end: citation.upperBound), datedField(text, after: at, end: citation.upperBound))
            let title = text.trimmingTrailing(at..<min(open, citation.upperBound), [UInt8(ascii: ","), UInt8(ascii: "\""), 0x9D])
            var titleStart = title.lowerBound
            if text.has("“", at: titleStart, end: title.upperBound) { titleStart += 3 } else if text.bytes[titleStart] == UInt8(ascii: "\"") { titleStart += 1 }
            var cleaned = text.string(titleStart..<title.upperBound)
            if cleaned.hasSuffix("”") { cleaned.removeLast() }
            if !cleaned.isEmpty { work.title = cleaned }
            end = title.upperBound
            at = open
        }
        // `(Dec. 8, 2009)` or `, December 5, 2012`: the date.
        at = text.skipSpaces(from: at, end: citation.upperBound)
        if at < citation.upperBound, text.bytes[at] == UInt8(ascii: "("), let close = text.closingBracket(after: at, end: citation.upperBound),
           let year = DateWords.year(in: text.bytes[text.trimmed(at + 1..<close - 1)].suffix(4)) {
            work.year = year
            end = close
        } else if at < citation.upperBound, text.bytes[at] == UInt8(ascii: ","), let date = date(text, at: text.skipSpaces(from: at + 1, end: citation.upperBound), end: citation.upperBound) {
            work.year = date.year
            end = date.end
        }
        // After the document only the author's words, in lower case, or nothing.
        let rest = text.skipSpaces(from: end, end: citation.upperBound)
        var trailing: Range<Int>?
        if rest < citation.upperBound {
            var words = rest
            if text.bytes[words] == UInt8(ascii: ",") || text.bytes[words] == UInt8(ascii: ";") { words = text.skipSpaces(from: words + 1, end: citation.upperBound) }
            guard words < citation.upperBound, Bytes.isLower(text.bytes[words]) || text.bytes[words] == 0xE2 else { return nil }
            let bare = text.trimmed(words..<citation.upperBound)
            if let address = AccessRemark.availableAddress(text, words..<body.upperBound) {
                // `, *available at* https://...`: the document's address.
                work.url = address
                end = citation.upperBound
            } else if text.has("http://", at: words, end: citation.upperBound) || text.has("https://", at: words, end: citation.upperBound),
                      !text.bytes[bare].contains(UInt8(ascii: " ")) {
                // `, https://...`: the address alone.
                work.url = text.string(bare)
                end = citation.upperBound
            } else if text.has("available at ", at: words, end: citation.upperBound),
                      let address = text.firstWord(in: words + 13..<citation.upperBound),
                      text.has("http", at: address.lowerBound, end: address.upperBound) {
                // `available at https://... and https://...`: the first address is the document's.
                work.url = text.string(text.trimmingTrailing(address, [UInt8(ascii: ","), UInt8(ascii: ".")]))
                trailing = text.trimmed(words..<citation.upperBound)
            } else {
                trailing = text.trimmed(words..<citation.upperBound)
            }
        }
        var reading = ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: first..<end, trailing: trailing)
        reading.siblings = found.works.dropFirst().map { ClauseReading.Sibling(work: ClauseReading.SharedWork($0), pinpoint: nil) }
        return reading
    }

    /// Every document of the office the author's words in `range` cite (`... build upon OMB
    /// Statistical Policy Directives No. 1 and No. 2, available at https://...`), each a citation:
    /// one given with its address or a pinpoint. A document only named (`the threshold defined by
    /// OMB Circular A-109`) is the author's words.
    static func mentions(_ text: CitationText, in range: Range<Int>) -> [(Range<Int>, ClauseReading)] {
        var found: [(Range<Int>, ClauseReading)] = []
        var offset = range.lowerBound
        while offset < range.upperBound {
            // The cheap gate: the office's `OMB` after a space.
            let next = text.firstOffset(of: UInt8(ascii: "O"), from: offset, end: range.upperBound)
            guard next < range.upperBound else { break }
            offset = next + 1
            guard next > range.lowerBound, text.bytes[next - 1] == UInt8(ascii: " "), text.has("OMB ", at: next, end: range.upperBound),
                  let reading = read(text, next..<range.upperBound), case .full(let shared) = reading.form,
                  shared.work.url != nil || reading.pinpoint != nil else { continue }
            found.append((reading.citation, reading))
            offset = max(offset, reading.citation.upperBound)
        }
        return found
    }

    /// The documents whose numbers start at `start` (two for `Directives No. 1 and No. 2`), and
    /// where the last ends; `named` when the office's name came before.
    private static func documents(_ text: CitationText, at start: Int, end: Int, named: Bool) -> (works: [WorkDraft], end: Int)? {
        if let circular = circularWords.first(where: { text.has($0.word, at: start, end: end) }), named || !circular.abbreviated {
            var index = start + circular.word.utf8CodeUnitCount
            if text.has("No. ", at: index, end: end) { index += 4 }
            guard let number = letterNumber(text, at: index, end: end, letter: UInt8(ascii: "A"), groups: 1) else { return nil }
            return ([work("Circular " + text.string(index..<number))], number)
        }
        var index = start
        var bare = false
        if text.has("Memorandum ", at: index, end: end) {
            index += 11
        } else if text.has("Memo ", at: index, end: end) {
            index += 5
        } else if !named {
            // A bare `M-13-13` is the office's only when its name or the word `Memorandum` comes
            // before, or a comma after it opens its title (`M-13-02, Title, December 5, 2012`).
            bare = true
        }
        if text.has("No. ", at: index, end: end), text.has("M-", at: index + 4, end: end) { index += 4 }
        if let number = letterNumber(text, at: index, end: end, letter: UInt8(ascii: "M"), groups: 2) {
            guard !bare || text.has(", ", at: number, end: end) else { return nil }
            var works = [work("M-" + text.string(index + 2..<number))]
            var last = number
            // `OMB M-12-10, M-13-09 and M-14-08`: each memorandum of a list.
            while !bare {
                var next = last
                if text.has(",", at: next, end: end) { next += 1 }
                next = text.skipSpaces(from: next, end: end)
                if text.has("and ", at: next, end: end) { next = text.skipSpaces(from: next + 4, end: end) }
                guard next > last, let following = letterNumber(text, at: next, end: end, letter: UInt8(ascii: "M"), groups: 2) else { break }
                works.append(work("M-" + text.string(next + 2..<following)))
                last = following
            }
            return (works, last)
        }
        guard !bare || text.has("Statistical Policy Directive", at: index, end: end) else { return nil }
        guard text.has("Statistical Policy Directive", at: index, end: end) else { return nil }
        index += 28
        if text.has("s", at: index, end: end) { index += 1 }
        // `No. 1`, `No. 1 and No. 2`, `Nos. 1 and 2`, `No. 1, No. 2`.
        var works: [WorkDraft] = []
        var last = index
        index = text.skipSpaces(from: index, end: end)
        if text.has("Nos. ", at: index, end: end) {
            index += 5
        } else if text.has("No. ", at: index, end: end) {
            index += 4
        } else if index >= end || !Bytes.isDigit(text.bytes[index]) {
            return nil
        }
        while true {
            var digits = index
            while digits < end, Bytes.isDigit(text.bytes[digits]) { digits += 1 }
            guard digits > index, digits - index <= 2, text.isWordEnd(digits, end: end) else { break }
            works.append(work("Statistical Policy Directive No. " + text.string(index..<digits)))
            last = digits
            var next = digits
            if text.has(",", at: next, end: end) { next += 1 }
            next = text.skipSpaces(from: next, end: end)
            if text.has("and ", at: next, end: end) { next = text.skipSpaces(from: next + 4, end: end) }
            guard next > digits else { break }
            if text.has("No. ", at: next, end: end) { next += 4 }
            guard next < end, Bytes.isDigit(text.bytes[next]) else { break }
            index = next
        }
        return works.isEmpty ? nil : (works, last)
    }

    /// Where the first comma of `at..<end` that a date or an address follows is (`, December 5,
    /// 2012`, `, https://...`): the end of a title written without parentheses; `end` when none.
    private static func datedField(_ text: CitationText, after at: Int, end: Int) -> Int {
        var comma = text.firstOffset(of: UInt8(ascii: ","), from: at, end: end)
        while comma < end {
            let next = text.skipSpaces(from: comma + 1, end: end)
            if date(text, at: next, end: end) != nil || text.has("http", at: next, end: end) || text.has("available at", at: next, end: end) {
                return comma
            }
            comma = text.firstOffset(of: UInt8(ascii: ","), from: comma + 1, end: end)
        }
        return end
    }

    /// `December 5, 2012`, `Dec. 2012` at `offset`: its year and where it ends, or nil.
    private static func date(_ text: CitationText, at offset: Int, end: Int) -> (year: Int, end: Int)? {
        guard let month = text.firstWord(in: offset..<end), DateWords.isMonth(text.bytes[month]) else { return nil }
        var index = text.skipSpaces(from: month.upperBound, end: end)
        var digits = index
        while digits < end, Bytes.isDigit(text.bytes[digits]) { digits += 1 }
        if digits - index <= 2, digits > index {
            index = digits
            if text.has(",", at: index, end: end) { index += 1 }
            index = text.skipSpaces(from: index, end: end)
            digits = index
            while digits < end, Bytes.isDigit(text.bytes[digits]) { digits += 1 }
        }
        guard digits - index == 4, let year = DateWords.year(in: text.bytes[index..<digits]) else { return nil }
        return (year, digits)
    }

    /// Just past `A-130` (`groups` dash-parted digit groups after the letter) at `offset`, or nil.
    private static func letterNumber(_ text: CitationText, at offset: Int, end: Int, letter: UInt8, groups: Int) -> Int? {
        guard offset + 2 < end, text.bytes[offset] == letter, text.bytes[offset + 1] == UInt8(ascii: "-") else { return nil }
        var index = offset + 2
        for group in 0..<groups {
            if group > 0 {
                guard index < end, text.bytes[index] == UInt8(ascii: "-") else { return nil }
                index += 1
            }
            let digits = index
            while index < end, Bytes.isDigit(text.bytes[index]) { index += 1 }
            guard index > digits, index - digits <= 3 else { return nil }
        }
        return text.isWordEnd(index, end: end) && (index == end || text.bytes[index] != UInt8(ascii: "-")) ? index : nil
    }

    /// The office's document `number` (`Circular A-130`), one work however cited.
    private static func work(_ number: String) -> WorkDraft {
        var work = WorkDraft(kind: .document, title: "OMB " + number)
        work.authors = ["Office of Management and Budget"]
        work.authorIsInstitution = true
        // The id is the office's and the number's (`omb-circular-a-130`), whatever title a note adds.
        work.documentPrefix = "OMB"
        work.documentNumber = number
        return work
    }

    /// `section 8(b)(2)(a)`, `Appendix III`, `at 5` at `offset`: the pinpoint as written and where it ends.
    private static func pinpoint(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        for entry in pinpointWords where text.has(entry.word, at: offset, end: end) {
            let numberStart = offset + entry.word.utf8CodeUnitCount
            var index = numberStart
            while index < end, !Bytes.isSpace(text.bytes[index]), text.bytes[index] != UInt8(ascii: ","), text.bytes[index] != UInt8(ascii: ";") { index += 1 }
            while index > numberStart, text.bytes[index - 1] == UInt8(ascii: ".") { index -= 1 }
            // A page or section holds a digit; an appendix may be a Roman numeral or a letter.
            guard index > numberStart, entry.kind == .other || Bytes.isDigit(text.bytes[numberStart]) else { return nil }
            let written = entry.word.utf8CodeUnitCount == 3 && text.has("at ", at: offset, end: end) ? numberStart : offset
            return (Pinpoint(kind: entry.kind, text: text.string(written..<index)), index)
        }
        return nil
    }
}
