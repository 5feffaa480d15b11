#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the next byte of interest in UTF-8 text eight bytes at a time, and line ends with the C
/// library's `memchr`.
///
/// Scanners look for a few ASCII bytes (sentence ends, markup characters) in long runs of plain
/// text; testing a whole machine word at once skips those runs quickly. Every function reads only
/// inside the span it is given and returns offsets into it; none keeps a pointer past its return.
@usableFromInline
package enum ByteScan {
    @inlinable static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable static var highBits: UInt64 { 0x8080_8080_8080_8080 }

    /// The first offset at or after `start` whose byte satisfies `matches`, or `bytes.count`.
    /// `anyMatch` must be true for a word (eight bytes, the first in its lowest byte) when
    /// `matches` holds for one of its bytes; it may be true for others too.
    @inlinable @inline(__always)
    package static func firstIndex(in bytes: Span<UInt8>, from start: Int,
                                   anyMatch: (UInt64) -> Bool, matches: (UInt8) -> Bool) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return buffer.count }
            let raw = UnsafeRawPointer(base)
            var index = max(0, start)
            while index < buffer.count {
                while index + 8 <= buffer.count, !anyMatch(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                }
                let limit = min(index + 8, buffer.count)
                while index < limit {
                    if matches(buffer[index]) { return index }
                    index += 1
                }
            }
            return buffer.count
        }
    }

    /// The first offset at or after `start` whose byte satisfies `matches`, or `bytes.count`; as
    /// `firstIndex(in:from:anyMatch:matches:)` for an array.
    @inlinable @inline(__always)
    package static func firstIndex(in bytes: [UInt8], from start: Int,
                                   anyMatch: (UInt64) -> Bool, matches: (UInt8) -> Bool) -> Int {
        firstIndex(in: bytes.span, from: start, anyMatch: anyMatch, matches: matches)
    }

    /// The first offset in `start..<end` whose byte satisfies `matches`, or `end` (at most
    /// `bytes.count`); as `firstIndex(in:from:anyMatch:matches:)` for the array's first `end` bytes.
    @inlinable @inline(__always)
    package static func firstIndex(in bytes: [UInt8], from start: Int, upTo end: Int,
                                   anyMatch: (UInt64) -> Bool, matches: (UInt8) -> Bool) -> Int {
        firstIndex(in: bytes.span.extracting(..<min(max(0, end), bytes.count)), from: start, anyMatch: anyMatch, matches: matches)
    }

    /// The first offset in `start..<end` (`end` at most `bytes.count`) whose byte satisfies
    /// `matches`, or `end`; sixteen bytes at a time.
    ///
    /// `lanes` must mark, of sixteen bytes, exactly those that satisfy `matches` (comparisons such
    /// as `block .== SIMD16(repeating: UInt8(ascii: "*"))` joined with `.|`, which compile to a
    /// few vector instructions): a block's first marked lane is the answer, with no second look
    /// at its bytes. About three times fewer instructions than `firstIndex(in:from:anyMatch:matches:)`
    /// for four or more bytes of interest.
    @inlinable @inline(__always)
    package static func firstIndex(in bytes: Span<UInt8>, from start: Int, upTo end: Int,
                                   lanes: (SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>>, matches: (UInt8) -> Bool) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            let end = min(max(0, end), buffer.count)
            guard let base = buffer.baseAddress else { return end }
            let raw = UnsafeRawPointer(base)
            var index = max(0, start)
            while index + 16 <= end {
                let marked = unsafeBitCast(lanes(raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)), to: SIMD2<UInt64>.self)
                // A marked lane is all ones; the lowest byte of a little-endian word is the first.
                if marked.x != 0 { return index + marked.x.trailingZeroBitCount >> 3 }
                if marked.y != 0 { return index + 8 + marked.y.trailingZeroBitCount >> 3 }
                index += 16
            }
            while index < end {
                if matches(buffer[index]) { return index }
                index += 1
            }
            return end
        }
    }

    /// `firstIndex(in:from:upTo:lanes:matches:)` over an array's bytes.
    @inlinable @inline(__always)
    package static func firstIndex(in bytes: [UInt8], from start: Int, upTo end: Int,
                                   lanes: (SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>>, matches: (UInt8) -> Bool) -> Int {
        firstIndex(in: bytes.span, from: start, upTo: end, lanes: lanes, matches: matches)
    }

    /// Whether `byte` is written twice in a row somewhere in `bytes`: sixteen pairs of neighbours
    /// at a time (two loads a byte apart), so a file without such a pair costs one pass.
    @inlinable
    package static func containsPair(of byte: UInt8, in bytes: Span<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count >= 2 else { return false }
            let raw = UnsafeRawPointer(base)
            let pattern = SIMD16<UInt8>(repeating: byte)
            var index = 0
            while index + 17 <= buffer.count {
                let here = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self) .== pattern
                let next = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self) .== pattern
                if any(here .& next) { return true }
                index += 16
            }
            while index + 1 < buffer.count {
                if buffer[index] == byte, buffer[index + 1] == byte { return true }
                index += 1
            }
            return false
        }
    }

    /// The first offset at or after `start` where one of three pairs of bytes is written (its first
    /// byte there, its second next), or `bytes.count`: sixteen offsets at a time, two loads a byte
    /// apart compared with the pairs' bytes, so one pass finds where any of several literals may
    /// start by their first two bytes (`ar`, ` m`, ` R`) instead of a search for each.
    @inlinable
    package static func firstIndex(ofPairs first: (UInt8, UInt8), _ second: (UInt8, UInt8), _ third: (UInt8, UInt8),
                                   in bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return buffer.count }
            let raw = UnsafeRawPointer(base)
            let (a0, a1) = (SIMD16<UInt8>(repeating: first.0), SIMD16<UInt8>(repeating: first.1))
            let (b0, b1) = (SIMD16<UInt8>(repeating: second.0), SIMD16<UInt8>(repeating: second.1))
            let (c0, c1) = (SIMD16<UInt8>(repeating: third.0), SIMD16<UInt8>(repeating: third.1))
            var index = max(0, start)
            while index + 17 <= buffer.count {
                let here = raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                let next = raw.loadUnaligned(fromByteOffset: index + 1, as: SIMD16<UInt8>.self)
                let found = (here .== a0 .& next .== a1) .| (here .== b0 .& next .== b1) .| (here .== c0 .& next .== c1)
                let marked = unsafeBitCast(found, to: SIMD2<UInt64>.self)
                // A marked lane is all ones; the lowest byte of a little-endian word is the first.
                if marked.x != 0 { return index + marked.x.trailingZeroBitCount >> 3 }
                if marked.y != 0 { return index + 8 + marked.y.trailingZeroBitCount >> 3 }
                index += 16
            }
            while index + 1 < buffer.count {
                let pair = (buffer[index], buffer[index + 1])
                if pair == first || pair == second || pair == third { return index }
                index += 1
            }
            return buffer.count
        }
    }

    /// Whether one of the eight bytes of `word` is less than `bound` (at most 128).
    @inlinable @inline(__always)
    package static func containsByte(_ word: UInt64, lessThan bound: UInt8) -> Bool {
        (word &- ones &* UInt64(bound)) & ~word & highBits != 0
    }

    /// Whether one of the eight bytes of `word` is `byte`.
    @inlinable @inline(__always)
    package static func contains(_ word: UInt64, _ byte: UInt8) -> Bool {
        let difference = word ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highBits != 0
    }

    /// The eight bytes at `offset` as one little-endian word (the byte at `offset` lowest); past
    /// the end of `bytes`, zero bytes. `offset` must lie in `0...bytes.count`.
    @inlinable @inline(__always)
    package static func word(in bytes: Span<UInt8>, at offset: Int) -> UInt64 {
        precondition(offset >= 0 && offset <= bytes.count, "ByteScan.word: offset out of the span")
        return bytes.withUnsafeBytes { raw in
            if offset + 8 <= raw.count { return UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) }
            var value: UInt64 = 0
            var shift: UInt64 = 0
            for index in offset..<raw.count {
                value |= UInt64(raw[index]) << shift
                shift += 8
            }
            return value
        }
    }

    /// The offset just past every line feed of `bytes`, in order, appended to `starts`.
    ///
    /// `memchr`, which the C library vectorizes, finds line ends several times faster than a
    /// word at a time: this is the one pass over every byte of every file.
    package static func appendLineStarts(of bytes: Span<UInt8>, to starts: inout [Int]) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count, let found = memchr(base + offset, 0x0A, buffer.count - offset) {
                offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                starts.append(offset)
            }
        }
    }

    /// The first offset at or after `start` holding `byte`, or nil; found with `memchr`.
    package static func firstIndex(of byte: UInt8, in bytes: Span<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress, let found = memchr(base + max(0, start), Int32(byte), buffer.count - max(0, start)) else {
                return nil
            }
            return UnsafeRawPointer(found) - UnsafeRawPointer(base)
        }
    }

    /// Whether the bytes of `literal` are written anywhere in `bytes`, found by `memchr` for the
    /// literal's byte at `anchor` and compared there.
    ///
    /// For a whole file and a literal holding a byte rare in text (`[`, a capital), the C
    /// library's search passes the file many times faster than `contains(_:in:range:)`, which
    /// tests every place by the literal's first and last bytes: a file's gate.
    package static func contains(_ literal: StaticString, in bytes: [UInt8], findingByteAt anchor: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard count > 0, anchor >= 0, anchor < count, bytes.count >= count, literal.hasPointerRepresentation else { return false }
        let expected = literal.utf8Start
        let key = Int32(expected[anchor])
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            // The anchor's byte stands from `anchor` on, up to the place the literal's end allows.
            let last = buffer.count - count + anchor
            var offset = anchor
            while offset <= last, let found = memchr(base + offset, key, last + 1 - offset) {
                let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                let start = at - anchor
                var index = 0
                while index < count, buffer[start + index] == expected[index] { index += 1 }
                if index == count { return true }
                offset = at + 1
            }
            return false
        }
    }

    /// Whether the bytes of `literal` are written in `range` of `bytes` (clamped to the array).
    ///
    /// Sixteen places the literal may start are tested at a time by its first and its last byte
    /// together (two loads `count - 1` bytes apart, compared and joined), and only a place holding
    /// both has its middle compared: a pair of bytes at that distance is rare even where each byte
    /// is common (` ed`, ` and`, `see `), so nearly every block is passed by about ten
    /// instructions, with no choice of an anchor per call. The literal's bytes are read where the
    /// compiler keeps them, with no closure to lend them.
    @inlinable
    package static func contains(_ literal: StaticString, in bytes: [UInt8], range: Range<Int>) -> Bool {
        let count = literal.utf8CodeUnitCount
        let lower = max(0, range.lowerBound)
        let upper = min(range.upperBound, bytes.count)
        guard count > 0, upper - lower >= count, literal.hasPointerRepresentation else { return false }
        let expected = literal.utf8Start
        let first = expected[0]
        let last = expected[count - 1]
        // The last offset the literal may start at inside the range.
        let lastStart = upper - count
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            /// Whether the bytes between the first and the last are the literal's, at `start`.
            func middleMatches(_ start: Int) -> Bool {
                var index = 1
                while index < count - 1, buffer[start + index] == expected[index] { index += 1 }
                return index >= count - 1
            }
            let firsts = SIMD16<UInt8>(repeating: first)
            let lasts = SIMD16<UInt8>(repeating: last)
            var start = lower
            // Sixteen starts at once; fewer than sixteen left are one more block, its other lanes
            // masked off, where the bytes around allow sixteen loads from both places.
            while start <= lastStart {
                var offset = start
                var keepLow = UInt64.max, keepHigh = UInt64.max
                if lastStart - start < 15 {
                    guard let block = lastBlock(from: start, upTo: lastStart + 1, count: buffer.count - (count - 1)) else { break }
                    (offset, keepLow, keepHigh) = (block.offset, block.low, block.high)
                }
                let opening = raw.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self) .== firsts
                let closing = raw.loadUnaligned(fromByteOffset: offset + count - 1, as: SIMD16<UInt8>.self) .== lasts
                let both = opening .& closing
                // Nearly every block marks no lane: one test of the whole mask passes it.
                if any(both) {
                    let marked = unsafeBitCast(both, to: SIMD2<UInt64>.self)
                    // A marked lane is all ones; the lowest byte of a little-endian word is the first.
                    var low = marked.x & keepLow
                    while low != 0 {
                        if middleMatches(offset + low.trailingZeroBitCount >> 3) { return true }
                        low &= ~(0xFF << UInt64(low.trailingZeroBitCount & ~7))
                    }
                    var high = marked.y & keepHigh
                    while high != 0 {
                        if middleMatches(offset + 8 + high.trailingZeroBitCount >> 3) { return true }
                        high &= ~(0xFF << UInt64(high.trailingZeroBitCount & ~7))
                    }
                }
                start = offset + 16
            }
            while start <= lastStart {
                if buffer[start] == first, buffer[start + count - 1] == last, middleMatches(start) { return true }
                start += 1
            }
            return false
        }
    }

    /// The block of sixteen offsets that covers `lower..<upper` (fewer than sixteen) and lies in
    /// `0..<count`: at `lower` when the bytes reach so far, else the last sixteen of them; with
    /// the masks of its lanes inside `lower..<upper`, for its two halves as little-endian words
    /// (a lane's byte all ones). Nil when `count` is under sixteen.
    @inlinable @inline(__always)
    package static func lastBlock(from lower: Int, upTo upper: Int, count: Int) -> (offset: Int, low: UInt64, high: UInt64)? {
        let offset = min(lower, count - 16)
        guard offset >= 0 else { return nil }
        return (offset, laneMask(lower - offset, upper - offset), laneMask(lower - offset - 8, upper - offset - 8))
    }

    /// The bytes of lanes `from..<to` (clamped to `0...8`) of a little-endian word set, the rest clear.
    @inlinable @inline(__always)
    package static func laneMask(_ from: Int, _ to: Int) -> UInt64 {
        let from = UInt64(min(max(from, 0), 8)), to = UInt64(min(max(to, 0), 8))
        // A shift by 64 is 0 in Swift, so the whole word's mask needs no case of its own.
        return ((1 << (to * 8)) &- 1) & ~((1 << (from * 8)) &- 1)
    }

    /// Whether the bytes of `literal` are written at `offset` of `bytes`, ending by `end` (and by
    /// the array's end); the first compared without ASCII case when `ignoringFirstLetterCase`. The
    /// literal's bytes are read where the compiler keeps them, with no closure to lend them.
    @inlinable
    package static func matches(_ literal: StaticString, in bytes: [UInt8], at offset: Int, end: Int, ignoringFirstLetterCase: Bool = false) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard offset >= 0, offset + count <= min(end, bytes.count), literal.hasPointerRepresentation else { return false }
        guard count > 0 else { return true }
        let expected = literal.utf8Start
        var step = 0
        if ignoringFirstLetterCase {
            guard Bytes.lowercased(bytes[offset]) == Bytes.lowercased(expected[0]) else { return false }
            step = 1
        }
        while step < count {
            guard bytes[offset + step] == expected[step] else { return false }
            step += 1
        }
        return true
    }
}
