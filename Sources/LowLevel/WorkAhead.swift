import Dispatch
import Synchronization

/// Pure work on each item of a list, done in order on another thread while the caller walks the
/// same list: the caller takes an item's result once it is there, and otherwise works it out
/// itself, so what it reads never depends on how far the other thread got.
///
/// For a serial pass whose costly tests on each item are pure (the scan's line rules): the second
/// core, idle during the pass, does them ahead. Results are handed over a chunk at a time, under a
/// lock taken once a chunk. The thread stops at `stop()` or when the work is done.
package final class WorkAhead<Result: Sendable>: Sendable {
    /// Items per chunk handed over; inlinable, so that asking it costs no call across modules.
    @inlinable package static var chunkSize: Int { 256 }

    private let chunks: Mutex<[[Result]]>
    private let stopped = Atomic<Bool>(false)
    /// How many items there are.
    package let count: Int

    /// Starts working out `compute(index)` for every index of `0..<count`, in order, on another
    /// thread; with `parallel` false, or too few items to be worth a thread, nothing is worked out.
    package init(count: Int, parallel: Bool, compute: @escaping @Sendable (Int) -> Result) {
        self.count = count
        chunks = Mutex([])
        guard parallel, count > Self.chunkSize else { return }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var start = 0
            while start < count, !stopped.load(ordering: .relaxed) {
                let end = min(count, start + Self.chunkSize)
                var chunk: [Result] = []
                chunk.reserveCapacity(end - start)
                for index in start..<end { chunk.append(compute(index)) }
                chunks.withLock { $0.append(chunk) }
                start = end
            }
        }
    }

    /// The results of chunk `chunk` (items `chunk * chunkSize` on), when they are worked out.
    package func chunk(_ chunk: Int) -> [Result]? {
        chunks.withLock { chunk >= 0 && chunk < $0.count ? $0[chunk] : nil }
    }

    /// Tells the thread to stop after the chunk it is on: the caller needs no more.
    package func stop() {
        stopped.store(true, ordering: .relaxed)
    }
}
