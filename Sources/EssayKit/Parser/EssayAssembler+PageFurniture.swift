import LowLevel

extension EssayBuilder {
    /// Takes out each section whose heading prints the essay's title again and holds nothing, as a
    /// web page prints its title over the text after a converter's own title line: the title is
    /// no section of the essay. One comparison a section; the essay keeps one section at least.
    mutating func dropRepeatedTitleHeadings() {
        guard sections.count > 1, titlePieces.count == 1, let titlePiece = titlePieces.first else { return }
        let bytes = file.bytes
        let title = Self.bareTitle(bytes[titlePiece])
        guard !title.isEmpty else { return }
        let repeated = sections.indices.filter { index in
            let section = sections[index]
            guard section.heading != nil, section.blocks.isEmpty, section.titleNotes.isEmpty, section.titlePieces.count == 1 else { return false }
            return Self.bareTitle(bytes[section.titlePieces[0]]).elementsEqual(title)
        }
        guard !repeated.isEmpty, repeated.count < sections.count else { return }
        for index in repeated.reversed() { sections.remove(at: index) }
    }

    /// Takes out the sections at the essay's end that hold links alone (a web page's `Share this`,
    /// `Related Articles`, its footer's menus): the site's, not the essay's. A section holding any
    /// other text, or a numbered one, ends the search.
    mutating func dropTrailingLinkSections() {
        guard !hasFormFeeds, sections.count > 1 else { return }
        let bytes = file.bytes
        var keep = sections.count
        while keep > 1 {
            let section = sections[keep - 1]
            guard section.heading != nil, section.heading?.number == nil, !section.blocks.isEmpty,
                  section.blocks.allSatisfy({ block in block.pieces.allSatisfy { WebChrome.isLinksAlone(LineRules.trim(bytes[$0])) } })
            else { break }
            keep -= 1
        }
        if keep < sections.count { sections.removeSubrange(keep...) }
    }

    /// A title's text without the spaces, `*` and `_` round it.
    private static func bareTitle(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lower = text.startIndex
        var upper = text.endIndex
        let round: (UInt8) -> Bool = { $0 == 0x20 || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "#") || $0 == 0x0D }
        while lower < upper, round(text[lower]) { lower += 1 }
        while upper > lower, round(text[upper - 1]) { upper -= 1 }
        return text[lower..<upper]
    }
}
