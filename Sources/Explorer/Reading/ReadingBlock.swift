import EssayKit

/// One block of the reading pane, in reading order: the title, byline, a heading, or body text.
public struct ReadingBlock: Sendable {
    public enum Kind: Hashable, Sendable {
        case title, byline, heading, paragraph, quote
        /// A label of the essay's front matter (`Abstract`), and a paragraph of it: no claims are read there.
        case frontLabel, frontMatter
        /// A list item, with its label (`1)`).
        case item(String)
        /// A row of an author's table, drawn in columns.
        case tableRow(TableRowShape)
    }

    public var kind: Kind
    public var content: RichText
    public var section: Int
    /// The body block this is, for paragraphs, quotes and list items.
    public var ref: ReadingBlockRef?

    /// The reading blocks of an essay, in order.
    public static func blocks(of essay: Essay) -> [ReadingBlock] {
        var blocks = [ReadingBlock(kind: .title, content: RichText(text: essay.title), section: 0, ref: nil)]
        if let author = essay.author {
            blocks.append(ReadingBlock(kind: .byline, content: RichText(text: author), section: 0, ref: nil))
        }
        blocks += frontMatterBlocks(essay.frontMatter)
        for (sectionIndex, section) in essay.sections.enumerated() {
            if section.title != nil {
                let heading = section.heading ?? RichText(text: section.displayTitle)
                var text = heading
                if let number = section.number {
                    let prefix = number + ". "
                    text = RichText(text: prefix + heading.text,
                                    spans: heading.spans.map { .init(range: ($0.range.lowerBound + prefix.utf8.count)..<($0.range.upperBound + prefix.utf8.count), style: $0.style) })
                }
                blocks.append(ReadingBlock(kind: .heading, content: text, section: sectionIndex, ref: nil))
            }
            for (blockIndex, block) in section.blocks.enumerated() {
                switch block.kind {
                case .paragraph:
                    blocks.append(ReadingBlock(kind: .paragraph, content: block.content, section: sectionIndex,
                                               ref: ReadingBlockRef(section: sectionIndex, block: blockIndex)))
                case .quote:
                    blocks.append(ReadingBlock(kind: .quote, content: block.content, section: sectionIndex,
                                               ref: ReadingBlockRef(section: sectionIndex, block: blockIndex)))
                case .table:
                    for (row, shape) in TableRowShape.rows(of: block).enumerated() where block.items.indices.contains(row) {
                        blocks.append(ReadingBlock(kind: .tableRow(shape), content: block.items[row].content, section: sectionIndex,
                                                   ref: ReadingBlockRef(section: sectionIndex, block: blockIndex, item: row)))
                    }
                case .list:
                    for (itemIndex, item) in block.items.enumerated() {
                        blocks.append(ReadingBlock(kind: .item(item.label.isEmpty ? "•" : item.label), content: item.content,
                                                   section: sectionIndex, ref: ReadingBlockRef(section: sectionIndex, block: blockIndex, item: itemIndex)))
                    }
                }
            }
        }
        return blocks
    }

    /// The front matter's blocks, under the title and byline: the abstract under its label, then
    /// the keywords and the classification codes, each a line with its label.
    static func frontMatterBlocks(_ front: EssayFrontMatter) -> [ReadingBlock] {
        var blocks: [ReadingBlock] = []
        if !front.abstract.isEmpty {
            blocks.append(ReadingBlock(kind: .frontLabel, content: RichText(text: "Abstract"), section: 0, ref: nil))
            blocks += front.abstract.map { ReadingBlock(kind: .frontMatter, content: RichText(text: $0), section: 0, ref: nil) }
        }
        if !front.keywords.isEmpty {
            blocks.append(ReadingBlock(kind: .frontMatter, content: RichText(text: "Keywords: " + front.keywords.joined(separator: "; ")), section: 0, ref: nil))
        }
        if !front.classification.isEmpty {
            blocks.append(ReadingBlock(kind: .frontMatter, content: RichText(text: "JEL: " + front.classification.joined(separator: ", ")), section: 0, ref: nil))
        }
        return blocks
    }
}
