import LowLevel

/// Decides whether a word cut by a hyphen at a line's or a page's end keeps its hyphen, from how the
/// essay writes the same words elsewhere.
///
/// A typesetter hyphenates `truth-` / `ful` where the line ends; a compound such as
/// `multi-stakeholder` or `State-driven` may break at its own hyphen. Which one a break is shows in
/// the rest of the text: the hyphenated form written elsewhere keeps the hyphen; the joined form
/// written elsewhere drops it; both halves written elsewhere as words of their own make a compound;
/// otherwise a half is no word (`ful`, `ment`, `Ameri`) and the hyphen was the typesetter's.
/// Only the words of the breaks are counted, in one pass over the file.
struct HyphenEvidence: Sendable {
    /// How often each word the breaks ask about occurs in the file, lower-cased.
    private var counts: [[UInt8]: Int] = [:]

    /// Counts, over `bytes`, the words that the `breaks` (the halves before and after each hyphen)
    /// ask about: each half alone, the two joined, and the two with the hyphen.
    init(bytes: [UInt8], breaks: [(before: [UInt8], after: [UInt8])]) {
        var wanted: [[UInt8]: Int] = [:]
        var firstBytes = [Bool](repeating: false, count: 256)
        for (before, after) in breaks {
            let before = before.map(Bytes.lowercased)
            let after = after.map(Bytes.lowercased)
            for key in [before, after, before + after, before + [UInt8(ascii: "-")] + after] where !key.isEmpty {
                wanted[key] = 0
                firstBytes[Int(key[0])] = true
            }
        }
        guard !wanted.isEmpty else { return }
        // Words are runs of word bytes joined by single inner hyphens, as `multi-stakeholder`.
        var index = 0
        var word: [UInt8] = []
        while index < bytes.count {
            guard Bytes.isWordByte(bytes[index]), firstBytes[Int(Bytes.lowercased(bytes[index]))],
                  index == 0 || !Bytes.isWordByte(bytes[index - 1]) && bytes[index - 1] != UInt8(ascii: "-") else {
                index += 1
                continue
            }
            word.removeAll(keepingCapacity: true)
            while index < bytes.count {
                let byte = bytes[index]
                if Bytes.isWordByte(byte) {
                    word.append(Bytes.lowercased(byte))
                } else if byte == UInt8(ascii: "-"), index + 1 < bytes.count, Bytes.isWordByte(bytes[index + 1]), !word.isEmpty {
                    word.append(byte)
                } else {
                    break
                }
                index += 1
            }
            if let count = wanted[word] { wanted[word] = count + 1 }
        }
        counts = wanted
    }

    /// Whether the word cut as `before-` / `after` keeps its hyphen.
    func keepsHyphen(before: some Collection<UInt8>, after: some Collection<UInt8>) -> Bool {
        let before = before.map(Bytes.lowercased)
        let after = after.map(Bytes.lowercased)
        if counts[before + [UInt8(ascii: "-")] + after, default: 0] > 0 { return true }
        if counts[before + after, default: 0] > 0 { return false }
        // The break itself counts each half once.
        return counts[before, default: 0] > 1 && counts[after, default: 0] > 1
    }
}
