import LowLevel

/// A web page's menu kept as plain words when its conversion dropped the links (`Home About
/// Archive Contact`, or a list of them, one a line), under the site's name: furniture, with the
/// site's name over it. The article's own heading after them is the title.
enum MenuWords {
    /// The words and phrases a site's menu is made of, folded.
    private static let items: Set<String> = [
        "home", "about", "about us", "about me", "archive", "archives", "blog", "contact", "contact us", "search", "menu",
        "subscribe", "donate", "login", "log in", "sign in", "sign up", "register", "categories", "tags", "topics", "news",
        "events", "podcast", "podcasts", "newsletter", "authors", "issues", "current issue", "past issues", "submissions",
        "masthead", "posts", "projects", "publications", "resources", "privacy", "privacy policy", "terms", "rss", "feed",
        "shop", "faq", "team", "people", "skip to content", "skip to main content", "main menu", "navigation", "toggle navigation",
        "follow", "share", "more", "print", "email", "twitter", "facebook", "linkedin",
    ]
    /// The first eight letters of each item's first word, packed: a line whose first word is none
    /// of them is passed by before any copy.
    private static let firstWords: Set<UInt64> = Set(items.compactMap { item in
        Bytes.packedLowercase(Array(item.utf8.prefix { $0 != 0x20 }.prefix(8)))
    })
    /// The items of which a menu names at least one.
    private static let anchors: Set<String> = ["home", "about", "about us", "about me", "contact", "contact us", "archive", "archives", "blog"]

    /// Units read from the top, at most.
    private static let unitLimit = 12

    /// The index of the unit after the site's name and menu of plain words at the top of `units`
    /// (lines of `bytes`), when three menu items or more (one of them `Home`, `About`, `Contact`,
    /// `Archive` or `Blog`) come before any prose; nil otherwise.
    static func articleStart(in units: [[Range<Int>]], bytes: [UInt8]) -> Int? {
        // Cheap first test: the page opens with a word, a heading or a list's bullet.
        guard let opening = units.first?.first, let lead = LineRules.trim(bytes[opening]).first,
              Bytes.isLetter(lead) || "#-*+".utf8.contains(lead) else { return nil }
        var found = 0
        var anchored = false
        var lastMenu: Int?
        for (index, unit) in units.prefix(unitLimit).enumerated() {
            if let menu = menuItems(unit, bytes: bytes, mayOpenWithName: lastMenu == nil) {
                found += menu.count
                anchored = anchored || menu.anchored
                lastMenu = index
                continue
            }
            // Before the menu: the site's name or motto, a short line or two.
            if lastMenu == nil, unit.count <= 2, unit.allSatisfy({ isShort(LineRules.trim(bytes[$0])) }) { continue }
            break
        }
        // The article's heading follows: a heading of any level, or a short line alone.
        guard let lastMenu, found >= 3, anchored, lastMenu + 1 < units.count, units[lastMenu + 1].count == 1,
              isShort(LineRules.trim(bytes[units[lastMenu + 1][0]])) else { return nil }
        return lastMenu + 1
    }

    /// The menu items of a unit whose every line is menu items (perhaps a list's bullets, parted by
    /// spaces, `|`, `/`, `·` or `•`); with `mayOpenWithName`, the first line may be the site's name
    /// over two menu lines or more. Nil for any other unit.
    private static func menuItems(_ unit: [Range<Int>], bytes: [UInt8], mayOpenWithName: Bool) -> (count: Int, anchored: Bool)? {
        var count = 0
        var anchored = false
        for (index, line) in unit.enumerated() {
            guard let items = lineItems(LineRules.trim(bytes[line])) else {
                if index == 0, mayOpenWithName, unit.count >= 3, isShort(LineRules.trim(bytes[line])) { continue }
                return nil
            }
            count += items.count
            anchored = anchored || items.anchored
        }
        return count > 0 ? (count, anchored) : nil
    }

    /// The menu items of one line, nil when anything else is on it: words each opening with a capital.
    private static func lineItems(_ line: ArraySlice<UInt8>) -> (count: Int, anchored: Bool)? {
        var text = line
        if text.count > 2, "-*+".utf8.contains(text[text.startIndex]), text[text.startIndex + 1] == 0x20 { text = LineRules.trim(text.dropFirst(2)) }
        guard !text.isEmpty, text.count <= 120, let first = text.first, Bytes.isUpper(first) else { return nil }
        let firstWord = text.prefix { $0 != 0x20 && $0 != UInt8(ascii: "|") && $0 != UInt8(ascii: "/") }
        guard let packed = Bytes.packedLowercase(firstWord.prefix(8)), firstWords.contains(packed) else { return nil }
        let words = text.split { $0 == 0x20 || $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "/") }
            .map { String(decoding: $0, as: UTF8.self) }
            .filter { $0 != "·" && $0 != "•" }
        var count = 0
        var anchored = false
        var index = 0
        while index < words.count {
            guard let first = words[index].utf8.first, Bytes.isUpper(first) else { return nil }
            // The longest phrase of up to four words that is an item.
            var matched = 0
            for length in stride(from: min(4, words.count - index), through: 1, by: -1) {
                let phrase = words[index..<(index + length)].joined(separator: " ").lowercased()
                if items.contains(phrase) {
                    matched = length
                    anchored = anchored || anchors.contains(phrase)
                    break
                }
            }
            guard matched > 0 else { return nil }
            count += 1
            index += matched
        }
        return count > 0 ? (count, anchored) : nil
    }

    /// A short line with no sentence in it: a site's name or motto (`The Harbor Law Blog`).
    private static func isShort(_ line: ArraySlice<UInt8>) -> Bool {
        guard !line.isEmpty, line.count <= 80, line.last != UInt8(ascii: ".") else { return false }
        return line.split(separator: 0x20).count <= 8
    }
}

extension EssayBuilder {
    /// Takes the first unit as the title when it is a heading of any level (`## Why Trusts Fail`)
    /// or a line alone, as a page's article heading under the site's name is.
    mutating func takeHeadingTitle() {
        guard let unit = pending.first, unit.count == 1 else { return }
        let line = LineRules.trim(file.bytes[unit[0]])
        let hashes = line.prefix { $0 == UInt8(ascii: "#") }.count
        // A level-one heading is the title by the usual rule.
        guard hashes != 1 else { return }
        if hashes > 0 { guard hashes <= 6, line.count > hashes + 1, line[line.startIndex + hashes] == 0x20 else { return } }
        let text = LineRules.withoutAttributes(LineRules.trim(line.dropFirst(hashes > 0 ? hashes + 1 : 0)))
        guard !text.isEmpty else { return }
        titlePieces = [text.startIndex..<text.endIndex]
        titleRange = file.range(ofBytes: unit[0])
        title = ""
        pending.removeFirst()
    }
}
