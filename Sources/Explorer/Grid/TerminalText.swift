/// How characters take room on a terminal, and how hostile ones are made visible.
public enum TerminalText {
    /// The character drawn for `character`: control characters become their visible symbols
    /// (`␛` for escape), so no text from a file can send sequences to the terminal; a character
    /// the terminal cannot print (an unassigned scalar, say) becomes `�`.
    public static func visible(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first else { return character }
        let value = scalar.value
        if value < 0x20 { return Character(Unicode.Scalar(0x2400 + value) ?? "?") }
        if value == 0x7F { return "␡" }
        if value < 0x7F, character.unicodeScalars.count == 1 { return character }
        if (0x80...0x9F).contains(value) { return "�" }
        if character.unicodeScalars.contains(where: { isHostile($0) || scalarWidth($0.value) < 0 }) { return "�" }
        return character
    }

    /// `text` as plain-text output prints it: every character a terminal would act on, or that
    /// could disguise text, is shown as `visible` draws it (`␛` for escape, `�` for C1 controls and
    /// bidirectional overrides); line breaks and tabs stay. The same whether the output is a
    /// terminal or a pipe, so no file can send sequences to the terminal through legit.
    public static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsSymbol($0) }) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsSymbol(scalar) else {
                shown.append(scalar)
                continue
            }
            shown.append(contentsOf: String(visible(Character(scalar))).unicodeScalars)
        }
        return String(shown)
    }

    /// Whether plain-text output shows `scalar` as a symbol: every control but line feed and tab,
    /// and the invisible formatting `isHostile` names.
    public static func needsSymbol(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t" && (scalar.value < 0x20 || scalar.value == 0x7F || isHostile(scalar))
    }

    /// Bidirectional overrides and other invisible formatting that could disguise text.
    static func isHostile(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: (0x80...0x9F).contains(scalar.value) || scalar.value < 0x20 && scalar.value != 0x09
        }
    }

    /// The number of columns a character (a grapheme cluster) takes, as the terminal lays it out:
    /// the sum of the C library's `wcwidth` over its scalars, which is what ncurses gives each
    /// scalar it is handed. So `👩‍👩‍👧` (three emoji joined) takes six columns, `e` with a combining
    /// accent one, a flag two, and a control character, shown as its symbol, one.
    public static func width(of character: Character) -> Int {
        var columns = 0
        for scalar in character.unicodeScalars {
            let width = scalarWidth(scalar.value)
            columns += width < 0 ? 1 : width
        }
        return columns
    }

    /// The columns `wcwidth` gives scalar `value`: 0, 1 or 2, or -1 for one it cannot print.
    public static func scalarWidth(_ value: UInt32) -> Int {
        if value < 0x7F { return value < 0x20 ? -1 : 1 }
        // Latin letters and general punctuation (dashes, curly quotes, daggers), the bulk of an
        // essay's other characters: one column, without a look at the tables (a test checks them).
        if (0xA0...0x2FF).contains(value) || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) { return 1 }
        if contains(ScalarWidths.zero, value) { return 0 }
        if contains(ScalarWidths.double, value) { return 2 }
        if contains(ScalarWidths.unprintable, value) { return -1 }
        return 1
    }

    /// Whether sorted, disjoint `ranges` hold `value`, found by halving.
    static func contains(_ ranges: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var lower = 0
        var upper = ranges.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if ranges[middle].upperBound < value { lower = middle + 1 } else { upper = middle }
        }
        return lower < ranges.count && ranges[lower].contains(value)
    }

    /// The number of columns `text` takes.
    public static func width(of text: some StringProtocol) -> Int {
        // Printable ASCII takes one column a byte; only other text needs a look at each character.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + width(of: visible($1)) }
    }

    /// The number of columns the UTF-8 text `bytes` takes; printable ASCII is counted without decoding.
    public static func width(utf8 bytes: ArraySlice<UInt8>) -> Int {
        if bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return bytes.count }
        return width(of: String(decoding: bytes, as: UTF8.self))
    }

    /// `text` cut to at most `width` columns, ending in `…` when cut.
    public static func clip(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        guard Self.width(of: text) > width else { return text }
        var out = ""
        var used = 0
        for character in text {
            let columns = Self.width(of: visible(character))
            if used + columns > width - 1 { break }
            out.append(character)
            used += columns
        }
        return out + "…"
    }
}
