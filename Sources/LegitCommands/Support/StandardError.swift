import Foundation

/// Writes one line to standard error.
func printError(_ message: String) {
    guard !message.isEmpty else { return }
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
