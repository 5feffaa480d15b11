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
        try base.write(Self.mayChange(text) ? transform(text) : text)
    }

    /// Whether `text` may hold a character either rule changes (`TerminalText.needsSymbol`): a
    /// control character other than line feed and tab, DEL, a C1 control (U+0080–U+009F), the
    /// Arabic letter mark U+061C, or U+200E–U+200F, U+202A–U+202E, U+2066–U+2069. Read as UTF-8
    /// bytes in one pass, so the exports' text, almost never holding one, is not read scalar by
    /// scalar twice.
    static func mayChange(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case 0x09, 0x0A: break
            case 0..<0x20, 0x7F: return true
            case 0x80...0x9F where previous == 0xC2: return true
            case 0x9C where previous == 0xD8: return true
            case 0x8E...0x8F where previous == 0x80 && beforePrevious == 0xE2: return true
            case 0xAA...0xAE where previous == 0x80 && beforePrevious == 0xE2: return true
            case 0xA6...0xA9 where previous == 0x81 && beforePrevious == 0xE2: return true
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
