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

    @usableFromInline let chunks: Mutex<[[Result]]>
    /// How many chunks are handed over: read before the lock, so that asking for a chunk not yet
    /// worked out, as the caller does for each item while it is ahead, takes no lock.
    @usableFromInline let published = Atomic<Int>(0)
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
                let handedOver = chunks.withLock { chunks -> Int in
                    chunks.append(chunk)
                    return chunks.count
                }
                published.store(handedOver, ordering: .releasing)
                start = end
            }
        }
    }

    /// The results of chunk `chunk` (items `chunk * chunkSize` on), when they are worked out.
    /// Inlinable, so that it is specialized where it is asked: unspecialized, each call looked the
    /// list types up at run time, which took most of the scan's time spent asking.
    @inlinable
    package func chunk(_ chunk: Int) -> [Result]? {
        guard chunk >= 0, chunk < published.load(ordering: .acquiring) else { return nil }
        return chunks.withLock { chunk < $0.count ? $0[chunk] : nil }
    }

    /// Tells the thread to stop after the chunk it is on: the caller needs no more.
    package func stop() {
        stopped.store(true, ordering: .relaxed)
    }
}
