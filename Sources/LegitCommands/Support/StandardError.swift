import Explorer
import Foundation

/// Writes one line to standard error, control characters shown as symbols (`TerminalText.printable`).
func printError(_ message: String) {
    guard !message.isEmpty else { return }
    FileHandle.standardError.write(Data((TerminalText.printable(message) + "\n").utf8))
}

/// Writes a plain-text report to standard output, control characters shown as symbols
/// (`TerminalText.printable`), whether the output is a terminal or a pipe.
func printText(_ text: String, terminator: String = "\n") {
    print(TerminalText.printable(text), terminator: terminator)
}
