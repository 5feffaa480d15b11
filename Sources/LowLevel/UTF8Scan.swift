/// Checks and counts UTF-8 a machine word at a time: well-formedness and how many scalars start
/// in a stretch of bytes.
///
/// Every function reads only inside the span it is given.
@usableFromInline
package enum UTF8Scan {
    /// The offset of the first byte that does not start or continue a well-formed sequence, or nil.
    package static func firstInvalidOffset(in bytes: Span<UInt8>) -> Int? {
        check(bytes).invalid
    }

    /// The text of `bytes`, exactly as `String(decoding: bytes, as: UTF8.self)` reads it, for less
    /// when they hold more than ASCII: the standard library checks such text at about ten
    /// instructions a byte, this check mostly a word or four at a time, and well-formed bytes are
    /// then copied into the string with no second check. ASCII, short and ill-formed bytes go to
    /// `String(decoding:as:)` (whose ASCII path is quicker than a copy, and which repairs).
    package static func string(_ bytes: Span<UInt8>) -> String {
        if bytes.count >= 32 {
            let checked = check(bytes)
            if checked.invalid == nil, !checked.ascii {
                return unsafe String(copying: UTF8Span(unchecked: bytes, isKnownASCII: false))
            }
        }
        return bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
    }

    /// Where `bytes` first stop being well-formed UTF-8 (nil when they never do), and whether
    /// every byte is ASCII. ASCII is passed 32 bytes at a time and then a word at a time up to the
    /// first byte with its top bit set, so the ASCII between two other scalars costs little.
    private static func check(_ bytes: Span<UInt8>) -> (invalid: Int?, ascii: Bool) {
        bytes.withUnsafeBufferPointer { bytes -> (invalid: Int?, ascii: Bool) in
            guard let base = bytes.baseAddress else { return (nil, true) }
            let raw = UnsafeRawPointer(base)
            var ascii = true
            var index = 0
            let count = bytes.count
            let high: UInt64 = 0x8080_8080_8080_8080
            while index < count {
                while index + 32 <= count {
                    let words = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)
                    if words & high != 0 { break }
                    index += 32
                }
                while index + 8 <= count {
                    let flags = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) & high
                    if flags != 0 {
                        // The first byte in memory is the word's lowest.
                        index += flags.trailingZeroBitCount >> 3
                        break
                    }
                    index += 8
                }
                guard index < count else { break }
                let lead = bytes[index]
                if lead < 0x80 { index += 1; continue }
                ascii = false
                // Each form's second byte has its own range (no overlong form, no surrogate, nothing
                // past U+10FFFF); the bytes after it are any continuation byte.
                let length: Int
                let secondLow: UInt8
                let secondHigh: UInt8
                switch lead {
                case 0xC2...0xDF: length = 2; secondLow = 0x80; secondHigh = 0xBF
                case 0xE0: length = 3; secondLow = 0xA0; secondHigh = 0xBF
                case 0xED: length = 3; secondLow = 0x80; secondHigh = 0x9F
                case 0xE1...0xEF: length = 3; secondLow = 0x80; secondHigh = 0xBF
                case 0xF0: length = 4; secondLow = 0x90; secondHigh = 0xBF
                case 0xF1...0xF3: length = 4; secondLow = 0x80; secondHigh = 0xBF
                case 0xF4: length = 4; secondLow = 0x80; secondHigh = 0x8F
                default: return (index, false)
                }
                if index + length > count { return (index, false) }
                let second = bytes[index + 1]
                if second < secondLow || second > secondHigh { return (index, false) }
                if length > 2, bytes[index + 2] & 0xC0 != 0x80 { return (index, false) }
                if length > 3, bytes[index + 3] & 0xC0 != 0x80 { return (index, false) }
                index += length
            }
            return (nil, ascii)
        }
    }

    /// How many scalars start in the 64 bytes from `start`: the continuation flags of its words
    /// are added lane by lane and summed once (a lane holds at most one flag a word, and the total
    /// fits a byte). `start + 64` must not pass the end of `bytes`.
    @inlinable
    package static func scalarCount(in bytes: Span<UInt8>, sixtyFourFrom start: Int) -> Int {
        precondition(start >= 0 && start + 64 <= bytes.count, "UTF8Scan: the 64 bytes must lie in the span")
        return bytes.withUnsafeBytes { raw in
            var flags: UInt64 = 0
            for word in 0..<8 {
                let value = raw.loadUnaligned(fromByteOffset: start &+ word &* 8, as: UInt64.self)
                flags &+= (value & ~(value << 1) & 0x8080_8080_8080_8080) >> 7
            }
            return 64 - Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
        }
    }

    /// How many scalars start in `range` of `bytes`: the bytes that are not UTF-8 continuation bytes.
    @inlinable
    package static func scalarCount(in bytes: Span<UInt8>, _ range: Range<Int>) -> Int {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count, "UTF8Scan: the range must lie in the span")
        return bytes.withUnsafeBytes { raw in
            var count = 0
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                // A continuation byte has its top bit set and the next one clear. The flags are summed
                // by a multiplication: `nonzeroBitCount` is no single instruction for the generic x86-64
                // this is built for.
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let flags = (word & ~(word << 1) & 0x8080_8080_8080_8080) >> 7
                count += 8 - Int(truncatingIfNeeded: (flags &* 0x0101_0101_0101_0101) >> 56)
                index += 8
            }
            while index < range.upperBound {
                if raw[index] & 0xC0 != 0x80 { count += 1 }
                index += 1
            }
            return count
        }
    }
}
