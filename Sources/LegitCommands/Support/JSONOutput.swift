import Foundation

/// Writes command output as JSON with sorted keys, the form every `--json` option prints.
public enum JSONOutput {
    /// The encoder every command uses: sorted keys, indented, slashes unescaped.
    public static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return encoder
    }

    /// The JSON text of `value`.
    public static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder().encode(value), as: UTF8.self)
    }
}
