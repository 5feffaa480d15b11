import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs independent pieces of work (one essay each) on every core, keeping their order.
@usableFromInline
package enum Parallel {
    /// The cores this process may run on now (at least 1).
    package static let coreCount: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

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

    /// `first()` and `second()` at the same time, on two cores when `parallel`, and both results.
    ///
    /// The calling thread runs one of them (or both, in turn, when no other thread is free), so the
    /// call never waits on a thread that cannot start.
    @inlinable
    package static func both<First: Sendable, Second: Sendable>(parallel: Bool = true, _ first: @Sendable () -> First,
                                                                _ second: @Sendable () -> Second) -> (First, Second) {
        guard parallel else { return (first(), second()) }
        var secondResult: [Second] = []
        let firstResult = ResultSlots<First>.filling(1) { firstSlot in
            secondResult = ResultSlots<Second>.filling(1) { secondSlot in
                DispatchQueue.concurrentPerform(iterations: 2) { index in
                    if index == 0 { firstSlot.initialize(0, to: first()) } else { secondSlot.initialize(0, to: second()) }
                }
            }
        }
        return (firstResult[0], secondResult[0])
    }
}
