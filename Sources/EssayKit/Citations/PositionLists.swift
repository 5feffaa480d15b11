/// Lists of catalog indices, one for each footnote position, in one flat array.
///
/// The run appends only to the position it is resolving, and resolves positions in order, so each
/// position's list is one stretch of the array. A list of its own for each footnote was thousands
/// of small arrays, each made, grown and freed on the run's serial path.
struct PositionLists {
    private var values: [Int] = []
    /// Where each position's list starts in `values`, for the positions up to the last appended
    /// to; a list ends where the next one starts, the last where `values` ends.
    private var starts: [Int] = [0]

    /// Empty lists for `count` positions.
    init(count: Int) {
        starts.reserveCapacity(count + 1)
    }

    /// The list at `position`: empty when nothing was appended there.
    subscript(position: Int) -> ArraySlice<Int> {
        let open = starts.count - 1
        guard position >= 0, position <= open else { return [] }
        return values[starts[position]..<(position == open ? values.count : starts[position + 1])]
    }

    /// The last value of the list at `position` (`self[position].last`, with no slice of the values made).
    func last(at position: Int) -> Int? {
        let open = starts.count - 1
        guard position >= 0, position <= open else { return nil }
        let end = position == open ? values.count : starts[position + 1]
        return end > starts[position] ? values[end - 1] : nil
    }

    /// Appends `value` to the list at `position`.
    mutating func append(_ value: Int, at position: Int) {
        guard position >= 0 else { return }
        let open = starts.count - 1
        if position >= open {
            while starts.count <= position { starts.append(values.count) }
            values.append(value)
            return
        }
        // An earlier position, which no run appends to: put in its place, the later lists moved on.
        values.insert(value, at: starts[position + 1])
        for later in (position + 1)...open { starts[later] += 1 }
    }
}
