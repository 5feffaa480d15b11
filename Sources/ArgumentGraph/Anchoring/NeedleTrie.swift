import LowLevel

/// Many needles (quotes) found in one pass over a text, in time linear in the text whatever the
/// needles share.
///
/// The needles are cut into eight-byte words and stored as a trie of words: a needle's path is its
/// whole words, and what is left (zero to seven bytes) is its tail at the end of the path. At each
/// position of the text the trie is walked one word at a time for as long as some needle begins
/// with those words, and at every node the tails of each length there are looked up whole. So ten
/// thousand quotes that all start with "The Security Council" cost no more than one does: the walk
/// never compares a position with each needle in turn. A 64-kilobit filter of the root's words
/// lets most positions go after one test.
///
/// When every needle is long (sentences, quotes), the text is not read at every position: the
/// eight bytes that end a window as long as the shortest needle's opening (`window`) are looked up
/// in a second filter, of every eight bytes within the needles' openings; when they are in none,
/// no needle starts anywhere in that window and the search moves past it (as Wu and Manber's
/// multi-pattern search shifts).
struct NeedleTrie {
    private struct Tail: Hashable {
        var node: Int32
        /// The tail's bytes, packed as `NeedleTrie.packed` does, with its length in the top byte.
        var key: UInt64
    }

    private var children: ChildTable
    private var tails: [Tail: [Int]] = [:]
    /// For each node, a bit for each tail length (0 to 7) some needle ends with there.
    private var tailLengths: [UInt8] = [0]
    private var filter = [UInt64](repeating: 0, count: 1024)
    /// The bytes every needle has, up to `longestWindow`, when it is more than eight; else nil.
    private var window: Int?
    /// Every eight bytes found within the first `window` bytes of a needle.
    private var windowFilter: [UInt64] = []

    /// The longest window read; a longer one would fill the window filter past telling.
    static let longestWindow = 40

    /// Indexes `needles`; an empty needle, or one holding a NUL, is never found.
    init(_ needles: [String]) {
        children = ChildTable(capacity: needles.reduce(0) { $0 + $1.utf8.count / 8 })
        tails.reserveCapacity(needles.count)
        var shortest = Int.max
        var openings: [[UInt8]] = []
        for (index, needle) in needles.enumerated() {
            let bytes = Array(needle.utf8)
            guard !bytes.isEmpty, !bytes.contains(0) else { continue }
            shortest = min(shortest, bytes.count)
            openings.append(Array(bytes.prefix(Self.longestWindow)))
            var node: Int32 = 0
            var offset = 0
            while offset + 8 <= bytes.count {
                let word = Self.packed(bytes[offset..<offset + 8])
                if node == 0 { mark(word) }
                if let next = children.child(of: node, word: word) {
                    node = next
                } else {
                    let next = Int32(tailLengths.count)
                    children.insert(next, of: node, word: word)
                    tailLengths.append(0)
                    node = next
                }
                offset += 8
            }
            let length = bytes.count - offset
            let key = Self.tailKey(Self.packed(bytes[offset...]), length: length)
            if node == 0 { mark(key) }
            tailLengths[Int(node)] |= 1 << UInt8(length)
            tails[Tail(node: node, key: key), default: []].append(index)
        }
        let window = min(shortest, Self.longestWindow)
        guard shortest != Int.max, window > 8 else { return }
        self.window = window
        windowFilter = [UInt64](repeating: 0, count: 1024)
        for opening in openings {
            for offset in 0...(window - 8) {
                let slot = Self.slot(Self.packed(opening[offset..<offset + 8]))
                windowFilter[slot >> 6] |= 1 << UInt64(slot & 63)
            }
        }
    }

    /// Calls `found(needle, position)` for every place a needle occurs in `text`, overlaps
    /// included, in order of position.
    func search(_ text: Span<UInt8>, found: (Int, Int) -> Void) {
        guard let window else {
            for position in 0..<text.count { visit(text, at: position, found: found) }
            return
        }
        var position = 0
        while position + window <= text.count {
            let last = Self.slot(Self.word(text, at: position + window - 8))
            if windowFilter[last >> 6] & (1 << UInt64(last & 63)) == 0 {
                // Those eight bytes lie within the first `window` bytes of any needle that starts
                // from here to `window - 8` bytes on, and no needle holds them there.
                position += window - 7
            } else {
                visit(text, at: position, found: found)
                position += 1
            }
        }
    }

