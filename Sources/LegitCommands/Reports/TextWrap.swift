/// Word-wraps text for the plain-text reports.
enum TextWrap {
    /// `text` broken into lines of at most `width` characters, each after the first prefixed by
    /// `indent`: the first line goes after a prefix of the indent's width, so every line has `width`.
    static func wrap(_ text: String, width: Int = 78, indent: String = "") -> String {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if !current.isEmpty, current.count + 1 + word.count > width {
                lines.append(current)
                current = String(word)
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines.enumerated().map { $0.offset == 0 ? $0.element : indent + $0.element }.joined(separator: "\n")
    }
}
