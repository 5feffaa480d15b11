/// Finds the bracket that closes an opening one in a note syntax's text (LaTeX `\footnote{...}`,
/// AsciiDoc `footnote:[...]`).
enum BalancedBracket {
    /// The `closer` matching the `opener` at `open`: brackets nest, a backslash makes the next byte
    /// text, and the search gives up after 8000 bytes or, when `blankLineEnds`, at a blank line.
    static func closing(_ bytes: [UInt8], after open: Int, opener: UInt8, closer: UInt8, blankLineEnds: Bool) -> Int? {
        var depth = 0
        var index = open + 1
        while index < bytes.count, index < open + 8000 {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\") {
                index += 1
            } else if byte == opener {
                depth += 1
            } else if byte == closer {
                if depth == 0 { return index }
                depth -= 1
            } else if byte == 0x0A, blankLineEnds {
                var next = index + 1
                while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 || bytes[next] == 0x0D { next += 1 }
                if next < bytes.count, bytes[next] == 0x0A { return nil }
            }
            index += 1
        }
        return nil
    }
}
