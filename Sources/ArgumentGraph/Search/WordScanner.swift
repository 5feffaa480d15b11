/// Receives the words a `WordScanner` finds.
protocol WordSink {
    /// One word: its folded bytes, their hash (`TermTable.hash`), where its joiners cut it
    /// (offsets in `word`, usually none), and its UTF-8 range in the text.
    mutating func accept(word: UnsafeBufferPointer<UInt8>, hash: UInt32, cuts: [Int], range: Range<Int>)
}

/// Walks the words of UTF-8 text exactly as `TextNormalizer.tokens(in:)` splits them, without
/// making a `String` or an array per word: the indexing path, where texts run to megabytes.
/// ASCII letters and digits, most of any English text, never leave the loop.
struct WordScanner {
    private var normalizer = TextNormalizer()
    private let word = WordBuffer()
    private var cuts: [Int] = []

    init() {
        cuts.reserveCapacity(8)
    }

    /// The folded word being read: raw memory, so that storing a letter checks nothing.
    private final class WordBuffer {
        private(set) var pointer: UnsafeMutablePointer<UInt8>
        private var capacity = 256

        init() {
            pointer = .allocate(capacity: capacity)
        }

        /// Makes room for a word folded from `count` bytes of text (folding at most triples a character).
        func reserve(forTextOf count: Int) {
            let needed = count * 3 + 16
            guard needed > capacity else { return }
            pointer.deallocate()
            capacity = needed
            pointer = .allocate(capacity: capacity)
        }

        /// Makes room for `count` letters, keeping the first `kept`.
        func ensure(_ count: Int, keeping kept: Int) {
            guard count > capacity else { return }
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: count * 2)
            larger.update(from: pointer, count: kept)
            pointer.deallocate()
            pointer = larger
            capacity = count * 2
        }

        deinit {
            pointer.deallocate()
        }
    }

    /// Hands every word of `text` to `sink`, in order.
    mutating func scan<Sink: WordSink>(_ text: some StringProtocol, into sink: inout Sink) {
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in scan(bytes, into: &sink) }
        if scanned == nil { Array(text.utf8).withUnsafeBufferPointer { bytes in scan(bytes, into: &sink) } }
    }

    /// Hands every word of `bytes` to `sink`, in order.
    mutating func scan<Sink: WordSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        word.reserve(forTextOf: bytes.count)
        var letters = word.pointer
        var length = 0
        var start = -1
        var end = 0
        var pendingJoiner = false
        var offset = 0
        let count = bytes.count
        while offset < count {
            let byte = bytes[offset]
            var width = 1
            if byte < 0x80 {
                let isLower = byte &- 0x61 < 26
                let isUpper = byte &- 0x41 < 26
                if isLower || isUpper || byte &- 0x30 < 10 {
                    if start < 0 {
                        start = offset
                    } else if pendingJoiner {
                        cuts.append(length)
                        pendingJoiner = false
                    }
                    // The rest of an ASCII run in a loop of its own, so its few values stay in registers.
                    var letter = isUpper ? byte | 0x20 : byte
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
                    end = offset
                    continue
                }
                if byte == 0x27 || byte == 0x2D {
                    if start >= 0 && !pendingJoiner {
                        pendingJoiner = true
                        offset += 1
                        continue
                    }
                }
            } else {
                let (step, stepWidth) = normalizer.classify(bytes, at: offset)
                width = stepWidth
                var folded: [UInt8] = []
                switch step {
                case .letter(let letter): folded = [letter]
                case .folded(let some): folded = some
                case .joiner where start >= 0 && !pendingJoiner:
                    pendingJoiner = true
                    offset += width
                    continue
                case .mark where start >= 0, .ignored:
                    offset += width
                    continue
                default:
                    break
                }
                if !folded.isEmpty {
                    if start < 0 {
                        start = offset
                    } else if pendingJoiner {
                        cuts.append(length)
                        pendingJoiner = false
                    }
                    word.ensure(length + folded.count, keeping: length)
                    letters = word.pointer
                    for letter in folded {
                        letters[length] = letter
                        length += 1
                    }
                    end = offset + width
                    offset += width
                    continue
                }
            }
            // A separator (or a joiner that cannot join) ends the word.
            if start >= 0 {
                emit(length, start..<end, into: &sink)
                length = 0
                start = -1
            }
            pendingJoiner = false
            offset += width
        }
        if start >= 0 { emit(length, start..<end, into: &sink) }
    }

    /// Hands the word read to `sink`, hashed now rather than letter by letter: a running hash in the
    /// letter loop kept its other values out of registers.
    private mutating func emit<Sink: WordSink>(_ length: Int, _ range: Range<Int>, into sink: inout Sink) {
        let letters = UnsafeBufferPointer(start: word.pointer, count: length)
        sink.accept(word: letters, hash: TermTable.hash(letters), cuts: cuts, range: range)
        if !cuts.isEmpty { cuts.removeAll(keepingCapacity: true) }
    }
}
