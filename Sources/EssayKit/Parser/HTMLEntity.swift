import LowLevel

/// HTML's character references, as a web page's conversion leaves them in its Markdown:
/// `&amp;`, `&nbsp;`, `&sect;`, `&#8217;`, `&#x2014;`. Named ones are those law and web pages
/// use; any other `&name;` stays as written.
enum HTMLEntity {
    /// The character the reference opening at `index` (its `&`) stands for, and where it ends;
    /// nil when no reference opens there. A soft hyphen's reference (`&shy;`) stands for U+00AD.
    static func decode(_ bytes: ArraySlice<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, end: Int)? {
        guard index + 3 < bytes.endIndex, bytes[index] == UInt8(ascii: "&") else { return nil }
        let limit = min(bytes.endIndex, index + 12)
        var cursor = index + 1
        if bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            let hex = cursor < limit && (bytes[cursor] | 0x20) == UInt8(ascii: "x")
            if hex { cursor += 1 }
            var value: UInt32 = 0
            let digitsStart = cursor
            while cursor < limit, let digit = digitValue(bytes[cursor], hex: hex) {
                value = value * (hex ? 16 : 10) + digit
                cursor += 1
            }
            guard cursor > digitsStart, cursor < limit, bytes[cursor] == UInt8(ascii: ";"), value > 0,
                  let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, cursor + 1)
        }
        let nameStart = cursor
        while cursor < limit, Bytes.isLetter(bytes[cursor]) || (cursor > nameStart && Bytes.isDigit(bytes[cursor])) { cursor += 1 }
        guard cursor > nameStart, cursor < limit, bytes[cursor] == UInt8(ascii: ";") else { return nil }
        // Named references are case-sensitive: `&Sect;` is no `&sect;`.
        var key: UInt64 = 0
        guard cursor - nameStart <= 8 else { return nil }
        for byte in bytes[nameStart..<cursor] { key = key << 8 | UInt64(byte) }
        guard let value = named[key], let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, cursor + 1)
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        if Bytes.isDigit(byte) { return UInt32(byte - 0x30) }
        guard hex else { return nil }
        let lower = byte | 0x20
        return lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") ? UInt32(lower - UInt8(ascii: "a") + 10) : nil
    }

    /// The named references kept, by their packed names.
    private static let named: [UInt64: UInt32] = {
        let table: [(String, UInt32)] = [
            ("amp", 0x26), ("lt", 0x3C), ("gt", 0x3E), ("quot", 0x22), ("apos", 0x27), ("nbsp", 0xA0), ("shy", 0xAD),
            ("sect", 0xA7), ("para", 0xB6), ("copy", 0xA9), ("reg", 0xAE), ("deg", 0xB0), ("middot", 0xB7), ("frac12", 0xBD),
            ("laquo", 0xAB), ("raquo", 0xBB), ("eacute", 0xE9), ("egrave", 0xE8), ("aacute", 0xE1), ("agrave", 0xE0),
            ("uuml", 0xFC), ("ouml", 0xF6), ("auml", 0xE4), ("ccedil", 0xE7), ("ntilde", 0xF1), ("iacute", 0xED), ("oacute", 0xF3),
            ("szlig", 0xDF), ("ndash", 0x2013), ("mdash", 0x2014), ("lsquo", 0x2018), ("rsquo", 0x2019), ("sbquo", 0x201A),
            ("ldquo", 0x201C), ("rdquo", 0x201D), ("bdquo", 0x201E), ("dagger", 0x2020), ("Dagger", 0x2021), ("bull", 0x2022),
            ("hellip", 0x2026), ("prime", 0x2032), ("thinsp", 0x2009), ("ensp", 0x2002), ("emsp", 0x2003), ("zwj", 0x200D),
            ("zwnj", 0x200C), ("larrhk", 0x21A9), ("euro", 0x20AC), ("pound", 0xA3), ("times", 0xD7),
        ]
        var named: [UInt64: UInt32] = [:]
        for (name, value) in table {
            var key: UInt64 = 0
            for byte in name.utf8 { key = key << 8 | UInt64(byte) }
            named[key] = value
        }
        return named
    }()

    /// `text` with its references decoded (a soft hyphen's dropped), for the short texts a tag
    /// holds: an anchor's arrow, a label.
    static func decoded(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard text.contains(UInt8(ascii: "&")) else { return text }
        var result: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == UInt8(ascii: "&"), let (scalar, end) = decode(text, at: index) {
                if scalar.value != 0xAD { result.append(contentsOf: String(Character(scalar)).utf8) }
                index = end
                continue
            }
            result.append(text[index])
            index += 1
        }
        return result[...]
    }
}
