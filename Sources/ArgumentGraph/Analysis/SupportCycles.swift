/// Finds circular support among claims: the strongly connected parts of the `supports` relation.
enum SupportCycles {
    /// One cycle through each strongly connected group of claims (or a claim supporting itself).
    static func find(in claims: [Claim]) -> [[String]] {
        let index = Dictionary(claims.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let successors: [[Int]] = claims.map { claim in claim.targets(.supports).compactMap { index[$0] } }
        var order = [Int](repeating: -1, count: claims.count)
        var low = [Int](repeating: 0, count: claims.count)
        var onStack = [Bool](repeating: false, count: claims.count)
        var stack: [Int] = []
        var counter = 0
        var groups: [[Int]] = []

        // Tarjan's algorithm, iterative so a long chain of support cannot overflow the stack.
        for root in claims.indices where order[root] < 0 {
            var work: [(node: Int, next: Int)] = [(root, 0)]
            order[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let top = work.last {
                let node = top.node
                if top.next < successors[node].count {
                    work[work.count - 1].next += 1
                    let child = successors[node][top.next]
                    if order[child] < 0 {
                        order[child] = counter; low[child] = counter; counter += 1
                        stack.append(child); onStack[child] = true
                        work.append((child, 0))
                    } else if onStack[child] {
                        low[node] = min(low[node], order[child])
                    }
                    continue
                }
                work.removeLast()
                if let parent = work.last?.node { low[parent] = min(low[parent], low[node]) }
                if low[node] == order[node] {
                    var group: [Int] = []
                    while let member = stack.popLast() {
                        onStack[member] = false
                        group.append(member)
                        if member == node { break }
                    }
                    if group.count > 1 || successors[node].contains(node) { groups.append(group) }
                }
            }
        }
        return groups.map { group in cycle(through: group, successors: successors).map { claims[$0].id } }
            .sorted { ($0.first ?? "") < ($1.first ?? "") }
    }

    /// A shortest cycle from the group's first claim (in file order) back to itself, inside the group.
    private static func cycle(through group: [Int], successors: [[Int]]) -> [Int] {
        let members = Set(group)
        guard let start = group.min() else { return [] }
        var previous: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in successors[node] where members.contains(next) {
                if next == start {
                    var path = [node]
                    while let before = previous[path[path.count - 1]] { path.append(before) }
                    return path.reversed()
                }
                if previous[next] == nil && next != start {
                    previous[next] = node
                    queue.append(next)
                }
            }
        }
        return group.sorted()
    }
}
