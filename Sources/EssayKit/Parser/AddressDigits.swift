import LowLevel

/// Digits inside a web address, which plain text's note marks never are: `vol1` and `iss2` of
/// `https://example.edu/ohlj/vol1/iss2/3` read as marks 1 and 2 glued to words.
///
/// An address is a run of bytes with no space that holds `://`, opens with `www.`, or names a
/// host before a slash (`perma.cc/AB12-CD34`). Digits after the address's close (`].12`,
/// `).12`, `>12`) or after the stop that ends it and its sentence (`AB12-CD34.12 The`) are outside
/// it: a mark there is a mark. Only the page-foot mark finders ask: a note is still opened on
/// such digits' evidence, so a note whose only mark sits in an address is kept, unanchored.
enum AddressDigits {
    /// Whether the digits at `index` (`count` of them) lie inside a web address.
    static func areInside(_ bytes: [UInt8], at index: Int, count: Int) -> Bool {
        guard index > 0 else { return false }
        let end = index + count
        // A stop, comma or semicolon before digits that end the run: the address ended there.
        let after = end < bytes.count ? bytes[end] : 0x20
        if ".,;".utf8.contains(bytes[index - 1]), after == 0x20 || after == 0x0A || after == 0x0D { return false }
        var start = index
        while start > 0, index - start < 400 {
            let byte = bytes[start - 1]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D { break }
            // The address closed before the digits: they follow it.
            if byte == UInt8(ascii: "]") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: ">") { return false }
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "<") { break }
            start -= 1
        }
        return namesAddress(bytes[start..<index])
    }

    /// Whether `word` (an address's start up to the digits) holds `://`, opens with `www.`, or has
    /// a host of lower-case letters with a dot before a slash (`perma.cc/`).
    static func namesAddress(_ word: ArraySlice<UInt8>) -> Bool {
        if word.starts(with: "www.".utf8) { return true }
        var index = word.startIndex
        while index + 2 < word.endIndex {
            if word[index] == UInt8(ascii: ":"), word[index + 1] == UInt8(ascii: "/"), word[index + 2] == UInt8(ascii: "/") { return true }
            index += 1
        }
        guard let slash = word.firstIndex(of: UInt8(ascii: "/")), let dot = word[..<slash].lastIndex(of: UInt8(ascii: ".")) else { return false }
        let top = word[(dot + 1)..<slash]
        return top.count >= 2 && top.allSatisfy(Bytes.isLower) && dot > word.startIndex && Bytes.isLower(word[dot - 1])
    }
}
