import LowLevel

/// The rest of a list of code sections that the pinpoint reader leaves, as agencies write them:
/// `§§ 61.2(h); 61.4(b)(1)`, `§§ 160.5(c),  160.6` (two spaces), `§§ 160.1(c), 160.3(b) and (e),
/// and 160.9(g)`, an elided range `§ 160.101-.104`, and a later item that leaves out its part
/// (`§§ 160.101-103, 110-114` cites `160.110-114`).
///
/// The list comes back as one `§§` pinpoint whose items part at `, ` before a number, as
/// `StatuteForm.sections` splits them, so each section is its own work under the same code.
enum SectionListTail {
    /// The section pinpoint `parsed` (read up to `parsedEnd`) with the list's further items and
    /// each item's part, or nil when it has nothing to add.
    static func read(_ text: CitationText, _ parsed: Pinpoint, end parsedEnd: Int, limit: Int) -> (pinpoint: Pinpoint, end: Int)? {
        guard parsed.kind == .section else { return nil }
        var step = next(text, at: parsedEnd, limit: limit)
        // The cheap gate: nothing follows and the pinpoint holds no list.
        guard step != nil || parsed.text.utf8.contains(UInt8(ascii: ",")) else { return nil }
        var written = String(parsed.text.drop { $0 == "§" || $0 == " " })
        var end = parsedEnd
        var grew = false
        while let found = step {
            written += found.joint + text.string(found.start..<found.end)
            end = found.end
            grew = true
            step = next(text, at: found.end, limit: limit)
        }
        var items = split(written)
        var completed = false
        // `§25.30(1)(c), 2017`: after one section and a comma, a year is the code's edition or the
        // next citation's opening (`, 2017 Conn. Acts 17-28`), no section of its part (`25.2017`).
        if !parsed.text.hasPrefix("§§"), items.count > 1, let last = items.last, isYear(last) {
            items.removeLast()
            completed = true
        }
        let first = items.first.map(partPrefix) ?? nil
        if let first {
            for index in items.indices.dropFirst() where partPrefix(items[index]) == nil && items[index].first?.isNumber == true {
                items[index] = first + items[index]
                completed = true
            }
        }
        let marks = parsed.text.hasPrefix("§§") ? "§§" : "§"
        // A single `§` before several sections of one part (`§ 160.1(b)(7), 160.5-.9`) cites each.
        let isList = marks == "§§" || (items.count > 1 && items.allSatisfy { partPrefix($0) != nil })
        guard grew || completed || (isList && marks == "§") else { return nil }
        let joined = items.joined(separator: ", ")
        return (Pinpoint(kind: .section, text: (isList ? "§§ " : "§ ") + joined), end)
    }

    /// Whether the semicolon at `semicolon` goes on with a list of sections (`§§ 61.2(h); 61.4(b)(1)`),
    /// which parts no citations: a section of a part (`61.4`) opens the words after it, no capitalised
    /// word follows the number (`; 42 U.S.C.`), and the piece from `pieceStart` holds `§§`.
    static func continuesList(_ text: CitationText, semicolon: Int, pieceStart: Int, end: Int) -> Bool {
        let next = text.skipSpaces(from: semicolon + 1, end: end)
        // The cheap test: a digit after the semicolon and a section's last byte before it.
        guard next < end, Bytes.isDigit(text.bytes[next]), semicolon > pieceStart,
              Bytes.isWordByte(text.bytes[semicolon - 1]) || text.bytes[semicolon - 1] == UInt8(ascii: ")"),
              let section = PinpointParser.bareSection(text, at: next, end: end),
              text.bytes[next..<section.end].contains(UInt8(ascii: ".")) else { return false }
        if section.end + 1 < end, text.bytes[section.end] == UInt8(ascii: " "), Bytes.isUpper(text.bytes[section.end + 1]) { return false }
        var index = pieceStart
        while index + 3 < semicolon {
            if text.bytes[index] == 0xC2, text.bytes[index + 1] == 0xA7, text.bytes[index + 2] == 0xC2, text.bytes[index + 3] == 0xA7 { return true }
            index += 1
        }
        return false
    }

    /// The first group of a subdivision list whose later groups leave out leading levels
    /// (`(c)(2)(i)-(iii), (v), (c)(9)` is at `(c)(2)(i)-(iii)`); a list of groups of one depth
    /// (`(c), (d)`, `(a)(2)(B), (b)(2)(B)`) stays whole.
    static func firstGroup(_ subdivision: Substring) -> Substring {
        guard subdivision.first == "(" else { return subdivision }
        // `(e)(4) and (5)`: a last group after `and` is one of the list too.
        if let joint = subdivision.range(of: " and ("), !subdivision[..<joint.lowerBound].contains(",") {
            let head = subdivision[..<joint.lowerBound]
            if levels(subdivision[subdivision.index(before: joint.upperBound)...]) < levels(head) { return head }
        }
        guard let comma = subdivision.range(of: ", (") else { return subdivision }
        let head = subdivision[..<comma.lowerBound]
        let depth = levels(head)
        var rest = subdivision[subdivision.index(after: comma.lowerBound)...]
        while let group = rest.drop(while: { $0 == " " }).split(separator: ",", maxSplits: 1).first {
            if levels(group) < depth { return head }
            guard let next = rest.range(of: ", (") else { break }
            rest = rest[rest.index(after: next.lowerBound)...]
        }
        return subdivision
    }

