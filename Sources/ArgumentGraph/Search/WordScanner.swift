import EssayKit
import LowLevel

/// Receives the words a `WordScanner` finds.
protocol WordSink: ~Copyable {
    /// One word: its folded bytes, their hash (`TermTable.hash`), where its joiners cut it
    /// (offsets in `word`, usually none), and its UTF-8 range in the text.
    mutating func accept(word: Span<UInt8>, hash: UInt32, cuts: [Int], range: Range<Int>)
}

/// Walks the words of UTF-8 text exactly as `TextNormalizer.tokens(in:)` splits them, without
/// making a `String` or an array per word: the indexing path, where texts run to megabytes.
/// ASCII letters and digits, most of any English text, never leave the loop.
struct WordScanner: ~Copyable {
    private var normalizer = TextNormalizer()
    /// The folded word being read, in a buffer of its own so that storing a letter checks nothing.
    private var word = RawBuffer<UInt8>(capacity: 256)
    private var cuts: [Int] = []

    init() {
        cuts.reserveCapacity(8)
    }

    /// Hands every word of `text` to `sink`, in order.
    mutating func scan<Sink: WordSink & ~Copyable>(_ text: String, into sink: inout Sink) {
        scan(text.utf8Span.span, into: &sink)
    }

    /// Hands every word of `text` to `sink`, in order.
    mutating func scan<Sink: WordSink & ~Copyable>(_ text: Substring, into sink: inout Sink) {
        scan(text.utf8Span.span, into: &sink)
    }

    /// Hands every word of `bytes` to `sink`, in order.
    mutating func scan<Sink: WordSink & ~Copyable>(_ bytes: Span<UInt8>, into sink: inout Sink) {
        word.removeAll()
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
                        cuts.append(word.count)
                        pendingJoiner = false
                    }
                    offset = word.appendLowercasedASCIIRun(of: bytes, from: offset)
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
                        cuts.append(word.count)
                        pendingJoiner = false
                    }
                    for letter in folded { word.append(letter) }
                    end = offset + width
                    offset += width
                    continue
                }
            }
            // A separator (or a joiner that cannot join) ends the word.
            if start >= 0 {
                emit(start..<end, into: &sink)
                start = -1
            }
            pendingJoiner = false
            offset += width
        }
        if start >= 0 { emit(start..<end, into: &sink) }
    }

    /// Hands the word read to `sink`, hashed now rather than letter by letter: a running hash in the
    /// letter loop kept its other values out of registers.
    private mutating func emit<Sink: WordSink & ~Copyable>(_ range: Range<Int>, into sink: inout Sink) {
        // Lent out for the call: a second reference would make emptying it copy its storage.
        var cuts: [Int] = []
        swap(&cuts, &self.cuts)
        word.withSpan { letters in sink.accept(word: letters, hash: TermTable.hash(letters), cuts: cuts, range: range) }
        word.removeAll()
        if !cuts.isEmpty { cuts.removeAll(keepingCapacity: true) }
        swap(&cuts, &self.cuts)
    }
}
