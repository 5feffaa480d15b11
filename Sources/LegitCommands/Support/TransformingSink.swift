import EssayKit
import Explorer

/// Passes text on changed by one rule: control characters shown as symbols
/// (`TerminalText.printable`), as every plain-text output shows them, or JSON's escapes.
final class TransformingSink: TextSink {
    private let base: any TextSink
    private let transform: @Sendable (String) -> String

    init(_ base: any TextSink, _ transform: @escaping @Sendable (String) -> String) {
        self.base = base
        self.transform = transform
    }

    /// Control characters shown as symbols.
    static func printable(_ base: any TextSink) -> TransformingSink {
        TransformingSink(base, TerminalText.printable)
    }

    /// JSON text with the characters `JSONOutput.escapingSymbols` escapes, written a piece at a time.
    static func jsonEscaping(_ base: any TextSink) -> TransformingSink {
        TransformingSink(base, JSONOutput.escapingSymbols)
    }

    func write(_ text: String) throws {
        try base.write(transform(text))
    }
}
