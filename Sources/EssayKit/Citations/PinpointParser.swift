import LowLevel

/// Reads the place in a work a citation points at: `553`, `577–88`, `556 n.19`, `¶ 72`, `art. 19(2)`, `xxvii`.
enum PinpointParser {
    /// The pinpoint written at `offset` (after any `at `), and the offset just past it.
    ///
    /// Roman page numbers are read only when `allowRoman` is set, that is after `at`, where a
    /// lower-case word cannot be anything else.
    /// `parsed` (read from `start`) with a note on its pages after it, `, n. 26` or `, and n. 41`,
    /// taken into the pinpoint: the page and its note are one place.
    static func withNote(_ text: CitationText, _ parsed: (pinpoint: Pinpoint, end: Int), start: Int, end: Int) -> (pinpoint: Pinpoint, end: Int) {
        // The gate: a comma or a space right after the pages.
        guard parsed.end < end, text.bytes[parsed.end] == UInt8(ascii: ",") || text.bytes[parsed.end] == UInt8(ascii: " ") else { return parsed }
        for mark in noteSuffixes where text.has(mark, at: parsed.end, end: end) {
            var noteEnd = parsed.end + mark.utf8CodeUnitCount
            while noteEnd < end, Bytes.isDigit(text.bytes[noteEnd]) { noteEnd += 1 }
            guard noteEnd > parsed.end + mark.utf8CodeUnitCount else { return parsed }
            return (Pinpoint(kind: parsed.pinpoint.kind, text: text.string(start..<noteEnd)), noteEnd)
        }
        return parsed
    }

    /// The marks of a note on the pages before it: the Bluebook's `, n. 26`, the McGill Guide's
    /// `, n 4`, and `fn. 4` with or without its comma.
    private static let noteSuffixes: [StaticString] = [", and n. ", ", n. ", ", n ", ", fn. ", ", fn ", " fn. ", " fn "]

    /// The width of `ff` or `f` glued to a number at `offset` (`140ff`, `12f`: the page or paragraph and
    /// the following ones), when no letter follows it; nil otherwise.
    static func gluedFollowing(_ bytes: [UInt8], at offset: Int, end: Int) -> Int? {
        guard offset < end, bytes[offset] == UInt8(ascii: "f") else { return nil }
        let width = offset + 1 < end && bytes[offset + 1] == UInt8(ascii: "f") ? 2 : 1
        return offset + width == end || !Bytes.isLetter(bytes[offset + width]) ? width : nil
    }

    static func parse(_ text: CitationText, at offset: Int, end: Int, allowRoman: Bool) -> (pinpoint: Pinpoint, end: Int)? {
        guard let parsed = parseListed(text, at: offset, end: end, allowRoman: allowRoman) else { return nil }
        // `§ 117(a), 31 U.S.C. § 3523(a)`, `at 466, 93 S. Ct. 705`: the next code's title number or
        // reporter's volume is no item of this list; the pinpoint ends before it.
        guard parsed.end - offset > 3, let next = NextCodeCite.comma(text, in: offset..<parsed.end, end: end) else { return parsed }
        return parseListed(text, at: offset, end: next, allowRoman: allowRoman)
    }

