/// Checks and counts UTF-8 a machine word at a time: well-formedness and how many scalars start
/// in a stretch of bytes.
///
/// Every function reads only inside the span it is given.
@usableFromInline
package enum UTF8Scan {
    /// The offset of the first byte that does not start or continue a well-formed sequence, or nil.
    package static func firstInvalidOffset(in bytes: Span<UInt8>) -> Int? {
        bytes.withUnsafeBufferPointer { bytes -> Int? in
            guard let base = bytes.baseAddress else { return nil }
            let raw = UnsafeRawPointer(base)
            var index = 0
            let count = bytes.count
            while index < count {
                // Eight ASCII bytes at a time: no byte has its top bit set.
                while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { break }
                let lead = bytes[index]
                if lead < 0x80 { index += 1; continue }
                let length: Int
                var minimum: UInt32
                switch lead {
                case 0xC2...0xDF: length = 2; minimum = 0x80
                case 0xE0...0xEF: length = 3; minimum = 0x800
                case 0xF0...0xF4: length = 4; minimum = 0x10000
                default: return index
                }
                if index + length > count { return index }
                var scalar = UInt32(lead) & (0xFF >> UInt32(length + 1))
                for step in 1..<length {
                    let next = bytes[index + step]
                    if next & 0xC0 != 0x80 { return index }
                    scalar = scalar << 6 | UInt32(next & 0x3F)
                }
                if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
                minimum = 0
                index += length
            }
            return nil
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
