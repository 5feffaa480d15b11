import LowLevel

/// The UTF-16 surrogates a file wrote as three-byte UTF-8 sequences, and how they were read.
///
/// Text passed through UTF-16 and encoded a half at a time (CESU-8, Java's "modified UTF-8", a PDF
/// extractor's output) holds a character beyond U+FFFF, such as a mathematical italic letter, as two
/// three-byte sequences for its surrogate pair. Strict UTF-8 forbids them, yet the character is all
/// there: a pair is read as the character it encodes. A surrogate without its partner encodes no
/// character at all; it is read as U+FFFD, byte for byte, and the parser says where.
public struct EncodedSurrogates: Sendable, Equatable {
    /// How many surrogate pairs were read as the characters they encode.
    public var pairs = 0
    /// How many surrogates stood alone and were read as U+FFFD.
    public var lone = 0
    /// The offset, in the decoded bytes, of the first character read from a pair.
    public var firstPair = 0
    /// The offset, in the decoded bytes, of the first U+FFFD read from a lone surrogate.
    public var firstLone = 0

    /// No surrogates: the file was UTF-8 as it stands.
    public static let none = EncodedSurrogates()

    public init() {}

    /// Whether a surrogate's three-byte sequence (`ED A0..BF 80..BF`) starts at `index`.
    static func startsSurrogate(_ bytes: [UInt8], at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index] == 0xED && bytes[index + 1] & 0xE0 == 0xA0 && bytes[index + 2] & 0xC0 == 0x80
    }

    /// The outcome of reading a file's surrogates.
    enum Reading {
        /// Every invalid sequence was a surrogate: the text, now valid UTF-8, and what was read.
        case read([UInt8], EncodedSurrogates)
        /// Another invalid byte, at this offset of the original bytes.
        case invalid(at: Int)
    }

    /// Reads `bytes`, whose first invalid sequence is a surrogate at `first`, as UTF-8: each pair
    /// becomes its character's four bytes, each lone surrogate U+FFFD. Bytes before `first` are
    /// valid, and each stretch between surrogates is checked once, so the work is linear.
    static func read(_ bytes: [UInt8], from first: Int) -> Reading {
        var out = Array(bytes[..<first])
        out.reserveCapacity(bytes.count)
        var found = EncodedSurrogates()
        var index = first
        while index < bytes.count {
            guard startsSurrogate(bytes, at: index) else {
                let valid = bytes.span.extracting(index...)
                guard let bad = UTF8Scan.firstInvalidOffset(in: valid) else {
                    out.append(contentsOf: bytes[index...])
                    break
                }
                out.append(contentsOf: bytes[index..<(index + bad)])
                index += bad
                if !startsSurrogate(bytes, at: index) { return .invalid(at: index) }
                continue
            }
            let high = UInt32(bytes[index + 1] & 0x0F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            if bytes[index + 1] < 0xB0, startsSurrogate(bytes, at: index + 3), bytes[index + 4] >= 0xB0 {
                let low = UInt32(bytes[index + 4] & 0x0F) << 6 | UInt32(bytes[index + 5] & 0x3F)
                let scalar = 0x10000 + (high << 10 | low)
                out.append(contentsOf: [
                    UInt8(0xF0 | scalar >> 18), UInt8(0x80 | (scalar >> 12) & 0x3F),
                    UInt8(0x80 | (scalar >> 6) & 0x3F), UInt8(0x80 | scalar & 0x3F),
                ])
                if found.pairs == 0 { found.firstPair = out.count - 4 }
                found.pairs += 1
                index += 6
            } else {
                if found.lone == 0 { found.firstLone = out.count }
                out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                found.lone += 1
                index += 3
            }
        }
        return .read(out, found)
    }
}
