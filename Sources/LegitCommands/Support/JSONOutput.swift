import EssayKit
import Explorer
import Foundation

/// Writes command output as JSON with sorted keys, the form every `--json` option prints.
public enum JSONOutput {
    /// The encoder every command uses: sorted keys, indented, slashes unescaped.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// The JSON text of `value`. The encoder escapes control characters below U+0020 itself; DEL,
    /// C1 controls and bidirectional overrides are escaped too (`\u009b`), so JSON keeps every
    /// character exactly and yet never sends one raw to a terminal.
    public static func string<T: Encodable>(_ value: T) throws -> String {
        escapingSymbols(String(decoding: try encoder().encode(value), as: UTF8.self))
    }

    /// `json` with DEL, C1 controls and bidirectional overrides escaped (`\u009b`), as `string` does.
    static func escapingSymbols(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: TerminalText.needsSymbol) else { return json }
        var escaped = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard TerminalText.needsSymbol(scalar) else {
                escaped.append(scalar)
                continue
            }
            // Outside strings JSON has only spaces and line breaks, which need no symbol: every
            // character escaped here is inside a string.
            let hex = String(scalar.value, radix: 16)
            escaped.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
        }
        return String(escaped)
    }
}
