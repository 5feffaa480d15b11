import Dispatch

/// Runs independent pieces of work (one essay each) on every core, keeping their order.
@usableFromInline
package enum Parallel {
    /// `transform(index)` for every index of `0..<count`, in index order.
    ///
    /// Iterations are handed out one at a time, so a large essay next to small ones does not leave
    /// a core idle; below two items the work runs on the calling thread. Each result is written in
    /// its slot, so the order never depends on scheduling.
    @inlinable
    package static func map<Result: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> Result) -> [Result] {
        guard count > 1 else { return (0..<max(0, count)).map(transform) }
        return ResultSlots.filling(count) { slots in
            DispatchQueue.concurrentPerform(iterations: count) { index in
                slots.initialize(index, to: transform(index))
            }
        }
    }
}
