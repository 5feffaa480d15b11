/// Suggests factors for text nobody annotated, from the framework's cue terms.
///
/// A cue matches whole words, case-, accent- and punctuation-insensitively, as a run of words for a
/// multi-word cue (`those governed`, `a say`). What it suggests is always `source: .suggested`.
public struct FactorSuggester: Sendable {
    private struct Cue: Sendable {
        /// The cue's folded words, each followed by a space: `those governed `.
        var pattern: [UInt8]
        var factor: Int
        var text: String
    }

    private let factorIDs: [String]
    private let cues: [Cue]
    /// Open-addressed table from the hash of a cue's first word to the cues starting with it.
    private let slots: [[Int]]
    private let slotHashes: [UInt64]
    private let mask: Int

    public init(framework: Framework) {
        var normalizer = TextNormalizer()
        var cues: [Cue] = []
        for (index, factor) in framework.factors.enumerated() {
            for cue in factor.cues {
                var pattern: [UInt8] = []
                normalizer.appendFoldedWords(of: cue, to: &pattern)
                guard !pattern.isEmpty else { continue }
                cues.append(Cue(pattern: pattern, factor: index, text: cue))
            }
        }
        var size = 16
        while size < cues.count * 4 { size *= 2 }
        var slots = [[Int]](repeating: [], count: size)
        var hashes = [UInt64](repeating: 0, count: size)
        for (index, cue) in cues.enumerated() {
            let first = Array(cue.pattern.prefix { $0 != 0x20 })
            let hash = Self.key(first)
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while !slots[slot].isEmpty && hashes[slot] != hash { slot = (slot + 1) & (size - 1) }
            hashes[slot] = hash
            slots[slot].append(index)
        }
        factorIDs = framework.factors.map(\.id)
        self.cues = cues
        self.slots = slots
        self.slotHashes = hashes
        self.mask = size - 1
    }

    /// The factors `text` suggests, in the framework's order.
    public func suggest(in text: String) -> [FactorAssessment] {
        suggest(in: [text])[0]
    }

    /// The factors each text suggests, in the framework's order, each with its matched cues in the
    /// order they occur in the text.
    ///
    /// The texts are folded into one buffer of words, each followed by a space, and read once:
    /// each word's hash finds the cues that start with it, and a cue matches when its pattern
    /// continues there byte for byte.
    public func suggest<Text: StringProtocol>(in texts: [Text]) -> [[FactorAssessment]] {
        guard !texts.isEmpty else { return [] }
        var normalizer = TextNormalizer()
        let buffer = normalizer.foldedWords(of: texts, separator: 0x01)
        var matched = [[(cue: Int, offset: Int)]](repeating: [], count: texts.count)
        let bytes = buffer.span
        var text = 0
        var start = 0
        var key: UInt64 = 0
        for offset in 0..<bytes.count {
            let byte = bytes[offset]
            if byte == 0x20 {
                let length = offset - start
                if length > 0 { lookUp(hash: Self.finish(key, length: length), at: start, in: bytes, text: text, into: &matched) }
                start = offset + 1
                key = 0
            } else if byte == 0x01 {
                text += 1
                start = offset + 1
                key = 0
            } else if offset - start < 8 {
                key |= UInt64(byte) << UInt64(8 * (offset - start))
            }
        }
        return matched.map { found in
            var names = [[String]](repeating: [], count: factorIDs.count)
            for hit in found.sorted(by: { $0.offset < $1.offset }) {
                let cue = cues[hit.cue]
                if !names[cue.factor].contains(cue.text) { names[cue.factor].append(cue.text) }
            }
            return names.enumerated().compactMap { index, cues in
                cues.isEmpty ? nil : FactorAssessment(factor: factorIDs[index], stance: nil, source: .suggested, cues: cues)
            }
        }
    }

    private func lookUp(hash: UInt64, at start: Int, in bytes: Span<UInt8>, text: Int,
                        into matched: inout [[(cue: Int, offset: Int)]]) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while !slots[slot].isEmpty {
            if slotHashes[slot] == hash {
                for index in slots[slot] {
                    let pattern = cues[index].pattern
                    guard start + pattern.count <= bytes.count else { continue }
                    var same = true
                    for (position, byte) in pattern.enumerated() where bytes[start + position] != byte {
                        same = false
                        break
                    }
                    if same { matched[text].append((index, start)) }
                }
                return
            }
            slot = (slot + 1) & mask
        }
    }

    /// A word's key: its first eight bytes and its length, mixed. Words that share a key are told
    /// apart by the full comparison that follows, so the key only needs to be cheap and spread.
    private static func key(_ word: [UInt8]) -> UInt64 {
        var key: UInt64 = 0
        for (index, byte) in word.prefix(8).enumerated() { key |= UInt64(byte) << UInt64(8 * index) }
        return finish(key, length: word.count)
    }

    @inline(__always)
    private static func finish(_ key: UInt64, length: Int) -> UInt64 {
        (key ^ UInt64(length) &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9
    }
}
