import LowLevel

/// Where a saved web page's article starts: its title heading, after the site's menus, search
/// box, icons, breadcrumbs and sign-in links, which are furniture.
///
/// Found by structure, from the top: units that carry no prose (links, images, markup, short
/// labels, a heading naming a site tool such as `Search`) until the first level-one heading
/// (`# Title`). That heading starts the article when what came before shows a site: a `main`
/// landmark (`role="main"`, `<main>`), a `Skip to` link (Markdown's or HTML's), an image (an inline
/// icon `data:image/...`, a logo `![...](...)` or `<img ...>`), or
/// five links or more (Markdown's `[text](url)` or HTML's `<a href>`). A unit of prose (a line of more than six words outside links), a note's
/// mark or a conventional section heading (`Abstract`, `I. Introduction`) before it leaves the
/// page as it is: an abstract or a byline is never dropped.
enum WebArticleStart {
    /// The index of the unit of `units` (each lines of `bytes`) that opens the article, when
    /// units before it are the site's furniture; nil when there is none to drop.
    static func index(in units: [[Range<Int>]], bytes: [UInt8]) -> Int? {
        // The cheap test: a page opens with a link, an image, markup or a list, never with a
        // heading or a word.
        guard let opening = units.first?.first, let lead = LineRules.trim(bytes[opening]).first,
              "[!<:-*+{".utf8.contains(lead) else { return nil }
        var evidence = Evidence()
        for (index, unit) in units.enumerated() {
            guard index < unitLimit, let first = unit.first else { return nil }
            let line = LineRules.trim(bytes[first])
            if unit.count == 1, let title = levelOneHeading(line) {
                if isSiteHeading(title) { continue }
                guard !isSectionHeading(title) else { return nil }
                // The site's name over its menu, and the work's own heading inside the page's
                // `main` landmark after them: the site's banner is furniture.
                if let later = laterTitle(in: units, after: index, evidence: Evidence(), bytes: bytes, needsLandmark: true) { return later }
                guard index > 0, evidence.showsSite else { return nil }
                // The journal's name as a link home, over the work's own heading (a repository's page).
                if WebChrome.isLinksAlone(title), let later = laterTitle(in: units, after: index, evidence: evidence, bytes: bytes) { return later }
                return index
            }
            guard evidence.read(unit, in: bytes) else { return nil }
        }
        return nil
    }

    /// Units read from the top for the title, at most: a site builder's page may carry its header's
    /// settings as hundreds of units of markup.
    private static let unitLimit = 2000

    /// The index of the next level-one heading after `start` when only furniture comes between.
    /// With `needsLandmark`, only when the page's `main` landmark opens between them.
    private static func laterTitle(in units: [[Range<Int>]], after start: Int, evidence: Evidence, bytes: [UInt8],
                                   needsLandmark: Bool = false) -> Int? {
        var evidence = evidence
        for index in units.indices.dropFirst(start + 1).prefix(60) {
            let unit = units[index]
            guard let first = unit.first else { return nil }
            if unit.count == 1, let title = levelOneHeading(LineRules.trim(bytes[first])) {
                if needsLandmark, !evidence.landmark { return nil }
                return isSiteHeading(title) || isSectionHeading(title) ? nil : index
            }
            guard evidence.read(unit, in: bytes) else { return nil }
        }
        return nil
    }

    /// What the units before the article showed.
    private struct Evidence {
        var landmark = false
        var links = 0

        var showsSite: Bool { landmark || links >= 5 }

