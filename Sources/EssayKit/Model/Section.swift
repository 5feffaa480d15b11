/// A section of the essay: the untitled introduction, or a titled part such as `I. THE ...`.
public struct Section: Hashable, Sendable {
    /// The section's numbering as written (`I`, `II`, `A`), or nil for an unnumbered heading.
    public var number: String?
    /// The heading's text without its numbering, markup removed; nil for the introduction.
    public var title: String?
    /// The heading as a rich text, keeping its emphasis.
    public var heading: RichText?
    /// 1 for top-level parts (roman numerals, unnumbered), 2 for lettered subsections, and so on.
    public var level: Int
    public var blocks: [Block]
    /// Where the section is in the file, from its heading to its last block.
    public var range: SourceRange
    /// What an untitled section is called: `Introduction`, or `Opening` where a later heading
    /// is named `Introduction` itself.
    public var untitledName = "Introduction"

    public init(number: String?, title: String?, heading: RichText?, level: Int, blocks: [Block], range: SourceRange) {
        self.number = number
        self.title = title
        self.heading = heading
        self.level = level
        self.blocks = blocks
        self.range = range
    }

    /// The heading as a reader sees it: `I. THE LEGITIMACY FRAMEWORK`, or `Introduction`.
    public var displayTitle: String {
        guard let title else { return untitledName }
        return number.map { "\($0). \(title)" } ?? title
    }
}
