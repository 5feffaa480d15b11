import Dispatch
import Synchronization

/// Runs independent pieces of work (one block, one footnote) on every core, keeping their order.
///
/// The indices are cut into contiguous chunks, run through `Parallel.map`; each chunk has a state
/// of its own (an inline parser and its buffers), so results never depend on how the chunks were
/// scheduled.
@usableFromInline
package enum ParallelWork {
    /// Chunks per list at most: a few per core keep the cores busy when chunks differ in cost.
    @inlinable static var maximumChunks: Int { 32 }

    /// `transform(&state, index)` for every index of `0..<count`, in index order, and the states
    /// the chunks ended with, in chunk order. Chunks hold at least `minimumChunk` items: below
    /// that, an item's work is not worth waking a thread for.
    @inlinable
    package static func map<State: Sendable, Result: Sendable>(_ count: Int, minimumChunk: Int = 16, parallel: Bool = true,
                                                               state makeState: @Sendable () -> State,
                                                               _ transform: @Sendable (inout State, Int) -> Result)
        -> (results: [Result], states: [State]) {
        let both = map(count, minimumChunk: minimumChunk, and: 0, minimumChunk: 1, parallel: parallel, state: makeState,
                       transform, { _, _ in () })
        return (both.first, both.firstStates)
    }

    /// Two lists of work in one stroke: `first(&state, index)` for every index of `0..<firstCount`
    /// and `second(&state, index)` for every index of `0..<secondCount`, each list's results and
    /// chunk states in order. A chunk holds items of one list only. The first list's chunks are
    /// handed out first, so give it the heavier items; one stroke wakes the threads once.
    ///
    /// `inOrder`, when given, is handed the first list's results as they are ready, in order: each
    /// call gets the results from the first up to the last one ready and a range of indices just
    /// finished, the ranges run from 0 to `firstCount` without gap or overlap (one empty call for
    /// an empty list), and no two calls overlap in time. It runs on whichever thread finished the
    /// chunk that let it go on, while the others go on parsing: work that must follow the first
    /// list in order (resolving citations) overlaps the parsing of the rest. It may change the
    /// results it was handed, which nothing else touches until the stroke ends.
    @inlinable
    package static func map<State: Sendable, First: Sendable, Second: Sendable>(
        _ firstCount: Int, minimumChunk firstMinimum: Int, and secondCount: Int, minimumChunk secondMinimum: Int,
        parallel: Bool = true, state makeState: @Sendable () -> State,
        _ first: @Sendable (inout State, Int) -> First, _ second: @Sendable (inout State, Int) -> Second,
        inOrder: (@Sendable (inout MutableSpan<First>, Range<Int>) -> Void)? = nil
    ) -> (first: [First], second: [Second], firstStates: [State], secondStates: [State]) {
        func chunkCount(_ count: Int, _ minimum: Int) -> Int {
            guard count > 0 else { return 0 }
            return parallel ? max(1, min(maximumChunks, count / max(1, minimum))) : 1
        }
        let firstChunks = chunkCount(firstCount, firstMinimum)
        let secondChunks = chunkCount(secondCount, secondMinimum)
        guard parallel, firstChunks + secondChunks > 1 else {
            var firstState = makeState()
            var firstResults = (0..<firstCount).map { first(&firstState, $0) }
            if let inOrder {
                var results = firstResults.mutableSpan
                inOrder(&results, 0..<firstCount)
            }
            var secondState = makeState()
            let secondResults = (0..<secondCount).map { second(&secondState, $0) }
            return (firstResults, secondResults, [firstState], [secondState])
        }
        // Each chunk writes its results into their places in one buffer per list, so they are
        // never copied from chunk arrays into the whole.
        var states: [State] = []
        var secondResults: [Second] = []
        let firstResults = ResultSlots<First>.filling(firstCount) { firstSlots in
            secondResults = ResultSlots<Second>.filling(secondCount) { secondSlots in
                let handOff = OrderedHandOff(chunks: firstChunks)
                if firstChunks == 0, let inOrder { firstSlots.withInitialized(0) { inOrder(&$0, 0..<0) } }
                states = Parallel.map(firstChunks + secondChunks) { chunk -> State in
                    var state = makeState()
                    if chunk < firstChunks {
                        for index in firstCount * chunk / firstChunks..<firstCount * (chunk + 1) / firstChunks {
                            firstSlots.initialize(index, to: first(&state, index))
                        }
                        if let inOrder {
                            handOff.finished(chunk) { chunks in
                                firstSlots.withInitialized(firstCount * chunks.upperBound / firstChunks) {
                                    inOrder(&$0, firstCount * chunks.lowerBound / firstChunks..<firstCount * chunks.upperBound / firstChunks)
                                }
                            }
                        }
                    } else {
                        let own = chunk - firstChunks
                        for index in secondCount * own / secondChunks..<secondCount * (own + 1) / secondChunks {
                            secondSlots.initialize(index, to: second(&state, index))
                        }
                    }
                    return state
                }
            }
        }
        return (firstResults, secondResults, Array(states.prefix(firstChunks)), Array(states.dropFirst(firstChunks)))
    }
}

/// Hands finished chunks over in chunk order, to one thread at a time.
///
/// A thread that finishes a chunk marks it done; if no thread is handing chunks over, it becomes
/// the one that does, and hands over every chunk that is done and next in order, checking again
/// under the lock before it stops, so no finished chunk is left waiting.
@usableFromInline
final class OrderedHandOff: Sendable {
    private struct State {
        var done: [Bool]
        /// The first chunk not handed over yet.
        var next = 0
        var handingOver = false

        /// The chunks done and next in order, now handed over; when none, the hand-over ends.
        mutating func takeReady() -> Range<Int> {
            let start = next
            while next < done.count, done[next] { next += 1 }
            if next == start { handingOver = false }
            return start..<next
        }
    }

    private let state: Mutex<State>

    @usableFromInline
    init(chunks: Int) {
        state = Mutex(State(done: [Bool](filledWith: false, count: chunks)))
    }

    /// Marks `chunk` done, then, unless another thread is at it, hands over the chunks now ready.
    @usableFromInline
    func finished(_ chunk: Int, handOver: (Range<Int>) -> Void) {
        var ready = state.withLock { state -> Range<Int> in
            state.done[chunk] = true
            guard !state.handingOver else { return 0..<0 }
            state.handingOver = true
            return state.takeReady()
        }
        while !ready.isEmpty {
            handOver(ready)
            ready = state.withLock { $0.takeReady() }
        }
    }
}
