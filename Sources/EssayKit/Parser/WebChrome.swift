import LowLevel

/// A web page's furniture round the essay, as a conversion of the journal's site prints it before
/// the first heading: a `Skip to main content` link, menus and breadcrumbs (lines, or lists, of
/// links and nothing else), and the record of the work the page lists as labels in bold
/// (`**Report No.:** R48883`). None of it is text, a section or a claim.
enum WebChrome {
    /// Whether every line of `unit` is links alone (a menu, a breadcrumb, `[Skip to main
    /// content](#main)`), or the unit is a record of three lines or more, each a label in bold
    /// (`**Publication Date:** 04/17/2026`).
    static func isChrome(_ unit: [Range<Int>], in bytes: [UInt8]) -> Bool {
        guard let first = unit.first, let lead = LineRules.trim(bytes[first]).first else { return false }
        // The cheap test: a link, a list's bullet or a bold label opens the unit.
        switch lead {
        case UInt8(ascii: "["), UInt8(ascii: "-"), UInt8(ascii: "+"):
            return unit.allSatisfy { isLinksAlone(LineRules.trim(bytes[$0])) || isIssueItem(LineRules.trim(bytes[$0])) }
        case UInt8(ascii: "*"):
            return unit.allSatisfy { isLinksAlone(LineRules.trim(bytes[$0])) || isIssueItem(LineRules.trim(bytes[$0])) }
                || (unit.count >= 3 && unit.allSatisfy { isBoldLabel(LineRules.trim(bytes[$0])) })
        case UInt8(ascii: "<"):
            // The page's block markup kept as HTML (`<div class="banner">`, `</div>`, `<header>`).
            guard let last = unit.last else { return false }
            return LineRules.isBlockMarkup(bytes[first.lowerBound..<last.upperBound])
        default:
            return false
        }
    }

    /// Whether a line is links alone: after a list's bullet, one Markdown link or more
    /// (`[Home](/)`, with any `{.attributes}`), parted by nothing or by spaces and `|`, `>`, `/`,
    /// `·`, `•`; a breadcrumb may end with a short word after its last `>` (`> R48883`).
    static func isLinksAlone(_ line: ArraySlice<UInt8>) -> Bool {
        var index = line.startIndex
        if index + 1 < line.endIndex, "-*+".utf8.contains(line[index]), line[index + 1] == 0x20 {
            index += 2
            while index < line.endIndex, line[index] == 0x20 { index += 1 }
        }
        var links = 0
        var afterCrumb = false
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: "[") {
                guard let end = linkEnd(line, from: index) else { return false }
                links += 1
                index = end
                afterCrumb = false
            } else if byte == 0x20 || byte == UInt8(ascii: "|") || byte == UInt8(ascii: "/") {
                index += 1
            } else if byte == UInt8(ascii: ">") {
                afterCrumb = true
                index += 1
            } else if byte == 0xC2, index + 1 < line.endIndex, line[index + 1] == 0xB7 {
                index += 2
            } else if byte == 0xE2, index + 2 < line.endIndex, line[index + 1] == 0x80, line[index + 2] == 0xA2 {
                index += 3
            } else if afterCrumb, links >= 2 {
                // The breadcrumb's last step, the page itself: one short word to the line's end.
                let rest = line[index...]
                return rest.count <= 16 && !rest.contains(0x20)
            } else {
                return false
            }
        }
        return links > 0
    }

    /// Whether a unit is a list whose items are links alone, an item's link perhaps wrapped over
    /// lines (`-   [I. The Boards and Their](#boards)` / `    Ledgers](#boards)`): a contents list
    /// of links to the essay's parts.
    static func isListOfLinks(_ unit: [Range<Int>], in bytes: [UInt8]) -> Bool {
        guard let first = unit.first, LineRules.trim(bytes[first]).first.map({ "-*+".utf8.contains($0) }) == true else { return false }
        var joined: [UInt8] = []
        for line in unit {
            var text = LineRules.trim(bytes[line])
            if text.count > 1, "-*+".utf8.contains(text[text.startIndex]), text[text.startIndex + 1] == 0x20 {
                text = LineRules.trim(text.dropFirst(2))
            }
            if !joined.isEmpty { joined.append(0x20) }
            joined.append(contentsOf: text)
        }
        return isLinksAlone(joined[...])
    }

    /// The text of a list's one item that may be a byline, as a site lists its authors under the
    /// title (`* Jane Roe`, `-   [Jane Roe](https://review.example.org/author/roe/)`): the item's
    /// text, or its link's; nil for a line that is no such item.
    static func listedByline(_ line: Range<Int>, in bytes: [UInt8]) -> Range<Int>? {
        let text = LineRules.trim(bytes[line])
        guard text.count > 4, "-*+".utf8.contains(text[text.startIndex]), text[text.startIndex + 1] == 0x20 else { return nil }
        let item = LineRules.trim(text.dropFirst(2))
        guard let first = item.first else { return nil }
        if first != UInt8(ascii: "[") { return item.contains(UInt8(ascii: "[")) ? nil : item.startIndex..<item.endIndex }
        guard let close = item.firstIndex(of: UInt8(ascii: "]")), close + 1 < item.endIndex, item[close + 1] == UInt8(ascii: "("),
              !item[(item.startIndex + 1)..<close].contains(UInt8(ascii: "[")), let end = linkEnd(item, from: item.startIndex), end == item.endIndex
        else { return nil }
        return (item.startIndex + 1)..<close
    }

    /// Whether a line is a list's item naming the issue the page's work is in (`* Volume 138`,
    /// `-   Issue 6`, `* April 2025`), as a site lists it under the title.
    static func isIssueItem(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count > 2, "-*+".utf8.contains(line[line.startIndex]), line[line.startIndex + 1] == 0x20 else { return false }
        return PlainTitle.isIssueLine(LineRules.trim(line.dropFirst(2)))
    }

    /// Where a Markdown link that opens at `start` ends: `[text](target)`, its text perhaps holding
    /// brackets (an image's link), then any `{...}` attributes; nil when it is no link.
    private static func linkEnd(_ line: ArraySlice<UInt8>, from start: Int) -> Int? {
        var depth = 0
        var index = start
        while index < line.endIndex {
            if line[index] == UInt8(ascii: "[") { depth += 1 }
            if line[index] == UInt8(ascii: "]") {
                depth -= 1
                if depth == 0 { break }
            }
            index += 1
        }
        guard index + 1 < line.endIndex, line[index + 1] == UInt8(ascii: "(") else { return nil }
        guard let close = line[(index + 2)...].firstIndex(of: UInt8(ascii: ")")) else { return nil }
        var end = close + 1
        if end < line.endIndex, line[end] == UInt8(ascii: "{"), let brace = line[end...].firstIndex(of: UInt8(ascii: "}")) { end = brace + 1 }
        return end
    }

    /// Whether a line is a label in bold with its value (`**Report No.:** R48883`): a label of at
    /// most five words ending with a colon inside the bold.
    private static func isBoldLabel(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count > 6, line.starts(with: "**".utf8) else { return false }
        let inner = line.dropFirst(2)
        guard let close = LineRules.firstRange(of: ":**", in: inner), close.lowerBound - inner.startIndex <= 40 else { return false }
        return inner[inner.startIndex..<close.lowerBound].split(separator: 0x20).count <= 5
    }
}
