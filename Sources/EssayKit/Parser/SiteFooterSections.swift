import LowLevel

/// A web page's site footer and sidebar under the article, headed as sections (`Post navigation`,
/// `Recent Posts`, `Quick Links`, `Contact us`, `Online`, `Mail, Telephone, Fax, E-mail`, the
/// publisher's name, a copyright line): furniture, not the essay's last sections.
///
/// The run is taken from the end: it opens with a section headed by one of a footer's words
/// (`footerTitles`, or `About` and a name), and it and every section after it are short (at most
/// `longestText` bytes of text, raw HTML and lines of links alone not counted), unnumbered, and
/// mark no note. An essay's own last section, even a
/// short one, has another title or a note, so it stays.
enum SiteFooterSections {
    /// Bytes of text a footer's section holds at most.
    static let longestText = 1_200

    /// The titles a footer's sections take, lower-cased, without a closing colon.
    static let footerTitles: Set<String> = [
        "contact", "contact us", "contact information", "contact details", "get in touch", "online", "mail, telephone, fax, e-mail",
        "mail, telephone, fax & e-mail", "mail, telephone, fax and e-mail", "post navigation", "search", "search posts",
        "recent posts", "recent comments", "recent comments archives", "archives", "categories", "meta", "site footer content",
        "footer", "footer menu", "quick links", "useful links", "follow us", "connect with us", "stay connected", "share this",
        "share this post", "share this article", "subscribe", "newsletter", "sign up for our newsletter", "related posts",
        "related articles", "tags", "site map", "sitemap", "social media", "legal", "privacy policy", "copyright",
    ]

    /// Where the footer's run of sections starts among `sections`, or nil when the last section is
    /// the essay's.
    static func start(of sections: [RawSection], bytes: [UInt8]) -> Int? {
        var index = sections.count
        var found: Int?
        while index > 1 {
            let section = sections[index - 1]
            guard let heading = section.heading, heading.number == nil, isShort(section, bytes: bytes) else { break }
            index -= 1
            if isFooterTitle(section, bytes: bytes) { found = index }
        }
        return found
    }

    /// Whether a section is short and marks no note.
    private static func isShort(_ section: RawSection, bytes: [UInt8]) -> Bool {
        guard section.titleNotes.isEmpty else { return false }
        var total = 0
        for block in section.blocks {
            // A block of raw HTML (a logo's tags and inline image over several lines) is no text.
            let rawHTML = block.pieces.first.map { LineRules.trim(bytes[$0]).first == UInt8(ascii: "<") } ?? false
            for piece in block.pieces {
                let text = bytes[piece]
                if LineRules.firstRange(of: "[^", in: text) != nil || LineRules.firstRange(of: "<sup", in: text) != nil
                    || LineRules.firstRange(of: "#fn", in: text) != nil { return false }
                // Raw HTML (a logo's inline image) and lines of links alone are no text.
                let trimmed = LineRules.trim(text)
                if rawHTML || trimmed.first == UInt8(ascii: "<") || WebChrome.isLinksAlone(trimmed) { continue }
                total += piece.count
                guard total <= longestText else { return false }
            }
        }
        return true
    }

    /// Whether a section's title is a footer's (`footerTitles`, or `About` and a name of one to
    /// three words).
    private static func isFooterTitle(_ section: RawSection, bytes: [UInt8]) -> Bool {
        guard let piece = section.titlePieces.first, section.titlePieces.count == 1, piece.count <= 40 else { return false }
        var text = bytes[piece]
        while let first = text.first, first == 0x20 || first == UInt8(ascii: "#") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") {
            text = text.dropFirst()
        }
        while let last = text.last, last == 0x20 || last == UInt8(ascii: "*") || last == UInt8(ascii: "_") || last == UInt8(ascii: ":")
            || last == UInt8(ascii: "#") || last == 0x0D {
            text = text.dropLast()
        }
        let title = String(decoding: text, as: UTF8.self).lowercased()
        if footerTitles.contains(title) { return true }
        let words = title.split(separator: " ")
        return words.count >= 2 && words.count <= 4 && words[0] == "about" && words[1] != "the"
    }
}

extension EssayBuilder {
    /// Takes out a web page's footer sections at the essay's end (`SiteFooterSections`).
    mutating func dropSiteFooterSections() {
        guard sections.count > 1, let start = SiteFooterSections.start(of: sections, bytes: file.bytes) else { return }
        sections.removeSubrange(start...)
    }
}
