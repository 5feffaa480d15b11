#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's command-line arguments as the bytes the system passed, before Swift reads them
/// as UTF-8 (and puts U+FFFD where they are not).
package enum RawArguments {
    /// The first argument after the program's name whose bytes are not valid UTF-8: its index
    /// (1 is the first argument) and its bytes; nil when every argument is UTF-8.
    package static func firstNotUTF8() -> (index: Int, bytes: [UInt8])? {
        for index in 1..<Int(CommandLine.argc) {
            guard let argument = CommandLine.unsafeArgv[index] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: argument, count: strlen(argument))).map { UInt8(bitPattern: $0) }
            if UTF8Scan.firstInvalidOffset(in: bytes.span) != nil { return (index, bytes) }
        }
        return nil
    }

    /// The arguments after the program's name, each as `SystemPath.decode` reads its bytes: a byte
    /// that is not UTF-8 kept as its stand-in, so a file so named can be opened.
    package static func decoded() -> [String] {
        (1..<Int(CommandLine.argc)).map { index in
            guard let argument = CommandLine.unsafeArgv[index] else { return "" }
            return SystemPath.decode(UnsafeBufferPointer(start: argument, count: strlen(argument)).map { UInt8(bitPattern: $0) })
        }
    }
}