    private static func parseListed(_ text: CitationText, at offset: Int, end: Int, allowRoman: Bool) -> (pinpoint: Pinpoint, end: Int)? {
        let bytes = text.bytes
        guard offset < end else { return nil }
        let lead = bytes[offset]
        // `*3`, `*3-4`: a star page of a database's copy (`2018 WL 4794518, at *3`).
        if lead == UInt8(ascii: "*"), offset + 1 < end, Bytes.isDigit(bytes[offset + 1]) {
            var index = offset + 1
            while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
            if index + 1 < end, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "*") || Bytes.isDigit(bytes[index + 1]) {
                var rangeEnd = index + 1
                if bytes[rangeEnd] == UInt8(ascii: "*") { rangeEnd += 1 }
                let digits = rangeEnd
                while rangeEnd < end, Bytes.isDigit(bytes[rangeEnd]) { rangeEnd += 1 }
                if rangeEnd > digits { index = rangeEnd }
            }
            // `*7 n.47`: a note on the star page is part of the place.
            for mark in [" n.", " nn.", " n. "] as [StaticString] where text.has(mark, at: index, end: end) {
                let noteStart = index + mark.utf8CodeUnitCount
                guard noteStart < end, Bytes.isDigit(bytes[noteStart]), let noteEnd = numberList(bytes, at: noteStart, end: end, allowGroups: false)
                else { continue }
                index = noteEnd
                break
            }
            return (Pinpoint(kind: .page, text: text.string(offset..<index)), index)
        }
        // `cmt. b`, `Comment c`, `illus. 3`: a Restatement's or uniform law's comment, cited alone.
        if lead == UInt8(ascii: "c") || lead == UInt8(ascii: "C") || lead == UInt8(ascii: "i") || lead == UInt8(ascii: "I"),
           let commentEnd = comment(text, at: offset, end: end) {
            return (Pinpoint(kind: .other, text: text.string(offset..<commentEnd)), commentEnd)
        }
        // `Ex. C`, `Exs. 3-4`, `Exhibit B at 2`: an exhibit to a filing.
        if lead == UInt8(ascii: "E"), let exhibit = exhibit(text, at: offset, end: end) {
            return exhibit
        }
        guard Bytes.isDigit(lead) || lead == 0xC2 || Self.canOpenMark(lead) || (allowRoman && Self.isRomanDigit(lead)) else {
            return nil
        }
        var index = offset
        let kind: Pinpoint.Kind
        if let width = markWidth(bytes, at: index, end: end, lead: 0xB6) {
            index += width
            kind = .paragraph
        } else if let width = markWidth(bytes, at: index, end: end, lead: 0xA7) {
            index += width
            kind = .section
        } else if let width = word(text, at: index, end: end, among: paragraphMarks) {
            index += width
            kind = .paragraph
        } else if let width = word(text, at: index, end: end, among: articleMarks) {
            index += width
            kind = .article
        } else if let width = word(text, at: index, end: end, among: noteMarks) {
            index += width
            kind = .note
        } else if let width = word(text, at: index, end: end, among: pageMarks)
                    ?? unperiodedPageMark(text, at: index, end: end) {
            // `p. 3`, `pp. 18–19`: pages, the mark kept as printed.
            let pagesStart = text.skipSpaces(from: index + width, end: end)
            guard let pages = parsePages(text, at: pagesStart, end: end, allowRoman: true, andJoins: true) ?? labelledPages(text, at: pagesStart, end: end)
            else { return nil }
            return (Pinpoint(kind: pages.pinpoint.kind, text: text.string(offset..<pages.end)), pages.end)
        } else if partMark(text, at: index, end: end) != nil {
            return parts(text, at: offset, end: end)
        } else {
            return parsePages(text, at: offset, end: end, allowRoman: allowRoman)
        }
        index = text.skipSpaces(from: index, end: end)
        if kind == .section {
            guard var listEnd = sectionList(bytes, at: index, end: end) else { return nil }
            // `§§ 4(B) (“Fees”), 4(D) (“Audit”)`: the list goes on past each item's quoted name,
            // which is no part of the place.
            if kind == .section, text.has("§§", at: offset, end: end) {
                var written = text.string(offset..<listEnd)
                while let next = pastQuotedName(text, at: listEnd, end: end), let more = sectionList(bytes, at: next, end: end) {
                    written += ", " + text.string(next..<more)
                    listEnd = more
                }
                if written.utf8.count != listEnd - offset { return (Pinpoint(kind: kind, text: written), listEnd) }
            }
            // `§ 336.057(2)(Effective for contracts signed after 2024)(b)`: a remark in words between
            // two subdivisions is no part of the place, which goes on after it.
            if listEnd > offset, bytes[listEnd - 1] == UInt8(ascii: ")"), listEnd < end, bytes[listEnd] == UInt8(ascii: "("),
               let close = text.closingBracket(after: listEnd, end: end), close < end, bytes[close] == UInt8(ascii: "("),
               bytes[listEnd..<close].contains(UInt8(ascii: " ")) {
                var groups = close
                while groups < end, bytes[groups] == UInt8(ascii: "("), let next = groupEnd(bytes, at: groups, end: end) { groups = next }
                if groups > close { return (Pinpoint(kind: kind, text: text.string(offset..<listEnd) + text.string(close..<groups)), groups) }
            }
            // `§ 402A cmt. b`, `§ 90, comment c`: the section's comment or illustration is part of the place.
            let commentStart = text.has(", ", at: listEnd, end: end) ? listEnd + 2 : listEnd + 1
            if listEnd < end, text.bytes[listEnd] == UInt8(ascii: " ") || text.bytes[listEnd] == UInt8(ascii: ","),
               let commentEnd = comment(text, at: commentStart, end: end) {
                return (Pinpoint(kind: kind, text: text.string(offset..<commentEnd)), commentEnd)
            }
            // `§ 111, at 771`, `§744, p. 471`: a section and the page it is on.
            for joint in [", at ", ", p. "] as [StaticString] where text.has(joint, at: listEnd, end: end) {
                if let pages = parsePages(text, at: listEnd + joint.utf8CodeUnitCount, end: end, allowRoman: true) { listEnd = pages.end }
                break
            }
            return (Pinpoint(kind: kind, text: text.string(offset..<listEnd)), listEnd)
        }
        guard let listEnd = numberList(bytes, at: index, end: end, allowGroups: kind == .article) else { return nil }
        return (Pinpoint(kind: kind, text: text.string(offset..<listEnd)), listEnd)
    }

    /// A code's section written with no `§` after the code or an *Id.* (`3541(1)`, `552a(b)`,
    /// `3502`): one section number, as a section pinpoint (`§ 3541(1)`), and the offset past it.
    /// Nil unless a word ends it: `3541 pages` is no section, `3541,` and `3541.` are.
    static func bareSection(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        guard let sectionEnd = sectionNumber(text.bytes, at: offset, end: end),
              sectionEnd == end || !Bytes.isWordByte(text.bytes[sectionEnd]) else { return nil }
        return (Pinpoint(kind: .section, text: "§ " + text.string(offset..<sectionEnd)), sectionEnd)
    }

    /// `Table 31`, `Figure 8`, `Chapter 1`, `Annex 6, Table A-233`: numbered parts of a work, a
    /// list of them joined by commas, each a mark and its number.
    private static func parts(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        var index = offset
        var listEnd: Int?
        while let width = partMark(text, at: index, end: end) {
            let numberStart = text.skipSpaces(from: index + width, end: end)
            guard let numberEnd = partNumber(text.bytes, at: numberStart, end: end) else { break }
            listEnd = numberEnd
            guard text.has(", ", at: numberEnd, end: end) else { break }
            index = numberEnd + 2
        }
        guard let listEnd else { return nil }
        return (Pinpoint(kind: .other, text: text.string(offset..<listEnd)), listEnd)
    }

    /// The words marking an exhibit, each followed by a space.
    private static let exhibitMarks: [StaticString] = ["Exs. ", "Ex. ", "Exhibits ", "Exhibit "]

    /// An exhibit to a filing at `offset`: its mark and label (`Ex. C`, `Exs. 3-4`, `Exhibit AB`:
    /// up to three capitals or digits, a range of them), with a page or paragraph of it after
    /// (`Ex. C at 2`, `Ex. 3 ¶ 4`), or nil.
    private static func exhibit(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        guard let mark = exhibitMarks.first(where: { text.has($0, at: offset, end: end) }) else { return nil }
        let bytes = text.bytes
        var index = text.skipSpaces(from: offset + mark.utf8CodeUnitCount, end: end)
        func label() -> Bool {
            let start = index
            if index < end, Bytes.isDigit(bytes[index]) {
                while index < end, index - start < 4, Bytes.isDigit(bytes[index]) { index += 1 }
            } else {
                while index < end, index - start < 3, Bytes.isUpper(bytes[index]) { index += 1 }
            }
            return index > start && (index == end || !Bytes.isWordByte(bytes[index]) || bytes[index] == UInt8(ascii: ","))
        }
        guard label() else { return nil }
        let labelEnd = index
        if index + 1 < end, bytes[index] == UInt8(ascii: "-") {
            index += 1
            if !label() { index = labelEnd }
        }
        // `Ex. C at 2`, `Ex. 3 ¶ 4`: the place in the exhibit.
        let after = text.skipSpaces(from: index, end: end)
        var placeAt: Int?
        if after > index, text.has("at ", at: after, end: end) {
            placeAt = text.skipSpaces(from: after + 3, end: end)
        } else if after > index, after < end, bytes[after] == 0xC2 {
            placeAt = after
        }
        if let placeAt, placeAt < end, Bytes.isDigit(bytes[placeAt]) || bytes[placeAt] == 0xC2,
           let place = parse(text, at: placeAt, end: end, allowRoman: false) {
            index = place.end
        }
        return (Pinpoint(kind: .other, text: text.string(offset..<index)), index)
    }

    /// The width of a word naming a numbered part of a work at `offset`, capitalised or not.
    private static func partMark(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard offset < end else { return nil }
        switch text.bytes[offset] {
        case UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: "F"), UInt8(ascii: "f"), UInt8(ascii: "C"), UInt8(ascii: "c"),
             UInt8(ascii: "A"), UInt8(ascii: "a"):
            return word(text, at: offset, end: end, among: partMarks)
        default:
            return nil
        }
    }

    /// A part's number: `31`, `A-233`, `3.2`, `3-95`, `18–19`, and just past it.
    private static func partNumber(_ bytes: [UInt8], at offset: Int, end: Int) -> Int? {
        var index = offset
        // A lettered series of up to three capitals: `A-233`, `ES-4`, `B2`.
        var capitals = 0
        while capitals < 3, index + capitals < end, Bytes.isUpper(bytes[index + capitals]) { capitals += 1 }
        if capitals > 0, index + capitals < end, bytes[index + capitals] == UInt8(ascii: "-") || Bytes.isDigit(bytes[index + capitals]) {
            index += capitals + (bytes[index + capitals] == UInt8(ascii: "-") ? 1 : 0)
        }
        guard index < end, Bytes.isDigit(bytes[index]) else { return nil }
        while index < end {
            if Bytes.isDigit(bytes[index]) || Bytes.isLetter(bytes[index]) {
                index += 1
            } else if bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "-"), index + 1 < end, Bytes.isDigit(bytes[index + 1]) {
                index += 1
            } else if let afterDash = dash(bytes, at: index, end: end), afterDash < end, Bytes.isDigit(bytes[afterDash]) {
                index = afterDash
            } else {
                break
            }
        }
        return index
    }

    /// `1983`, `1981–1983`, `106, 107`: the sections after `§` or `§§`.
    private static func sectionList(_ bytes: [UInt8], at offset: Int, end: Int) -> Int? {
        guard var index = sectionNumber(bytes, at: offset, end: end) else { return nil }
        while true {
            if let afterDash = dash(bytes, at: index, end: end), let second = sectionNumber(bytes, at: afterDash, end: end) {
                index = second
            } else if let next = listContinuation(bytes, at: index, end: end), let item = sectionNumber(bytes, at: next, end: end) {
                index = item
            } else if let group = subdivisionContinuation(bytes, at: index, end: end) {
                index = group
            } else {
                return index
            }
        }
    }

    /// The end of a further subdivision of the section before: ` & (g)`, `, (b)(2)`, or the range's
    /// last one after a dash (`(a)–(b)`, `(e)(1)–(17)`).
    private static func subdivisionContinuation(_ bytes: [UInt8], at offset: Int, end: Int) -> Int? {
        var index = offset
        // `(a) & (g)`, or `(a)&(g)` as some write it.
        let ampersand = index < end && bytes[index] == UInt8(ascii: " ") ? index + 1 : index
        if offset > 0, bytes[offset - 1] == UInt8(ascii: ")"), let afterDash = dash(bytes, at: offset, end: end) {
            index = afterDash
        } else if ampersand < end, bytes[ampersand] == UInt8(ascii: "&") {
            index = ampersand + 1
            if index < end, bytes[index] == UInt8(ascii: " ") { index += 1 }
        } else if index + 1 < end, bytes[index] == UInt8(ascii: ","), bytes[index + 1] == UInt8(ascii: " ") {
            index += 2
        } else {
            return nil
        }
        guard index < end, bytes[index] == UInt8(ascii: "(") else { return nil }
        var groupsEnd = index
        while groupsEnd < end, bytes[groupsEnd] == UInt8(ascii: "("), let close = groupEnd(bytes, at: groupsEnd, end: end) { groupsEnd = close }
        return groupsEnd > index ? groupsEnd : nil
    }

    /// Just past a parenthesized subdivision at `offset`: `(a)`, `(iv)`, `(1-2)`.
    private static func groupEnd(_ bytes: [UInt8], at offset: Int, end: Int) -> Int? {
        var close = offset + 1
        while close < end, close - offset <= 8,
              Bytes.isLetter(bytes[close]) || Bytes.isDigit(bytes[close]) || bytes[close] == UInt8(ascii: "-") { close += 1 }
        // `(f )`: a PDF conversion's space after an italic letter.
        if close > offset + 1, close + 1 < end, bytes[close] == UInt8(ascii: " "), bytes[close + 1] == UInt8(ascii: ")") { close += 1 }
        guard close < end, close > offset + 1, bytes[close] == UInt8(ascii: ")") else { return nil }
        return close + 1
    }

    /// `1983`, `230(c)(1)`, `2000e-2(a)`, `425.16`, `0:04.1`, `93A`: one section number.
    private static func sectionNumber(_ bytes: [UInt8], at offset: Int, end: Int) -> Int? {
        guard offset < end, Bytes.isDigit(bytes[offset]) else { return nil }
        var index = offset
        while index < end {
            let byte = bytes[index]
            if Bytes.isDigit(byte) || Bytes.isLetter(byte) {
                index += 1
            } else if byte == UInt8(ascii: ":"), index + 2 < end, bytes[index + 1] == UInt8(ascii: " "), Bytes.isDigit(bytes[index + 2]) {
                // `§ 12: 40`: a treatise's chapter and section, a space slipped in after the colon.
                index += 2
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-"),
                      index + 1 < end, Bytes.isDigit(bytes[index + 1]) || (byte == UInt8(ascii: "-") && Bytes.isLetter(bytes[index + 1])) {
                index += 1
            } else if byte == UInt8(ascii: "("), let close = groupEnd(bytes, at: index, end: end) {
                index = close
            } else if byte == UInt8(ascii: "."), index > offset, index + 1 < end, bytes[index + 1] == UInt8(ascii: "("),
                      let close = groupEnd(bytes, at: index + 1, end: end) {
                // `§154.(a)(2)`: a stray period between a section and its subdivision ends nothing.
                index = close
            } else {
                break
            }
        }
        return index
    }

    /// `andJoins`: after a page mark, `pp. 65 and 67-68` lists pages as `pp. 65, 67-68` does.
    private static func parsePages(_ text: CitationText, at offset: Int, end: Int, allowRoman: Bool, andJoins: Bool = false) -> (pinpoint: Pinpoint, end: Int)? {
        let bytes = text.bytes
        guard let first = page(bytes, at: offset, end: end, allowRoman: allowRoman) else { return nil }
        var index = first
        var kind = Pinpoint.Kind.page
        if let afterDash = dash(bytes, at: index, end: end), let second = page(bytes, at: afterDash, end: end, allowRoman: allowRoman) {
            index = second
            kind = .pages
        }
        while let next = listContinuation(bytes, at: index, end: end) ?? (andJoins ? andContinuation(text, at: index, end: end) : nil),
              let item = page(bytes, at: next, end: end, allowRoman: allowRoman) {
            index = item
            if let afterDash = dash(bytes, at: index, end: end), let second = page(bytes, at: afterDash, end: end, allowRoman: allowRoman) {
                index = second
            }
            kind = .pages
        }
        // `556 n.19`, `557 nn.19, 23`: notes on a page.
        let space = text.skipSpaces(from: index, end: end)
        if space > index, let width = word(text, at: space, end: end, among: noteMarks) {
            let numbers = text.skipSpaces(from: space + width, end: end)
            if let listEnd = numberList(bytes, at: numbers, end: end, allowGroups: false) {
                index = listEnd
                kind = .note
            }
        }
        return (Pinpoint(kind: kind, text: text.string(offset..<index)), index)
    }

    /// `SD-7`, `Overview-3`, `Summary Tables-4`, `QDT-1 to QDT-8`, `MREFC-14–MREFC-15`: pages a
    /// budget document numbers within each of its parts, the part's name and the page joined by a
    /// hyphen; read only after `p.` or `pp.`, so the label is the pinpoint, never a title's words.
    private static func labelledPages(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        // The gate: a capital after the page mark, where a page number has a digit.
        guard offset < end, Bytes.isUpper(text.bytes[offset]), let first = pageLabel(text.bytes, at: offset, end: end) else { return nil }
        var index = first
        var kind = Pinpoint.Kind.page
        if text.has(" to ", at: index, end: end), let last = pageLabel(text.bytes, at: index + 4, end: end) {
            (index, kind) = (last, .pages)
        } else if let afterDash = dash(text.bytes, at: index, end: end),
                  let last = pageLabel(text.bytes, at: afterDash, end: end) ?? page(text.bytes, at: afterDash, end: end, allowRoman: false).map({ afterDash + $0 }),
                  wordEnds(text.bytes, at: last, end: end) {
            (index, kind) = (last, .pages)
        }
        return (Pinpoint(kind: kind, text: text.string(offset..<index)), index)
    }

    /// Just past one page label at `offset`: up to three capitalised words, the last joined by a
    /// hyphen to the page's number (`SD-7`, `Summary Tables-4`).
    private static func pageLabel(_ bytes: [UInt8], at offset: Int, end: Int) -> Int? {
        var index = offset
        for _ in 0..<3 {
            guard index < end, Bytes.isUpper(bytes[index]) else { return nil }
            var wordEnd = index + 1
            while wordEnd < end, wordEnd - index < longestLabelWord, Bytes.isLetter(bytes[wordEnd]) { wordEnd += 1 }
            guard wordEnd < end else { return nil }
            if bytes[wordEnd] == UInt8(ascii: "-") {
                var digitsEnd = wordEnd + 1
                while digitsEnd < end, Bytes.isDigit(bytes[digitsEnd]) { digitsEnd += 1 }
                guard digitsEnd > wordEnd + 1, wordEnds(bytes, at: digitsEnd, end: end) else { return nil }
                return digitsEnd
            }
            guard bytes[wordEnd] == UInt8(ascii: " ") else { return nil }
            index = wordEnd + 1
        }
        return nil
    }

    /// The longest word of a page label, in letters.
    private static let longestLabelWord = 24

    /// `19`, `19(2)`, `3–11`, `19, 23`: the numbers after a pinpoint mark.
    /// Where the next item of a list of sections opens after an item's name in quotation marks
    /// (` ("Fees"), 4(D)`, ` (“Fees”), 4(D)`), or nil when none follows at `offset`.
    private static func pastQuotedName(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard text.has(" (", at: offset, end: end), text.has("\"", at: offset + 2, end: end) || text.has("“", at: offset + 2, end: end),
              let close = text.closingBracket(after: offset + 1, end: end), text.has(", ", at: close, end: end),
              close + 2 < end, Bytes.isDigit(text.bytes[close + 2]) else { return nil }
        return close + 2
    }

    private static func numberList(_ bytes: [UInt8], at offset: Int, end: Int, allowGroups: Bool) -> Int? {
        guard let first = number(bytes, at: offset, end: end, allowGroups: allowGroups) else { return nil }
        var index = first
        if let afterDash = dash(bytes, at: index, end: end), let second = number(bytes, at: afterDash, end: end, allowGroups: allowGroups) {
            index = second
        }
        while let next = listContinuation(bytes, at: index, end: end),
              let item = number(bytes, at: next, end: end, allowGroups: allowGroups) {
            index = item
            if let afterDash = dash(bytes, at: index, end: end), let second = number(bytes, at: afterDash, end: end, allowGroups: allowGroups) {
                index = second
            }
        }
        return index
    }

    private static func number(_ bytes: [UInt8], at offset: Int, end: Int, allowGroups: Bool) -> Int? {
        var index = offset
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > offset else { return nil }
        if let following = gluedFollowing(bytes, at: index, end: end) { index += following }
        while index < end, Bytes.isLower(bytes[index]), index + 1 >= end || !Bytes.isLetter(bytes[index + 1]) { index += 1 }
        // Article subdivisions: `19(2)`, `2(1)(a)`.
        while allowGroups, index < end, bytes[index] == UInt8(ascii: "(") {
            var close = index + 1
            while close < end, Bytes.isLetter(bytes[close]) || Bytes.isDigit(bytes[close]) { close += 1 }
            guard close < end, close > index + 1, bytes[close] == UInt8(ascii: ")") else { break }
            index = close + 1
        }
        return wordEnds(bytes, at: index, end: end) ? index : nil
    }

    /// Whether a byte can open a marked pinpoint word: `para.`, `art.`, `n.` (`word` ignores the
    /// first letter's case), `p.`, or a labelled part (`Table`, `Figure`, `Chapter`, `Annex`).
    private static func canOpenMark(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "p"), UInt8(ascii: "P"), UInt8(ascii: "a"), UInt8(ascii: "A"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "r"), UInt8(ascii: "R"),
             UInt8(ascii: "T"), UInt8(ascii: "t"), UInt8(ascii: "F"), UInt8(ascii: "f"), UInt8(ascii: "C"), UInt8(ascii: "c"): true
        default: false
        }
    }

    /// Whether a byte is a lower-case Roman digit.
    private static func isRomanDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x"), UInt8(ascii: "l"), UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "m"): true
        default: false
        }
    }

    private static func page(_ bytes: [UInt8], at offset: Int, end: Int, allowRoman: Bool) -> Int? {
        var index = offset
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        if index == offset, allowRoman {
            while index < end, isRomanDigit(bytes[index]) { index += 1 }
            guard isRomanNumeral(bytes[offset..<index]) else { return nil }
        } else if index > offset, let following = gluedFollowing(bytes, at: index, end: end) {
            index += following
        }
        // `140ff`, `88f`: the page and those following it, one place.
        if index > offset, index < end, Bytes.isDigit(bytes[index - 1]), bytes[index] == UInt8(ascii: "f") {
            let following = index + 1 < end && bytes[index + 1] == UInt8(ascii: "f") ? index + 2 : index + 1
            if wordEnds(bytes, at: following, end: end) { index = following }
        }
        guard index > offset, wordEnds(bytes, at: index, end: end) else { return nil }
        return index
    }

    /// Whether `letters` are a well-formed lower-case Roman numeral (`xxvii`, not `mild`).
    private static func isRomanNumeral(_ letters: ArraySlice<UInt8>) -> Bool {
        let digits = letters.map(romanValue)
        guard !digits.isEmpty, !digits.contains(0) else { return false }
        var total = 0
        for (index, value) in digits.enumerated() {
            total += index + 1 < digits.count && value < digits[index + 1] ? -value : value
        }
        guard (1...3999).contains(total) else { return false }
        let symbols: [(Int, String)] = [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                                        (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
        var canonical = ""
        var rest = total
        for (value, symbol) in symbols {
            while rest >= value {
                canonical += symbol
                rest -= value
            }
        }
        return canonical.utf8.elementsEqual(letters)
    }

    private static func romanValue(_ letter: UInt8) -> Int {
        switch letter {
        case UInt8(ascii: "i"): 1
        case UInt8(ascii: "v"): 5
        case UInt8(ascii: "x"): 10
        case UInt8(ascii: "l"): 50
        case UInt8(ascii: "c"): 100
        case UInt8(ascii: "d"): 500
        case UInt8(ascii: "m"): 1000
        default: 0
        }
    }

    /// Whether a number or numeral ends at `offset`; a dash or any other sign ends it.
    private static func wordEnds(_ bytes: [UInt8], at offset: Int, end: Int) -> Bool {
        offset >= end || !(Bytes.isLetter(bytes[offset]) || Bytes.isDigit(bytes[offset]))
    }

    /// The offset after a hyphen, en dash, em dash or minus sign at `offset`.
    private static func dash(_ bytes: [UInt8], at offset: Int, end: Int) -> Int? {
        guard offset < end else { return nil }
        // `120 –35`: a space left before the en dash of a range, a digit right after it.
        if bytes[offset] == UInt8(ascii: " "), offset + 4 < end, bytes[offset + 1] == 0xE2, bytes[offset + 2] == 0x80,
           bytes[offset + 3] == 0x93, Bytes.isDigit(bytes[offset + 4]) {
            return offset + 4
        }
        // `22--23`: an en dash as LaTeX and some templates write it.
        if bytes[offset] == UInt8(ascii: "-") {
            // `88- 92`: a range a line wrap broke after its hyphen.
            if offset + 2 < end, bytes[offset + 1] == UInt8(ascii: " "), Bytes.isDigit(bytes[offset + 2]) { return offset + 2 }
            return offset + 1 < end && bytes[offset + 1] == UInt8(ascii: "-") ? offset + 2 : offset + 1
        }
        // `1010−11`: a typesetter's minus sign (U+2212) printed as the range's dash.
        if offset + 2 < end, bytes[offset] == 0xE2, bytes[offset + 1] == 0x88, bytes[offset + 2] == 0x92 { return offset + 3 }
        if offset + 2 < end, bytes[offset] == 0xE2, bytes[offset + 1] == 0x80, bytes[offset + 2] == 0x93 || bytes[offset + 2] == 0x94 {
            // `325– 331`: a PDF conversion broke the range at its dash, and the line break became a space.
            if offset + 4 < end, bytes[offset + 3] == UInt8(ascii: " "), Bytes.isDigit(bytes[offset + 4]) { return offset + 4 }
            return offset + 3
        }
        return nil
    }

    /// The offset of the next item after `, ` or ` & ` in a list of numbers.
    /// ` and 67`: the next page after `and`, when a digit follows it.
    private static func andContinuation(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard text.has(" and ", at: offset, end: end), offset + 5 < end, Bytes.isDigit(text.bytes[offset + 5]) else { return nil }
        return offset + 5
    }

    private static func listContinuation(_ bytes: [UInt8], at offset: Int, end: Int) -> Int? {
        var index = offset
        if index + 1 < end, bytes[index] == UInt8(ascii: ","), bytes[index + 1] == UInt8(ascii: " ") {
            index += 2
        } else if index + 2 < end, bytes[index] == UInt8(ascii: " "), bytes[index + 1] == UInt8(ascii: "&"), bytes[index + 2] == UInt8(ascii: " ") {
            index += 3
        } else {
            return nil
        }
        // `§ 12, 4 May 2012`: a date after the list is no more of it.
        return index < end && Bytes.isDigit(bytes[index]) && !DateWords.opensDayAndMonth(bytes[index..<end]) ? index : nil
    }

    /// The width of `¶`/`§` (doubled or not) and the space after it.
    private static func markWidth(_ bytes: [UInt8], at offset: Int, end: Int, lead: UInt8) -> Int? {
        var index = offset
        while index + 1 < end, bytes[index] == 0xC2, bytes[index + 1] == lead { index += 2 }
        return index > offset ? index - offset : nil
    }

    /// Paragraphs, and the margin numbers of continental commentaries and treatises (`Rn. 12`, `ref. 32`).
    /// `paras 44-47`, `para 5`: the McGill Guide's marks, without periods.
    private static let paragraphMarks: [StaticString] = ["paras.", "para.", "paras ", "para ", "pars. ", "par. ", "Rn.", "Rdnr.", "ref."]
    private static let articleMarks: [StaticString] = ["arts.", "art."]
    private static let noteMarks: [StaticString] = ["nn.", "n."]
    private static let pageMarks: [StaticString] = ["pp. ", "p. "]
    /// OSCOLA's and South Africa's page marks without a period (`p 33`, `pp 4-6`), taken only before a digit.
    private static let unperiodedPageMarks: [StaticString] = ["pp ", "p "]
    /// Words naming the numbered parts of a report or book, each followed by a space.
    private static let partMarks: [StaticString] = [
        "Tables ", "Table ", "Figures ", "Figure ", "Figs. ", "Fig. ", "Chapters ", "Chapter ", "Annexes ", "Annex ", "Appendix ", "chs. ", "ch. ", "chap. ",
    ]

    /// The words that mark a comment or illustration of a section, each followed by a space.
    private static let commentMarks: [StaticString] = ["cmt. ", "cmts. ", "comment ", "comments ", "illus. ", "illustration "]

    /// The offset past a comment or illustration at `offset` (`cmt. b`, `Comment c`, `illus. 3`,
    /// `cmts. b-c`): its mark and a label of a letter or a number, or nil.
    static func comment(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        guard let width = word(text, at: offset, end: end, among: commentMarks) else { return nil }
        let bytes = text.bytes
        var index = offset + width
        func label() -> Bool {
            let start = index
            if index < end, Bytes.isLetter(bytes[index]) {
                index += 1
            } else {
                while index < end, index - start < 3, Bytes.isDigit(bytes[index]) { index += 1 }
            }
            return index > start && (index == end || !Bytes.isWordByte(bytes[index]))
        }
        guard label() else { return nil }
        // `cmts. b-c`, `cmt. b, c`? Only the range: a comma may begin the author's words.
        let beforeRange = index
        if index + 1 < end, bytes[index] == UInt8(ascii: "-") {
            index += 1
            if !label() { index = beforeRange }
        }
        return index
    }

    /// The width of `p ` or `pp ` at `offset` when a digit follows it, in lower case only (`P 155`
    /// is the Probate reports' page), or nil.
    private static func unperiodedPageMark(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        for mark in unperiodedPageMarks where text.has(mark, at: offset, end: end) {
            let width = mark.utf8CodeUnitCount
            return offset + width < end && Bytes.isDigit(text.bytes[offset + width]) ? width : nil
        }
        return nil
    }

    private static func word(_ text: CitationText, at offset: Int, end: Int, among words: [StaticString]) -> Int? {
        for word in words where text.has(word, at: offset, end: end, ignoringFirstLetterCase: true) {
            return word.utf8CodeUnitCount
        }
        return nil
    }
}
