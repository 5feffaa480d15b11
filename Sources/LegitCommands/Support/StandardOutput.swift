#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import EssayKit
import Explorer
import LowLevel

/// Standard output: the one way commands print, every write checked.
///
/// A write that fails throws `StandardOutput.Failure`; `Legit.runMain` catches it for every command
/// and ends with one line on standard error and exit status 1, or, for a closed pipe, the quiet
/// end by SIGPIPE that other tools have (`report`). Nothing is held back apart from `stream`'s
/// 64 KB, so what a command prints and its messages on standard error keep their order.
enum StandardOutput {
    /// A write to standard output failed with the system's `errno`.
    struct Failure: Error {
        var code: Int32
    }

    /// Writes a plain-text report, control characters shown as symbols (`TerminalText.printable`),
    /// whether the output is a terminal or a pipe.
    static func text(_ text: String, terminator: String = "\n") throws(Failure) {
        try raw(TerminalText.printable(SystemPath.shown(text)) + terminator)
    }

    /// Writes JSON text, which escapes its control characters itself, and a line end.
    static func json(_ json: String) throws(Failure) {
        try raw(json + "\n")
    }

    /// Writes `text` as it is.
    static func raw(_ text: String) throws(Failure) {
        do {
            try DescriptorSink.write(text, to: STDOUT_FILENO)
        } catch {
            throw Failure(code: error.code)
        }
    }

    /// Writes what `produce` writes, a piece at a time (a 64 KB buffer), so a large export is never
    /// whole in memory; `printable` shows control characters as symbols.
    static func stream(printable: Bool, _ produce: (any TextSink) throws -> Void) throws {
        let sink = DescriptorSink(descriptor: STDOUT_FILENO)
        do {
            try produce(printable ? TransformingSink.printable(sink) : sink)
            try sink.flush()
        } catch {
            if let failure = sink.failure { throw Failure(code: failure.code) }
            throw error
        }
    }

    /// Ends a command whose output failed: quietly by SIGPIPE when the reader closed the pipe (as
    /// `cat` or `grep` end, so `set -o pipefail` and the shell see what they expect), else with one
    /// line on standard error. Returns the exit status when the process goes on.
    static func report(_ failure: Failure) -> Int32 {
        if failure.code == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            return 128 + SIGPIPE
        }
        printError("legit: cannot write to standard output (\(DescriptorSink.Failure(code: failure.code).reason)); the output is incomplete")
        return 1
    }
}

/// Writes a message to standard error, each line after `legit: ` (as `grep: FILE: ...`), control
/// characters shown as symbols (`TerminalText.printable`). Standard error that cannot be written
/// (full, closed) is let go: there is nowhere left to say so.
func printError(_ message: String) {
    guard !message.isEmpty else { return }
    try? DescriptorSink.write(TerminalText.printable(SystemPath.shown(prefixed(message))) + "\n", to: STDERR_FILENO)
}

/// `message` with `legit: ` before its first line, unless it has it; ArgumentParser's `Error: `
/// becomes it. Its other lines (ArgumentParser's help and usage) stay as they are.
func prefixed(_ message: String) -> String {
    if message.hasPrefix("legit: ") { return message }
    if message.hasPrefix("Error: ") { return "legit: " + message.dropFirst("Error: ".count) }
    return "legit: " + message
}
