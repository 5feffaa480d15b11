extension String.StringInterpolation {
    /// Appends `value` in single quotes, as messages quote ids, names and paths; a value of more than
    /// 60 characters is cut to its first 60 with `…` and its length said (`'xxxx…' (100000
    /// characters)`), so a stray megabyte in a file makes a one-line message, not a megabyte one; control
    /// characters are escaped (`escapingControls`).
    public mutating func appendInterpolation(quoted value: some StringProtocol) {
        let limit = 60
        var count = 0
        var end = value.startIndex
        while end < value.endIndex, count < limit {
            value.formIndex(after: &end)
            count += 1
        }
        guard end < value.endIndex else {
            appendLiteral("'" + String(value).escapingControls + "'")
            return
        }
        appendLiteral("'" + String(value[..<end]).escapingControls + "…' (\(value.count) characters)")
    }
}

extension String {
    /// The string with control characters written as escapes (`\n`, `\r`, `\t`, `\u{1B}`), so a
    /// file name or value holding a line break keeps a one-line message on one line.
    public var escapingControls: String {
        guard unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return self }
        var out = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
