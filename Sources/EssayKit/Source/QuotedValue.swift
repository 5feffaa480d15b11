extension String.StringInterpolation {
    /// Appends `value` in single quotes, as messages quote ids, names and paths; a value of more than
    /// 60 characters is cut to its first 60 with `…` and its length said (`'xxxx…' (100000
    /// characters)`), so a stray megabyte in a file makes a one-line message, not a megabyte one.
    public mutating func appendInterpolation(quoted value: some StringProtocol) {
        let limit = 60
        var count = 0
        var end = value.startIndex
        while end < value.endIndex, count < limit {
            value.formIndex(after: &end)
            count += 1
        }
        guard end < value.endIndex else {
            appendLiteral("'" + String(value) + "'")
            return
        }
        appendLiteral("'" + String(value[..<end]) + "…' (\(value.count) characters)")
    }
}