    /// The number of parenthesized levels before a range's dash: `(c)(2)(i)-(iii)` has 3.
    private static func levels(_ group: Substring) -> Int {
        let beforeDash = group.prefix { $0 != "-" && $0 != "–" && $0 != "—" }
        return beforeDash.filter { $0 == "(" }.count
    }

    /// Whether a list's item is a year alone: four digits from 1900 to 2099.
    private static func isYear(_ item: String) -> Bool {
        item.count == 4 && item.allSatisfy(\.isNumber) && Int(item).map { (1900...2099).contains($0) } == true
    }

    /// `160.` of `160.101-103`: a regulation's part and its period, nil when the section has none.
    private static func partPrefix(_ item: String) -> String? {
        let number = item.prefix { $0.isNumber || $0 == "." }
        guard let period = number.firstIndex(of: "."), period > number.startIndex,
              number[number.index(after: period)...].first?.isNumber == true else { return nil }
        return String(number[...period])
    }

    /// Items part at `, ` before a number (spaces squeezed), as `StatuteForm.sections` reads them.
    private static func split(_ written: String) -> [String] {
        let squeezed = written.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        var items: [String] = []
        var current = ""
        var rest = Substring(squeezed)
        while let comma = rest.range(of: ", ") {
            current += rest[..<comma.lowerBound]
            if rest[comma.upperBound...].first?.isNumber == true {
                items.append(current)
                current = ""
            } else {
                current += ", "
            }
            rest = rest[comma.upperBound...]
        }
        items.append(current + rest)
        return items
    }

    /// The next piece of the list at `offset`: the joint as the list keeps it and the printed piece.
    private static func next(_ text: CitationText, at offset: Int, limit: Int) -> (joint: String, start: Int, end: Int)? {
        let bytes = text.bytes
        guard offset < limit else { return nil }
        // The cheap gate: a list goes on only after `;`, `,`, a space or a dash.
        let lead = bytes[offset]
        guard lead == UInt8(ascii: ";") || lead == UInt8(ascii: ",") || lead == UInt8(ascii: " ") || lead == UInt8(ascii: "-") else { return nil }
        // `160.101-.104`: an elided range's end.
        if lead == UInt8(ascii: "-"), offset + 2 < limit, bytes[offset + 1] == UInt8(ascii: "."), Bytes.isDigit(bytes[offset + 2]) {
            var index = offset + 2
            while index < limit, Bytes.isDigit(bytes[index]) { index += 1 }
            guard text.isWordEnd(index, end: limit) || bytes[index] == UInt8(ascii: "(") else { return nil }
            if let groups = groupsEnd(bytes, at: index, end: limit) { index = groups }
            return ("", offset, index)
        }
        var index = offset
        var joint = ", "
        if lead == UInt8(ascii: ";") || lead == UInt8(ascii: ",") { index += 1 }
        let afterPunctuation = index
        index = text.skipSpaces(from: index, end: limit)
        // `160.3(b) and (e)`, `(b), and 160.9(g)`.
        if text.has("and ", at: index, end: limit) {
            index = text.skipSpaces(from: index + 4, end: limit)
            if index < limit, bytes[index] == UInt8(ascii: "("), let groups = groupsEnd(bytes, at: index, end: limit) {
                return (lead == UInt8(ascii: ",") ? ", and " : " and ", index, groups)
            }
        } else if lead == UInt8(ascii: " ") {
            return nil
        } else if lead == UInt8(ascii: ","), index == afterPunctuation + 1 {
            // `, (4)` and `, 160.6` with one space are the pinpoint reader's; only what it leaves is read here.
            if index < limit, bytes[index] == UInt8(ascii: "("), bytes[offset - 1] == UInt8(ascii: ")"),
               let groups = groupsEnd(bytes, at: index, end: limit) {
                joint = ", "
                return (joint, index, groups)
            }
        }
        guard index < limit, Bytes.isDigit(bytes[index]), let section = PinpointParser.bareSection(text, at: index, end: limit) else { return nil }
        // `; 42 U.S.C. § 1983`: a new cite's title number, no section of this list.
        if text.has(" ", at: section.end, end: limit), section.end + 1 < limit, Bytes.isUpper(bytes[section.end + 1]) { return nil }
        let sectionText = section.pinpoint.text.dropFirst(2)
        // A section of a list after `;` is one of a part (`61.4`), as regulations number them.
        if lead == UInt8(ascii: ";"), !sectionText.contains(".") { return nil }
        return (joint, index, section.end)
    }

    /// Just past the parenthesized groups at `offset` (`(b)(1)`, `(i)-(iii)`), nil when none is there.
    private static func groupsEnd(_ bytes: [UInt8], at offset: Int, end: Int) -> Int? {
        var index = offset
        while index < end, bytes[index] == UInt8(ascii: "(") {
            var close = index + 1
            while close < end, close - index <= 8, bytes[close] != UInt8(ascii: ")"), Bytes.isWordByte(bytes[close]) { close += 1 }
            guard close < end, bytes[close] == UInt8(ascii: ")"), close > index + 1 else { break }
            index = close + 1
            if index + 1 < end, bytes[index] == UInt8(ascii: "-"), bytes[index + 1] == UInt8(ascii: "(") { index += 1 }
        }
        return index > offset ? index : nil
    }
}
