import LowLevel

extension FrontMatter {
    /// The keys a static site generator's metadata lines use (Pelican, MultiMarkdown, a Jekyll or
    /// Hugo source written without YAML fences), lower-cased.
    private static let metadataKeys: Set<String> = [
        "title", "subtitle", "date", "modified", "updated", "published", "category", "categories", "tags", "tag",
        "slug", "author", "authors", "summary", "description", "lang", "language", "status", "template", "url",
        "save_as", "keywords", "layout", "draft", "permalink", "series", "image", "cover", "comments", "translation",
    ]

    /// Reads the metadata lines an author's Markdown opens with when no `---` fences them
    /// (`Title: ...`, `Date: ...`, `Slug: ...`, `Tags: ...`, up to the first blank line): the title,
    /// author and summary as YAML's keys are read, the rest kept out of the text. Nil unless every
    /// line of the first paragraph is a key's (or a value's indented continuation), and the keys
    /// are known ones, a title or two of them, or a title and another known key beside the site's own.
    static func readMetadataLines(_ file: SourceFile) -> FrontMatter? {
        let bytes = file.bytes
        let starts = file.lineStarts
        // Cheap first test: the file opens with a capital or small letter of a known key's.
        guard let first = bytes.first, Bytes.isLetter(first) else { return nil }
        var index = 0
        var known = 0
        var unknown = 0
        var hasTitle = false
        while index < starts.count {
            let text = bytes[line(index, of: file)]
            if LineRules.trim(text).isEmpty { break }
            if text.first == 0x20 || text.first == 0x09 {
                guard index > 0 else { return nil }
                index += 1
                continue
            }
            guard let colon = keyEnd(text), colon - text.startIndex <= 20 else { return nil }
            let key = String(decoding: text[text.startIndex..<colon], as: UTF8.self).lowercased()
            if metadataKeys.contains(key) { known += 1 } else { unknown += 1 }
            if key == "title" { hasTitle = true }
            index += 1
        }
        // Keys of the site's own (`Update:`, `Lang:`) count beside a title and another known key.
        guard index < starts.count, unknown == 0 ? (hasTitle || known >= 2) : (hasTitle && known >= 2) else { return nil }
        return readKeys(of: file, lines: 0..<index, endLine: index + 1)
    }
}
