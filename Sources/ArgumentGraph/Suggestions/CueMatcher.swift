import EssayKit

/// Finds cue words in many texts at once: whole folded words, case-, accent- and
/// punctuation-insensitive, a multi-word cue as a run of words.
///
/// A cue may be anchored (`^in short`: only as a text's first words) or have a gap (`answers to no
/// ... at all`: the second part within `gapWords` words after the first). The texts are folded
/// into one buffer of words (each followed by a space, each text by 0x01) and read once: each
/// word's key finds the cue parts that start with it, and a part matches when its words continue
/// there byte for byte.
struct CueMatcher: Sendable {
    /// One match: which cue, and the words it covers in its text (first to one past the last).
    struct Match: Hashable, Sendable {
        var cue: Int
        var words: Range<Int>
    }

    /// How many words may come between the parts of a cue written with `...`.
    static let gapWords = 8

    private struct Part: Sendable {
        /// The part's folded words, each followed by a space: `those governed `.
        var pattern: [UInt8]
        var words: Int
        var cue: Int
        var index: Int
    }

    private struct Cue: Sendable {
        var parts: Int
        var anchored: Bool
    }

    private let cues: [Cue]
    private let parts: [Part]
    /// Open-addressed table from the key of a part's first word to the parts starting with it.
    private let slots: [[Int]]
    private let slotKeys: [UInt64]
    private let mask: Int

    /// A matcher for `cues` as written (`^` and `...` read as above); a cue with no words (all
    /// punctuation) never matches here.
    init(_ cueTexts: [String]) {
        var normalizer = TextNormalizer()
        var cues: [Cue] = []
        var parts: [Part] = []
        for (index, text) in cueTexts.enumerated() {
            var body = Array(text.utf8)
            while body.last == 0x20 || body.last == 0x09 { body.removeLast() }
            let start = body.firstIndex { $0 != 0x20 && $0 != 0x09 } ?? body.count
            let anchored = start < body.count && body[start] == 0x5E
            let pieces = Self.pieces(body, from: anchored ? start + 1 : start)
            var made = 0
            for (order, piece) in pieces.enumerated() {
                let pattern = normalizer.foldedWords(ofBytes: body.span.extracting(piece))
                guard !pattern.isEmpty else { continue }
                parts.append(Part(pattern: pattern, words: pattern.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }, cue: index, index: order))
                made += 1
            }
            // A cue whose pieces do not all have words is dropped whole.
            if made != pieces.count { parts.removeLast(made) }
            cues.append(Cue(parts: made == pieces.count ? made : 0, anchored: anchored))
        }
        var size = 16
        while size < parts.count * 4 { size *= 2 }
        var slots = [[Int]](repeating: [], count: size)
        var keys = [UInt64](repeating: 0, count: size)
        for (index, part) in parts.enumerated() {
            let key = Self.key(part.pattern[..<(part.pattern.firstIndex(of: 0x20) ?? part.pattern.count)])
            var slot = Int(truncatingIfNeeded: key) & (size - 1)
            while !slots[slot].isEmpty && keys[slot] != key { slot = (slot + 1) & (size - 1) }
            keys[slot] = key
            slots[slot].append(index)
        }
        self.cues = cues
        self.parts = parts
        self.slots = slots
        slotKeys = keys
        mask = size - 1
    }

    /// Where the parts of a cue's text (`bytes` from `start`) lie between its `...` gaps
    /// (Foundation's `components(separatedBy:)` cost more than all the rest of making a matcher).
    private static func pieces(_ bytes: [UInt8], from start: Int) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var from = start
        var index = start
        while index < bytes.count {
            if index + 2 < bytes.count, bytes[index] == 0x2E, bytes[index + 1] == 0x2E, bytes[index + 2] == 0x2E {
                pieces.append(from..<index)
                index += 3
                from = index
            } else {
                index += 1
            }
        }
        pieces.append(from..<bytes.count)
        return pieces
    }

    /// Every match in each text, in the order of the words they start at.
    func matches<Text: StringProtocol>(in texts: [Text]) -> [[Match]] {
        matchesAndWords(in: texts).map(\.matches)
    }

    /// Every match in each text, and how many words the text has.
    func matchesAndWords<Text: StringProtocol>(in texts: [Text]) -> [(matches: [Match], words: Int)] {
        guard !texts.isEmpty else { return [] }
        var counts = [Int](repeating: 0, count: texts.count)
        var normalizer = TextNormalizer()
        let buffer = normalizer.foldedWords(of: texts, separator: 0x01)
        // Each part found: (text, part, first word, byte offset of the word).
        var found = [[(part: Int, word: Int)]](repeating: [], count: texts.count)
        var text = 0
        var start = 0
        var word = 0
        var key: UInt64 = 0
        var offset = 0
        for byte in buffer {
            if byte == 0x20 {
                let length = offset - start
                if length > 0 { lookUp(Self.finish(key, length: length), at: start, word: word, in: buffer, text: text, into: &found) }
                word += 1
                start = offset + 1
                key = 0
            } else if byte == 0x01 {
                counts[text] = word
                text += 1
                word = 0
                start = offset + 1
                key = 0
            } else if offset - start < 8 {
                key |= UInt64(byte) << UInt64(8 * (offset - start))
            }
            offset += 1
        }
        return found.indices.map { (assemble(found[$0]), counts[$0]) }
    }

    /// The cues whose parts were found, each part after the one before it.
    private func assemble(_ found: [(part: Int, word: Int)]) -> [Match] {
        var matches: [Match] = []
        for (index, hit) in found.enumerated() {
            let part = parts[hit.part]
            guard part.index == 0 else { continue }
            let cue = cues[part.cue]
            if cue.anchored && hit.word != 0 { continue }
            var end = hit.word + part.words
            var complete = true
            for next in 1..<max(1, cue.parts) {
                guard let later = found[(index + 1)...].first(where: {
                    parts[$0.part].cue == part.cue && parts[$0.part].index == next && $0.word >= end && $0.word - end <= Self.gapWords
                }) else {
                    complete = false
                    break
                }
                end = later.word + parts[later.part].words
            }
            if complete { matches.append(Match(cue: part.cue, words: hit.word..<end)) }
        }
        return matches
    }

    private func lookUp(_ key: UInt64, at start: Int, word: Int, in buffer: [UInt8], text: Int, into found: inout [[(part: Int, word: Int)]]) {
        var slot = Int(truncatingIfNeeded: key) & mask
        while !slots[slot].isEmpty {
            if slotKeys[slot] == key {
                for index in slots[slot] {
                    let pattern = parts[index].pattern
                    guard start + pattern.count <= buffer.count else { continue }
                    var same = true
                    var position = 0
                    while position < pattern.count {
                        if buffer[start + position] != pattern[position] {
                            same = false
                            break
                        }
                        position += 1
                    }
                    if same { found[text].append((index, word)) }
                }
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// A word's key: its first eight bytes and its length, mixed. Words that share a key are told
    /// apart by the full comparison that follows, so the key only needs to be cheap and spread.
    private static func key(_ word: ArraySlice<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for (index, byte) in word.prefix(8).enumerated() { key |= UInt64(byte) << UInt64(8 * index) }
        return finish(key, length: word.count)
    }

    private static func finish(_ key: UInt64, length: Int) -> UInt64 {
        (key ^ UInt64(length) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
    }
}
