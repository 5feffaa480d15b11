/// Byte classes for ASCII-level scanning of UTF-8 text.
@usableFromInline
package enum Bytes {
    @inlinable package static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    @inlinable package static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    @inlinable package static func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    @inlinable package static func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    @inlinable package static func isLetter(_ byte: UInt8) -> Bool { isUpper(byte) || isLower(byte) }
    /// Letters, digits and any non-ASCII byte (accented letters), the stuff of words.
    @inlinable package static func isWordByte(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) || byte >= 0x80 }
    @inlinable package static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte + 32 : byte }

    /// The bytes of a word of at most eight, ASCII letters lower-cased, in one integer; nil when
    /// longer. Text holds no NUL byte, so words of different lengths never pack alike: short word
    /// lists are matched by these keys with no string made.
    @inlinable
    package static func packedLowercase(_ word: some Collection<UInt8>) -> UInt64? {
        guard word.count <= 8 else { return nil }
        var key: UInt64 = 0
        for byte in word { key = key << 8 | UInt64(lowercased(byte)) }
        return key
    }

    /// Lends the UTF-8 of `literal` to `body`, read in place.
    @inlinable
    package static func withBytes<Result>(of literal: StaticString, _ body: (Span<UInt8>) -> Result) -> Result {
        literal.withUTF8Buffer { body($0.span) }
    }

    /// `packedLowercase` of the bytes `range` of `bytes`.
    @inlinable
    package static func packedLowercase(_ bytes: Span<UInt8>, _ range: Range<Int>) -> UInt64? {
        guard range.count <= 8 else { return nil }
        var key: UInt64 = 0
        for index in range { key = key << 8 | UInt64(lowercased(bytes[index])) }
        return key
    }
}
