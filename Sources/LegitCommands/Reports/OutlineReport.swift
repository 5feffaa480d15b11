import EssayKit

/// The section tree of an essay, with block counts and footnote ranges: `legit outline`.
public enum OutlineReport {
    /// One section of the outline, as `--json` prints it.
    public struct Entry: Codable, Hashable, Sendable {
        public var title: String
        public var number: String?
        public var level: Int
        public var paragraphs: Int
        public var quotes: Int
        public var lists: Int
        public var sentences: Int
        /// The first and last footnote marked in the section, or null.
        public var footnotes: FootnoteRange?
        public var range: SourceRange
        public var children: [Entry]
    }

    /// The first and last footnote numbers of a section.
    public struct FootnoteRange: Codable, Hashable, Sendable {
        public var first: String
        public var last: String
        public var count: Int
    }

    /// The whole outline as `--json` prints it.
    public struct Outline: Codable, Hashable, Sendable {
        public var title: String
        public var author: String?
        public var doi: String?
        public var sections: [Entry]
        public var footnotes: Int
        public var authorities: Int
    }

    public static func outline(_ essay: Essay) -> Outline {
        var roots: [Entry] = []
        // Nest each section under the nearest earlier one of a lower level.
        var stack: [(level: Int, path: [Int])] = []
        for section in essay.sections {
            let entry = makeEntry(section)
            while let last = stack.last, last.level >= section.level { stack.removeLast() }
            if let parent = stack.last {
                let path = parent.path
                let childIndex = insert(entry, at: path, into: &roots)
                stack.append((section.level, path + [childIndex]))
            } else {
                roots.append(entry)
                stack.append((section.level, [roots.count - 1]))
            }
        }
        return Outline(title: essay.title, author: essay.author, doi: essay.doi, sections: roots,
                       footnotes: essay.footnotes.filter { $0.number > 0 }.count, authorities: essay.authorities.count)
    }

    private static func insert(_ entry: Entry, at path: [Int], into entries: inout [Entry]) -> Int {
        guard let first = path.first, entries.indices.contains(first) else {
            entries.append(entry)
            return entries.count - 1
        }
        if path.count == 1 {
            entries[first].children.append(entry)
            return entries[first].children.count - 1
        }
        return insert(entry, at: Array(path.dropFirst()), into: &entries[first].children)
    }

    private static func makeEntry(_ section: Section) -> Entry {
        let labels = section.blocks.flatMap(\.footnoteLabels)
        let range = labels.first.flatMap { first in labels.last.map { FootnoteRange(first: first, last: $0, count: labels.count) } }
        return Entry(title: section.displayTitle, number: section.number, level: section.level,
                     paragraphs: section.blocks.filter { $0.kind == .paragraph }.count,
                     quotes: section.blocks.filter { $0.kind == .quote }.count,
                     lists: section.blocks.filter { $0.kind == .list }.count,
                     sentences: section.blocks.reduce(0) { $0 + $1.allSentences.count },
                     footnotes: range, range: section.range, children: [])
    }

    /// The outline as indented text.
    public static func text(_ essay: Essay) -> String {
        let outline = outline(essay)
        var out = TextWrap.wrap(outline.title) + "\n"
        var byline: [String] = []
        if let author = outline.author { byline.append(author) }
        if let doi = outline.doi { byline.append(doi) }
        if !byline.isEmpty { out += byline.joined(separator: " · ") + "\n" }
        out += "\n"
        func render(_ entry: Entry, depth: Int) {
            var counts = [counted(entry.paragraphs, "paragraph")]
            if entry.quotes > 0 { counts.append(counted(entry.quotes, "quote")) }
            if entry.lists > 0 { counts.append(counted(entry.lists, "list")) }
            if let notes = entry.footnotes {
                counts.append(notes.first == notes.last ? "note \(notes.first)" : "notes \(notes.first)–\(notes.last)")
            }
            out += String(repeating: "  ", count: depth + 1) + entry.title + "\n"
            out += String(repeating: "  ", count: depth + 2) + counts.joined(separator: ", ") + "  (line \(entry.range.start.line))\n"
            for child in entry.children { render(child, depth: depth + 1) }
        }
        for entry in outline.sections { render(entry, depth: 0) }
        out += "\n\(counted(outline.footnotes, "footnote")), \(counted(outline.authorities, "authority", "authorities")) cited\n"
        return out
    }
}
