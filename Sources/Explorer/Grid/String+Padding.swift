extension StringProtocol {
    /// The text followed by spaces up to `width` columns; as it is when already that wide.
    func padded(to width: Int) -> String {
        let text = String(self)
        let columns = TerminalText.width(of: text)
        return columns >= width ? text : text + String(repeating: " ", count: width - columns)
    }

    /// The text without `character` at either end.
    func trimmingCharacters(in character: Character) -> String {
        var text = Substring(self)
        while text.first == character { text.removeFirst() }
        while text.last == character { text.removeLast() }
        return String(text)
    }
}