        /// Reads a unit; false when it holds prose or a note's mark, which no site's furniture does.
        mutating func read(_ unit: [Range<Int>], in bytes: [UInt8]) -> Bool {
            var depth = 0
            for line in unit {
                let text = bytes[line]
                var plainWords = 0
                var index = text.startIndex
                while index < text.endIndex {
                    let byte = text[index]
                    switch byte {
                    case UInt8(ascii: "\\"):
                        index += 2
                        continue
                    case UInt8(ascii: "["), UInt8(ascii: "("), UInt8(ascii: "{"), UInt8(ascii: "<"):
                        if byte == UInt8(ascii: "<"), matchesFolded(text, at: index + 1, "main") { landmark = true }
                        if byte == UInt8(ascii: "<"), isAnchorOpening(text, at: index + 1) {
                            links += 1
                            // A skip link kept as HTML (`<a href="#main" class="skip">Skip to content</a>`).
                            if let shut = text[index...].firstIndex(of: UInt8(ascii: ">")), matchesFolded(text, at: shut + 1, "skip to") { landmark = true }
                        }
                        // The site's logo or seal as an HTML image (`<img src="/seal.png" alt="...">`).
                        if byte == UInt8(ascii: "<"), matchesFolded(text, at: index + 1, "img ") { landmark = true }
                        if byte == UInt8(ascii: "["), matchesFolded(text, at: index + 1, "skip to") { landmark = true }
                        if byte == UInt8(ascii: "["), index > text.startIndex, text[index - 1] == UInt8(ascii: "!") { landmark = true }
                        if byte == UInt8(ascii: "("), matchesFolded(text, at: index + 1, "data:image/") { landmark = true }
                        if byte == UInt8(ascii: "("), index > text.startIndex, text[index - 1] == UInt8(ascii: "]") { links += 1 }
                        depth += 1
                    case UInt8(ascii: "]"), UInt8(ascii: ")"), UInt8(ascii: "}"), UInt8(ascii: ">"):
                        depth = max(0, depth - 1)
                    case UInt8(ascii: "^"):
                        // A note's mark (`^[1](#fn1)^`, `^1^`) is the article's.
                        if index + 1 < text.endIndex, text[index + 1] == UInt8(ascii: "[") || Bytes.isDigit(text[index + 1]) { return false }
                    case UInt8(ascii: "r"):
                        if depth > 0, matchesFolded(text, at: index, "role=\"main\"") { landmark = true }
                    default:
                        if depth == 0, Bytes.isLetter(byte), index == text.startIndex || text[index - 1] == 0x20 {
                            plainWords += 1
                            if plainWords > 6 { return false }
                        }
                    }
                    index += 1
                }
            }
            return true
        }
    }

    /// Whether an HTML anchor opens at `index`, after its `<` (`<a href=...>`, or `<a` ending a
    /// line that a conversion wrapped): a site's menu kept as HTML (`pandoc -t gfm`) is links too.
    private static func isAnchorOpening(_ text: ArraySlice<UInt8>, at index: Int) -> Bool {
        guard index < text.endIndex, text[index] | 0x20 == UInt8(ascii: "a") else { return false }
        return index + 1 == text.endIndex || text[index + 1] == 0x20
    }

    /// The text of a level-one ATX heading (`# Title {#id .class}`), without its attributes.
    private static func levelOneHeading(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard line.count > 2, line.first == UInt8(ascii: "#"), line[line.startIndex + 1] == 0x20 else { return nil }
        let title = LineRules.trim(LineRules.withoutAttributes(line.dropFirst(2)))
        return title.isEmpty ? nil : title
    }

    /// Whether a heading names one of the site's tools (`# Search`), not a work.
    private static func isSiteHeading(_ title: ArraySlice<UInt8>) -> Bool {
        isOne(of: ["search", "menu", "navigation", "main menu", "main navigation", "quick search", "sign in", "log in"], title)
    }

    /// Whether a heading is a section's (`Abstract`, `Introduction`, `I. Background`), which a
    /// page's title never is.
    private static func isSectionHeading(_ title: ArraySlice<UInt8>) -> Bool {
        if let heading = LineRules.heading(title), heading.number != nil { return true }
        return isOne(of: ["abstract", "introduction", "contents", "table of contents", "summary", "notes", "footnotes", "references"], title)
    }

    /// Whether `text` is one of `words`, in any case.
    private static func isOne(of words: [StaticString], _ text: ArraySlice<UInt8>) -> Bool {
        words.contains { text.count == $0.utf8CodeUnitCount && LineRules.startsFolded(text, $0) }
    }

    /// Whether `text` holds `word` at `index`, in any case.
    private static func matchesFolded(_ text: ArraySlice<UInt8>, at index: Int, _ word: StaticString) -> Bool {
        guard index + word.utf8CodeUnitCount <= text.endIndex else { return false }
        return LineRules.startsFolded(text[index...], word)
    }
}
