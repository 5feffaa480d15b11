/// Finds the known ids an unknown one was probably meant to be, for "did you mean" hints, in time
/// that stays small however long the id or however many the known ones.
///
/// An id is compared only when it is at most `lengthLimit` characters: a longer one is no typo of
/// an id. A known id is a candidate when its length is within the edit budget of the unknown one's
/// and a count of their characters does not already rule it out; only candidates get the edit
/// distance, in a band as wide as the budget (so its cost is the budget times the id's length,
/// not the product of the lengths), and the budget shrinks to the best distance found so far.
/// The known ids are read once, when the suggester is made.
public struct IDSuggester: Sendable {
    /// Ids longer than this (in Unicode scalars) get no suggestion.
    public static let lengthLimit = 64

    private struct Known: Sendable {
        var id: String
        var scalars: [UInt32]
        var histogram: [UInt8]
    }

    private let known: [Known]

    /// A suggester among `ids`.
    public init(_ ids: [String]) {
        known = ids.compactMap { id in
            let scalars = id.unicodeScalars.map(\.value)
            guard scalars.count <= Self.lengthLimit else { return nil }
            return Known(id: id, scalars: scalars, histogram: Self.histogram(scalars))
        }
    }

    /// The largest edit distance a suggestion for an id of `length` scalars may be away.
    public static func budget(forLength length: Int) -> Int {
        max(2, (length + 2) / 3)
    }

    /// The known id nearest to `id` within its edit budget, if any (of equals, the first in
    /// byte order).
    public func nearest(to id: String) -> String? {
        let scalars = id.unicodeScalars.map(\.value)
        guard scalars.count <= Self.lengthLimit else { return nil }
        var limit = Self.budget(forLength: scalars.count)
        let histogram = Self.histogram(scalars)
        var best: (id: String, distance: Int)?
        var row: [Int] = []
        var previous: [Int] = []
        for candidate in known where abs(candidate.scalars.count - scalars.count) <= limit {
            guard Self.histogramBound(histogram, candidate.histogram) <= limit,
                  let distance = Self.distance(scalars, candidate.scalars, limit: limit, row: &row, previous: &previous)
            else { continue }
            if let current = best, distance > current.distance || (distance == current.distance && candidate.id >= current.id) { continue }
            best = (candidate.id, distance)
            limit = distance
        }
        return best?.id
    }

    /// Up to `count` known ids for `id`: those that contain it or that it contains (for ids of three
    /// characters or more), then the nearest within its budget.
    public func suggestions(for id: String, count: Int = 5) -> [String] {
        let length = id.unicodeScalars.count
        guard length <= Self.lengthLimit else { return [] }
        var found: [String] = []
        if length >= 3 {
            for candidate in known where candidate.id != id && (candidate.id.contains(id) || id.contains(candidate.id)) {
                found.append(candidate.id)
                if found.count == count { return found }
            }
        }
        if let nearest = nearest(to: id), !found.contains(nearest) { found.append(nearest) }
        return Array(found.prefix(count))
    }

    /// Counts of scalars by 32 buckets (capped at 255).
    private static func histogram(_ scalars: [UInt32]) -> [UInt8] {
        var counts = [UInt8](repeating: 0, count: 32)
        for scalar in scalars {
            let bucket = Int(scalar & 31)
            if counts[bucket] < 255 { counts[bucket] += 1 }
        }
        return counts
    }

    /// A lower bound of the edit distance from the bucket counts: each edit changes at most two
    /// counts by one (a substitution) or one count (an insertion or deletion).
    private static func histogramBound(_ a: [UInt8], _ b: [UInt8]) -> Int {
        var surplus = 0
        var deficit = 0
        for bucket in 0..<32 {
            let difference = Int(a[bucket]) - Int(b[bucket])
            if difference > 0 { surplus += difference } else { deficit -= difference }
        }
        return max(surplus, deficit)
    }

    /// The Levenshtein distance of `a` and `b` when it is at most `limit`, else nil, computed in a
    /// band of `limit` cells either side of the diagonal.
    private static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int, row: inout [Int], previous: inout [Int]) -> Int? {
        let n = a.count
        let m = b.count
        if abs(n - m) > limit { return nil }
        if n == 0 || m == 0 { return max(n, m) <= limit ? max(n, m) : nil }
        let outside = limit + 1
        if previous.count < m + 1 {
            previous = [Int](repeating: outside, count: m + 1)
            row = [Int](repeating: outside, count: m + 1)
        }
        for j in 0...m { previous[j] = j <= limit ? j : outside }
        for i in 1...n {
            let low = max(1, i - limit)
            let high = min(m, i + limit)
            row[0] = i <= limit ? i : outside
            if low > 1 { row[low - 1] = outside }
            var smallest = row[0]
            for j in low...high {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                let value = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                row[j] = min(value, outside)
                smallest = min(smallest, row[j])
            }
            if high < m { row[high + 1] = outside }
            if smallest > limit { return nil }
            swap(&row, &previous)
        }
        return previous[m] <= limit ? previous[m] : nil
    }
}
