#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The words of one index, each stored once and numbered in order of first sight.
///
/// An open-addressing hash table over the words' folded bytes, kept in one byte arena: looking a
/// word up makes no `String`, which is what lets a thousand essays be indexed in well under a
/// second. Words are handed in and out as spans, read in place; the table keeps no pointer.
@usableFromInline
package struct TermTable: Sendable {
    /// Every word's bytes, one after another.
    @usableFromInline var arena: [UInt8] = []
    /// Where word `id` starts in `arena`; one more entry than there are words.
    @usableFromInline var starts: [Int32] = [0]
    @usableFromInline var hashes: [UInt32] = []
    /// Word id + 1 in each slot; 0 is empty. The count is a power of two.
    @usableFromInline var slots: [Int32]
    @usableFromInline var mask: Int

    /// A table with room for about `capacity` words before it grows.
    package init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Int32](filledWith: 0, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 8)
        starts.reserveCapacity(capacity + 1)
        hashes.reserveCapacity(capacity)
    }

    /// How many words the table holds.
    @inlinable package var count: Int { hashes.count }

    /// The id of `word`, whose hash is `hash` (`TermTable.hash`), adding it when new.
    @inlinable @inline(__always)
    package mutating func intern(_ word: Span<UInt8>, hash: UInt32) -> Int32 {
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let id = Int(entry - 1)
            if hashes[id] == hash && equals(id, word) { return Int32(id) }
            slot = (slot + 1) & mask
        }
        return add(word, hash: hash, slot: slot)
    }

    /// The id of `word`, adding it when new.
    @inlinable
    package mutating func intern(_ word: Span<UInt8>) -> Int32 {
        intern(word, hash: TermTable.hash(word))
    }

    /// The id of `word`, if the table holds it.
    package func find(_ word: String) -> Int32? {
        let bytes = word.utf8Span.span
        return find(bytes, hash: TermTable.hash(bytes))
    }

    /// The id of `word`, whose hash is `hash`, if the table holds it.
    @inlinable
    package func find(_ word: Span<UInt8>, hash: UInt32) -> Int32? {
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let id = Int(entry - 1)
            if hashes[id] == hash && equals(id, word) { return Int32(id) }
            slot = (slot + 1) & mask
        }
    }

    /// The bytes of word `id`.
    package func bytes(_ id: Int32) -> ArraySlice<UInt8> {
        arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
    }

    /// Hands each word's id and bytes to `body`, in id order, reading the arena in place.
    package func forEachWord(_ body: (Int32, Span<UInt8>) -> Void) {
        let arena = arena.span
        for id in 0..<(starts.count - 1) {
            body(Int32(id), arena.extracting(Int(starts[id])..<Int(starts[id + 1])))
        }
    }

    /// Word `id` as a string.
    package func word(_ id: Int32) -> String {
        String(decoding: bytes(id), as: UTF8.self)
    }

    /// Stores `word` as a new word in the empty `slot`.
    @usableFromInline
    mutating func add(_ word: Span<UInt8>, hash: UInt32, slot: Int) -> Int32 {
        let id = Int32(hashes.count)
        hashes.append(hash)
        word.withUnsafeBufferPointer { arena.append(contentsOf: $0) }
        starts.append(Int32(arena.count))
        slots[slot] = id + 1
        if hashes.count * 2 > slots.count { rehash(into: slots.count * 2) }
        return id
    }

    /// Whether word `id` is `word`.
    @inlinable
    func equals(_ id: Int, _ word: Span<UInt8>) -> Bool {
        let start = Int(starts[id])
        let end = Int(starts[id + 1])
        guard end - start == word.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            word.withUnsafeBufferPointer { other in
                guard let base = stored.baseAddress, let other = other.baseAddress else { return word.isEmpty }
                return memcmp(base + start, other, word.count) == 0
            }
        }
    }

    /// Gives back the room kept for more words, once no more will come: a corpus keeps a table an essay.
    package mutating func fit() {
        arena = arena.copiedToFit()
        starts = starts.copiedToFit()
        hashes = hashes.copiedToFit()
        // The slots were sized for the words an essay of its length might hold; an essay's
        // vocabulary is far smaller, so they are laid out again at the size its words need.
        var size = 16
        while size < hashes.count * 2 { size <<= 1 }
        if size < slots.count { rehash(into: size) }
    }

    /// Lays the words out again in `size` slots, a power of two larger than twice their number.
    @usableFromInline
    mutating func rehash(into size: Int) {
        slots = [Int32](filledWith: 0, count: size)
        mask = size - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }

    /// FNV-1a's starting value.
    @inlinable static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// FNV-1a's step for one byte.
    @inlinable @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The 64-bit running hash folded to the 32 bits the table keeps.
    @inlinable @inline(__always)
    static func finish(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// FNV-1a over the bytes, folded to 32 bits.
    @inlinable
    package static func hash(_ word: Span<UInt8>) -> UInt32 {
        var hash = seed
        for index in word.indices { hash = mix(hash, word[index]) }
        return finish(hash)
    }
}
