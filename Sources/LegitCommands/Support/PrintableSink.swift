import EssayKit
import Explorer

/// Passes text on with control characters shown as symbols (`TerminalText.printable`), as every
/// plain-text output shows them.
final class PrintableSink: TextSink {
    private let base: any TextSink

    init(_ base: any TextSink) {
        self.base = base
    }

    func write(_ text: String) throws {
        try base.write(TerminalText.printable(text))
    }
}
