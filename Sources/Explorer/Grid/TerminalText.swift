/// How characters take room on a terminal, and how hostile ones are made visible.
public enum TerminalText {
    /// The character drawn for `character`: control characters become their visible symbols
    /// (`␛` for escape), so no text from a file can send sequences to the terminal.
    public static func visible(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first else { return character }
        let value = scalar.value
        if value < 0x20 { return Character(Unicode.Scalar(0x2400 + value) ?? "?") }
        if value == 0x7F { return "␡" }
        if (0x80...0x9F).contains(value) { return "�" }
        if character.unicodeScalars.contains(where: { isHostile($0) }) { return "�" }
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

    /// The number of columns a character takes: 0 for combining marks, 2 for wide East Asian
    /// characters and emoji, 1 otherwise.
    public static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        // Latin text, general punctuation (dashes, curly quotes, daggers) and superscript digits:
        // one column, without the cost of looking up the character's category.
        if value < 0x300 || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value) || (0x2070...0x209F).contains(value) {
            return 1
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return character.unicodeScalars.count > 1 ? 1 : 0
        default: break
        }
        if isWide(value) { return 2 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && scalar.properties.isEmoji { return 2 }
        return 1
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

    static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            true
        default:
            false
        }
    }
}
