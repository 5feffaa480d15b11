/// A three-way merge by lines, as `diff3` makes one: the changes from a common base to each of two
/// texts, applied together when they touch different lines.
///
/// An annotation file changed on disk while legit held an edit of it is merged this way: the
/// reader's edit and the other writer's change both survive when they are in different places, and
/// the save is refused when they are in the same place.
enum LineMerge {
    /// A run of base lines replaced by other lines.
    struct Hunk: Equatable {
        var base: Range<Int>
        var lines: [Substring]
    }

    /// What merging found.
    enum Outcome: Equatable {
        case merged(String)
        /// Both change the lines around `line` (1-based, in the base text).
        case conflict(line: Int)
    }

    /// The merge of `ours` and `theirs`, both made from `base`, or where they change the same lines.
    static func merge(base: String, ours: String, theirs: String) -> Outcome {
        if ours == base { return .merged(theirs) }
        if theirs == base || theirs == ours { return .merged(ours) }
        let baseLines = lines(base)
        let mine = hunks(from: baseLines, to: lines(ours))
        let other = hunks(from: baseLines, to: lines(theirs))
        var merged: [Substring] = []
        var copied = 0
        var i = 0
        var j = 0
        while i < mine.count || j < other.count {
            let next: Hunk
            if i < mine.count, j < other.count {
                let a = mine[i], b = other[j]
                if touch(a.base, b.base) {
                    guard a == b else { return .conflict(line: min(a.base.lowerBound, b.base.lowerBound) + 1) }
                    next = a
                    i += 1
                    j += 1
                } else if a.base.lowerBound < b.base.lowerBound || (a.base.lowerBound == b.base.lowerBound && a.base.isEmpty) {
                    next = a
                    i += 1
                } else {
                    next = b
                    j += 1
                }
            } else if i < mine.count {
                next = mine[i]
                i += 1
            } else {
                next = other[j]
                j += 1
            }
            merged += baseLines[copied..<next.base.lowerBound]
            merged += next.lines
            copied = next.base.upperBound
        }
        merged += baseLines[copied...]
        return .merged(merged.joined())
    }

    /// Whether two hunks' base ranges share a line, or both insert at one place, or one inserts
    /// at the edge of the other: places where applying both would depend on their order.
    private static func touch(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        if a.isEmpty || b.isEmpty { return a.lowerBound >= b.lowerBound && a.lowerBound <= b.upperBound
            || b.lowerBound >= a.lowerBound && b.lowerBound <= a.upperBound }
        return a.overlaps(b)
    }

    /// The text's lines, each with its line break.
    static func lines(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var start = text.startIndex
        var index = text.utf8.startIndex
        while index < text.utf8.endIndex {
            if text.utf8[index] == 0x0A {
                let end = text.utf8.index(after: index)
                result.append(text[start..<end])
                start = end
            }
            index = text.utf8.index(after: index)
        }
        if start < text.endIndex { result.append(text[start...]) }
        return result
    }

    /// The changes from `a` to `b`, in order, by Myers' O((N+M)D) diff after the common start and
    /// end are set aside.
    static func hunks(from a: [Substring], to b: [Substring]) -> [Hunk] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let x = Array(a[prefix..<(a.count - suffix)])
        let y = Array(b[prefix..<(b.count - suffix)])
        if x.isEmpty && y.isEmpty { return [] }
        if x.isEmpty || y.isEmpty { return [Hunk(base: prefix..<(prefix + x.count), lines: y)] }
        // The lines both keep, as pairs of indices, from Myers' shortest edit script.
        guard let common = commonLines(x, y) else { return [Hunk(base: prefix..<(prefix + x.count), lines: y)] }
        var result: [Hunk] = []
        var i = 0
        var j = 0
        for (ci, cj) in common + [(x.count, y.count)] {
            if ci > i || cj > j { result.append(Hunk(base: (prefix + i)..<(prefix + ci), lines: Array(y[j..<cj]))) }
            i = ci + 1
            j = cj + 1
        }
        return result
    }

    /// The most lines two texts may differ by before they are taken as one change: beyond it the
    /// trace Myers' algorithm keeps (about D² numbers) would cost more than the merge is worth.
    static let differenceLimit = 2_000

    /// The index pairs of a longest run of common lines, found by Myers' algorithm with its trace;
    /// nil when the texts differ by more than `differenceLimit` lines.
    private static func commonLines(_ x: [Substring], _ y: [Substring]) -> [(Int, Int)]? {
        let n = x.count
        let m = y.count
        let offset = n + m + 1
        var frontier = [Int](repeating: 0, count: 2 * offset + 1)
        // trace[d] holds the frontier before step d, for k in -(d + 1)...(d + 1).
        var trace: [[Int]] = []
        var done = false
        for d in 0...min(n + m, differenceLimit) {
            trace.append(Array(frontier[(offset - d - 1)...(offset + d + 1)]))
            for k in stride(from: -d, through: d, by: 2) {
                var i = k == -d || (k != d && frontier[offset + k - 1] < frontier[offset + k + 1])
                    ? frontier[offset + k + 1] : frontier[offset + k - 1] + 1
                var j = i - k
                while i < n, j < m, x[i] == y[j] {
                    i += 1
                    j += 1
                }
                frontier[offset + k] = i
                if i >= n && j >= m {
                    done = true
                    break
                }
            }
            if done { break }
        }
        guard done else { return nil }
        // Walk the trace back from the end, collecting the diagonal moves.
        var pairs: [(Int, Int)] = []
        var i = n
        var j = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let saved = trace[d]
            func v(_ k: Int) -> Int { saved[k + d + 1] }
            let k = i - j
            let previousK = d == 0 ? k : (k == -d || (k != d && v(k - 1) < v(k + 1)) ? k + 1 : k - 1)
            let previousI = d == 0 ? 0 : v(previousK)
            let previousJ = previousI - previousK
            while i > previousI, j > previousJ {
                i -= 1
                j -= 1
                pairs.append((i, j))
            }
            if d > 0 {
                i = previousI
                j = previousJ
            }
        }
        return pairs.reversed()
    }
}
