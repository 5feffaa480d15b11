import Dispatch

/// Runs independent pieces of work (one block, one footnote) on every core, keeping their order.
///
/// The indices are cut into contiguous chunks, run through `Parallel.map`; each chunk has a state of its own
/// (an inline parser and its buffers), so results never depend on how the chunks were scheduled.
enum ParallelWork {
    /// Chunks per call at most: a few per core keep the cores busy when chunks differ in cost.
    private static let maximumChunks = 32

    /// `transform(&state, index)` for every index of `0..<count`, in index order, and the states
    /// the chunks ended with, in chunk order. Chunks hold at least `minimumChunk` items: below
    /// that, an item's work is not worth waking a thread for.
    static func map<State: Sendable, Result: Sendable>(_ count: Int, minimumChunk: Int = 16, parallel: Bool = true,
                                                       state makeState: @Sendable () -> State,
                                                       _ transform: @Sendable (inout State, Int) -> Result)
        -> (results: [Result], states: [State]) {
        let chunks = parallel ? min(maximumChunks, count / max(1, minimumChunk)) : 1
        guard chunks > 1 else {
            var state = makeState()
            let results = (0..<count).map { transform(&state, $0) }
            return (results, [state])
        }
        // Each chunk writes its results into their places in one buffer, so they are never copied
        // from chunk arrays into the whole.
        var states: [State] = []
        let results = [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            let slots = ParallelSlots(base: base)
            states = Parallel.map(chunks) { chunk -> State in
                var state = makeState()
                for index in count * chunk / chunks..<count * (chunk + 1) / chunks {
                    slots.initialize(index, to: transform(&state, index))
                }
                return state
            }
            initialized = count
        }
        return (results, states)
    }
}
