/// Writes strings as YAML scalars that read back as exactly the same string, in a style chosen
/// to match what the file already uses.
enum YAMLScalarWriter {
    /// `value` as a scalar, in `style` when that can hold it, else double-quoted.
    ///
    /// `indent` is the column a block scalar's lines start at; only literal and folded styles use it.
    static func render(_ value: String, style: YAMLNode.Style, indent: Int = 0) -> String {
        switch style {
        case .plain where isSafePlain(value): value
        case .plain, .doubleQuoted: doubleQuoted(value)
        case .singleQuoted where canSingleQuote(value): "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
        case .singleQuoted: doubleQuoted(value)
        case .literal, .folded: literal(value, indent: indent) ?? doubleQuoted(value)
        }
    }

    /// An id or keyword: plain when it can be, else double-quoted.
    static func plainIfSafe(_ value: String) -> String {
        render(value, style: .plain)
    }

    /// Whether `value` reads back as itself, a string, when written plain: letters, digits and a
    /// few marks, starting with a letter or digit, and not a word YAML reads as null, a boolean
    /// or a number.
    static func isSafePlain(_ value: String) -> Bool {
        guard let first = value.unicodeScalars.first, let last = value.unicodeScalars.last else { return false }
        guard isWordScalar(first), last != " " else { return false }
        var previous: Unicode.Scalar = " "
        for scalar in value.unicodeScalars {
            guard isWordScalar(scalar) || "-_./ ".unicodeScalars.contains(scalar) else { return false }
            if scalar == " " && previous == " " { return false }
            previous = scalar
        }
        let lowered = value.lowercased()
        if ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"].contains(lowered) { return false }
        if Double(value) != nil || value.allSatisfy({ $0.isNumber || $0 == "." || $0 == "_" }) { return false }
        if value.hasPrefix("0x") || value.hasPrefix("0o") || lowered.hasPrefix(".inf") || lowered == ".nan" { return false }
        return true
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    private static func canSingleQuote(_ value: String) -> Bool {
        !value.unicodeScalars.contains { isControl($0) || $0 == "\n" || $0 == "\r" } && !value.hasPrefix(" ") && !value.hasSuffix(" ")
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value)
            || [0x2028, 0x2029, 0xFEFF].contains(scalar.value)
    }

    /// `value` double-quoted, with `"`, `\` and every control character escaped.
    static func doubleQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isControl(scalar) {
                    out += scalar.value <= 0xFF ? "\\x" + hex(scalar.value, digits: 2) : "\\u" + hex(scalar.value, digits: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    /// A literal block (`|-` or `|`) whose lines start at `indent`; nil when the text would not
    /// read back the same (leading spaces, trailing spaces or blank lines at its end, controls).
    private static func literal(_ value: String, indent: Int) -> String? {
        guard !value.isEmpty, !value.hasPrefix(" "), !value.unicodeScalars.contains(where: { isControl($0) && $0 != "\n" }) else { return nil }
        var body = value
        let keep = body.hasSuffix("\n")
        if keep { body.removeLast() }
        guard !body.hasSuffix("\n"), !body.isEmpty else { return nil }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.allSatisfy({ !$0.hasSuffix(" ") }) else { return nil }
        let pad = String(repeating: " ", count: max(indent, 1))
        return (keep ? "|" : "|-") + lines.map { $0.isEmpty ? "\n" : "\n" + pad + $0 }.joined()
    }
}
