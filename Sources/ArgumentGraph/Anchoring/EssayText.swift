import EssayKit
import LowLevel

/// The essay's body as quotes are anchored in it: one unit per paragraph or quotation, one per list item.
///
/// The units' texts are joined into one byte buffer, NUL between them, so that no match can run
/// from one unit into the next; `occurrences(of:)` takes one needle or all of them in one pass.
public struct EssayText: Sendable {
    /// A paragraph, quotation or list item: the text a reader sees, with its sentences.
    public struct Unit: Sendable {
        public var section: Int
        public var block: Int
        public var item: Int?
        public var content: RichText
        public var sentences: [Sentence]

        /// The locator of the unit's sentence `index`.
        public func locator(ofSentence index: Int) -> SentenceLocator {
            SentenceLocator(section: section, block: block, item: item, sentence: index)
        }
    }

    public let units: [Unit]
    private let joined: [UInt8]
    private let starts: [Int]

    public init(essay: Essay) {
        var units: [Unit] = []
        for (sectionIndex, section) in essay.sections.enumerated() {
            for (blockIndex, block) in section.blocks.enumerated() {
                if block.holdsItems {
                    for (itemIndex, item) in block.items.enumerated() {
                        units.append(Unit(section: sectionIndex, block: blockIndex, item: itemIndex, content: item.content, sentences: item.sentences))
                    }
                } else {
                    units.append(Unit(section: sectionIndex, block: blockIndex, item: nil, content: block.content, sentences: block.sentences))
                }
            }
        }
        var joined: [UInt8] = []
        var starts: [Int] = []
        joined.reserveCapacity(units.reduce(0) { $0 + $1.content.text.utf8.count + 1 })
        for unit in units {
            starts.append(joined.count)
            joined.append(contentsOf: unit.content.text.utf8)
            joined.append(0)
        }
        self.units = units
        self.joined = joined
        self.starts = starts
    }

    /// Every place `needle` occurs, as (unit index, UTF-8 offset in the unit's text), overlaps included.
    public func occurrences(of needle: String) -> [(unit: Int, offset: Int)] {
        guard !needle.isEmpty, !needle.utf8.contains(0) else { return [] }
        let pattern = Array(needle.utf8)
        let text = joined.span
        var found: [(unit: Int, offset: Int)] = []
        // Each unit ends in NUL, which no needle holds, so no match runs from one unit into the
        // next; each place the first byte occurs is compared in turn, apart from `NeedleTrie`.
        var unit = 0
        var from = 0
        while let hit = ByteScan.firstIndex(of: pattern[0], in: text, from: from) {
            from = hit + 1
            guard hit + pattern.count <= text.count else { break }
            var same = true
            for index in 1..<pattern.count where text[hit + index] != pattern[index] {
                same = false
                break
            }
            guard same else { continue }
            while unit + 1 < starts.count, starts[unit + 1] <= hit { unit += 1 }
            found.append((unit, hit - starts[unit]))
        }
        return found
    }

    /// Every place each needle occurs, as `occurrences(of:)` finds them, in one pass for all needles.
    public func occurrences(of needles: [String]) -> [[(unit: Int, offset: Int)]] {
        firstOccurrences(of: needles, limit: Int.max).map(\.places)
    }

    /// How many times each needle occurs, and the first `limit` places, in one pass for all needles.
    ///
    /// The distinct needles go into a `NeedleTrie`, which walks the text once: the time grows with
    /// the text and the places found, not with how many needles there are, how much they share, or
    /// how many of them are the same quote.
    public func firstOccurrences(of needles: [String], limit: Int) -> [(count: Int, places: [(unit: Int, offset: Int)])] {
        var distinct: [String: Int] = [:]
        let ids = needles.map { needle in
            if let id = distinct[needle] { return id }
            distinct[needle] = distinct.count
            return distinct.count - 1
        }
        var unique = [String](repeating: "", count: distinct.count)
        for (needle, id) in distinct { unique[id] = needle }
        var found = [(count: Int, places: [(unit: Int, offset: Int)])](repeating: (0, []), count: unique.count)
        let trie = NeedleTrie(unique)
        trie.search(joined.span) { needle, position in
            found[needle].count += 1
            if found[needle].places.count < limit { found[needle].places.append(locate(position)) }
        }
        return ids.map { found[$0] }
    }

    /// How many times each needle occurs, overlaps included, in one pass for all needles: what
    /// `firstOccurrences(of:limit: 0)` counts, without setting equal needles aside first (hashing
    /// whole sentences cost more than the search when the needles are an essay's own sentences).
    public func occurrenceCounts(of needles: [String]) -> [Int] {
        var counts = [Int](repeating: 0, count: needles.count)
        NeedleTrie(needles).search(joined.span) { needle, _ in counts[needle] += 1 }
        return counts
    }

    /// The unit holding byte `offset` of the joined text, and the offset within that unit.
    private func locate(_ offset: Int) -> (unit: Int, offset: Int) {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return (low, offset - starts[low])
    }
}
