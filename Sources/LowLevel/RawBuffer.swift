/// A growable run of plain values in memory it owns, freed when it goes: for buffers written
/// value by value in the inner loop of indexing, where an array's uniqueness and capacity checks
/// at every write cost more than the work.
///
/// Not copyable, so exactly one owner frees the memory, in `deinit`; nothing outside reads it
/// but through `withSpan`, which lends a span for the length of one call.
@usableFromInline
package struct RawBuffer<Element: BitwiseCopyable>: ~Copyable {
    @usableFromInline var base: UnsafeMutablePointer<Element>
    @usableFromInline var capacity: Int
    @usableFromInline var storedCount = 0

    /// An empty buffer with room for `capacity` values before it grows.
    package init(capacity: Int) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// How many values the buffer holds.
    @inlinable package var count: Int { storedCount }

    /// Value `index`, which must be below `count`.
    @inlinable
    package subscript(index: Int) -> Element {
        precondition(index >= 0 && index < storedCount, "RawBuffer: index out of range")
        return base[index]
    }

    /// Appends `value`, growing when full.
    @inlinable @inline(__always)
    package mutating func append(_ value: Element) {
        if storedCount == capacity { grow(toHold: storedCount + 1) }
        (base + storedCount).initialize(to: value)
        storedCount &+= 1
    }

    /// Forgets the values, keeping the room.
    @inlinable
    package mutating func removeAll() {
        storedCount = 0
    }

    /// Makes room for `count` values in all, keeping those held.
    @inlinable
    package mutating func reserveCapacity(_ count: Int) {
        if count > capacity { grow(toHold: count) }
    }

    /// Lends the values to `body` as a span.
    @inlinable
    package borrowing func withSpan<Result>(_ body: (Span<Element>) -> Result) -> Result {
        body(UnsafeBufferPointer(start: base, count: storedCount).span)
    }

    /// Moves the values to memory with room for at least `count`, twice what was there at least.
    @usableFromInline
    mutating func grow(toHold count: Int) {
        let larger = max(count, capacity * 2)
        let moved = UnsafeMutablePointer<Element>.allocate(capacity: larger)
        moved.update(from: base, count: storedCount)
        base.deallocate()
        base = moved
        capacity = larger
    }
}

extension RawBuffer where Element == UInt8 {
    /// Appends the run of ASCII letters and digits of `bytes` that starts at `offset`, letters
    /// lower-cased, and returns the offset just past it. The byte at `offset` must be one.
    ///
    /// The run is copied in a loop of its own, so its few values stay in registers: ASCII letters
    /// and digits are most of any English text, and this is the loop that indexing spends on them.
    @inlinable
    package mutating func appendLowercasedASCIIRun(of bytes: Span<UInt8>, from offset: Int) -> Int {
        precondition(offset >= 0 && offset < bytes.count, "RawBuffer: the run must start inside the span")
        reserveCapacity(storedCount + bytes.count - offset)
        return bytes.withUnsafeBufferPointer { bytes in
            let letters = base
            var length = storedCount
            var offset = offset
            let count = bytes.count
            let first = bytes[offset]
            var letter = first &- 0x41 < 26 ? first | 0x20 : first
            while true {
                letters[length] = letter
                length &+= 1
                offset &+= 1
                guard offset < count else { break }
                let next = bytes[offset]
                let lowered = next | 0x20
                if lowered &- 0x61 < 26 {
                    letter = lowered
                } else if next &- 0x30 < 10 {
                    letter = next
                } else {
                    break
                }
            }
            storedCount = length
            return offset
        }
    }
}