    /// Calls `found` for every needle that occurs at `position`.
    @inline(__always)
    private func visit(_ text: Span<UInt8>, at position: Int, found: (Int, Int) -> Void) {
        let rootLengths = tailLengths[0]
        let first = Self.word(text, at: position)
        var maybe = position + 8 <= text.count && isMarked(first)
        if !maybe, rootLengths != 0 {
            for length in 1..<8 where rootLengths & (1 << UInt8(length)) != 0 && position + length <= text.count {
                if isMarked(Self.tailKey(first & Self.mask(length), length: length)) { maybe = true; break }
            }
        }
        guard maybe else { return }
        var node: Int32 = 0
        var offset = position
        var word = first
        while true {
            let lengths = tailLengths[Int(node)]
            if lengths != 0 {
                for length in 0..<8 where lengths & (1 << UInt8(length)) != 0 && offset + length <= text.count {
                    if let owners = tails[Tail(node: node, key: Self.tailKey(word & Self.mask(length), length: length))] {
                        for owner in owners { found(owner, position) }
                    }
                }
            }
            guard offset + 8 <= text.count, let next = children.child(of: node, word: word) else { break }
            node = next
            offset += 8
            word = Self.word(text, at: offset)
        }
    }

    private mutating func mark(_ key: UInt64) {
        let slot = Self.slot(key)
        filter[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    private func isMarked(_ key: UInt64) -> Bool {
        let slot = Self.slot(key)
        return filter[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// The (up to) eight bytes of `text` from `offset`, packed.
    private static func word(_ text: Span<UInt8>, at offset: Int) -> UInt64 {
        ByteScan.word(in: text, at: offset)
    }

    /// Up to eight bytes in one little-endian word, as `ByteScan.word` reads them.
    private static func packed<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var key: UInt64 = 0
        for (index, byte) in bytes.prefix(8).enumerated() { key |= UInt64(byte) << UInt64(8 * index) }
        return key
    }

    /// The low `length` bytes of a word.
    private static func mask(_ length: Int) -> UInt64 {
        length >= 8 ? ~0 : (1 << UInt64(8 * length)) - 1
    }

    /// A tail's packed bytes (at most seven) with its length in the top byte.
    private static func tailKey(_ packed: UInt64, length: Int) -> UInt64 {
        packed | UInt64(length) << 56
    }

    private static func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }
}

/// The trie's edges: from a node and the next eight bytes to the child node, in an open-addressed
/// table hashed with one multiplication (a `Dictionary` hashed each edge with SipHash, most of
/// the cost of making a trie of an essay's sentences).
private struct ChildTable {
    /// The parent node of each slot; -1 where the slot is empty.
    private var nodes: [Int32]
    private var words: [UInt64]
    private var children: [Int32]
    private var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        nodes = [Int32](repeating: -1, count: size)
        words = [UInt64](repeating: 0, count: size)
        children = [Int32](repeating: 0, count: size)
    }

    /// The child of `node` along `word`, if there is one.
    func child(of node: Int32, word: UInt64) -> Int32? {
        let mask = nodes.count - 1
        var slot = Self.slot(node, word) & mask
        while nodes[slot] >= 0 {
            if nodes[slot] == node && words[slot] == word { return children[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Records `child` as the child of `node` along `word`, which has none yet.
    mutating func insert(_ child: Int32, of node: Int32, word: UInt64) {
        if (count + 1) * 2 > nodes.count { grow() }
        let mask = nodes.count - 1
        var slot = Self.slot(node, word) & mask
        while nodes[slot] >= 0 { slot = (slot + 1) & mask }
        nodes[slot] = node
        words[slot] = word
        children[slot] = child
        count += 1
    }

    private mutating func grow() {
        let old = (nodes, words, children)
        var larger = ChildTable(capacity: nodes.count)
        for slot in old.0.indices where old.0[slot] >= 0 { larger.insert(old.2[slot], of: old.0[slot], word: old.1[slot]) }
        self = larger
    }

    private static func slot(_ node: Int32, _ word: UInt64) -> Int {
        Int(truncatingIfNeeded: ((word ^ UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9) >> 24)
    }
}
