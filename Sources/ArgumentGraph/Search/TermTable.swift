import Foundation

/// The words of one index, each stored once and numbered in order of first sight.
///
/// An open-addressing hash table over the words' folded bytes, kept in one byte arena: looking a
/// word up makes no `String`, which is what lets a thousand essays be indexed in well under a second.
struct TermTable: Sendable {
    /// Every word's bytes, one after another.
    private(set) var arena: [UInt8] = []
    /// Where word `id` starts in `arena`; one more entry than there are words.
    private(set) var starts: [Int32] = [0]
    private var hashes: [UInt32] = []
    /// Word id + 1 in each slot; 0 is empty. The count is a power of two.
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        arena.reserveCapacity(capacity * 8)
        starts.reserveCapacity(capacity + 1)
        hashes.reserveCapacity(capacity)
    }

    /// How many words the table holds.
    var count: Int { hashes.count }

    /// The id of `word`, whose hash is `hash`, adding it when new.
    @inline(__always)
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32 {
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let id = Int(entry - 1)
            if hashes[id] == hash && equals(id, word) { return Int32(id) }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        hashes.append(hash)
        arena.append(contentsOf: word)
        starts.append(Int32(arena.count))
        slots[slot] = id + 1
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `word`, adding it when new.
    mutating func intern(_ word: UnsafeBufferPointer<UInt8>) -> Int32 {
        intern(word, hash: TermTable.hash(word))
    }

    /// The id of `word`, if the table holds it.
    func find(_ word: String) -> Int32? {
        var word = word
        return word.withUTF8 { find($0, hash: TermTable.hash($0)) }
    }

    /// The id of `word`, whose hash is `hash`, if the table holds it.
    func find(_ word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32? {
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
    func bytes(_ id: Int32) -> ArraySlice<UInt8> {
        arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])]
    }

    /// Hands each word's id and bytes to `body`, in id order, reading the arena in place.
    func forEachWord(_ body: (Int32, UnsafeBufferPointer<UInt8>) -> Void) {
        arena.withUnsafeBufferPointer { arena in
            starts.withUnsafeBufferPointer { starts in
                for id in 0..<(starts.count - 1) {
                    body(Int32(id), UnsafeBufferPointer(rebasing: arena[Int(starts[id])..<Int(starts[id + 1])]))
                }
            }
        }
    }

    /// Word `id` as a string.
    func word(_ id: Int32) -> String {
        String(decoding: bytes(id), as: UTF8.self)
    }

    private func equals(_ id: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(starts[id])
        let end = Int(starts[id + 1])
        guard end - start == word.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            guard let base = stored.baseAddress, let other = word.baseAddress else { return word.isEmpty }
            return memcmp(base + start, other, word.count) == 0
        }
    }

    /// Gives back the room kept for more words, once no more will come: a corpus keeps a table an essay.
    mutating func fit() {
        arena = arena.withUnsafeBufferPointer { Array($0) }
        starts = starts.withUnsafeBufferPointer { Array($0) }
        hashes = hashes.withUnsafeBufferPointer { Array($0) }
        // The slots were sized for the words an essay of its length might hold; an essay's
        // vocabulary is far smaller, so they are laid out again at the size its words need.
        var size = 16
        while size < hashes.count * 2 { size <<= 1 }
        if size < slots.count { rehash(into: size) }
    }

    private mutating func grow() {
        rehash(into: slots.count * 2)
    }

    /// Lays the words out again in `size` slots, a power of two larger than twice their number.
    private mutating func rehash(into size: Int) {
        slots = Array(repeating: 0, count: size)
        mask = size - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }

    /// FNV-1a's starting value.
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a's step for one byte.
    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }

    /// The 64-bit running hash folded to the 32 bits the table keeps.
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash ^ (hash >> 29))
    }

    /// FNV-1a over the bytes, folded to 32 bits.
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = seed
        for byte in word { hash = mix(hash, byte) }
        return finish(hash)
    }
}
