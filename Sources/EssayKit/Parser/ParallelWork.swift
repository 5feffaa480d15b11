import Dispatch

/// Runs independent pieces of work (one block, one footnote) on every core, keeping their order.
///
/// The indices are cut into contiguous chunks; each chunk runs on one thread with a state of its own
/// (an inline parser and its buffers), so results never depend on how the chunks were scheduled.
enum ParallelWork {
    /// Chunks per call at most: a few per core keep the cores busy when chunks differ in cost.
    private static let maximumChunks = 32

    /// `transform(&state, index)` for every index of `0..<count`, in index order, and the states
    /// the chunks ended with, in chunk order. Chunks hold at least `minimumChunk` items: below
    /// that, an item's work is not worth waking a thread for.
    static func map<State: Sendable, Result: Sendable>(_ count: Int, minimumChunk: Int = 16, state makeState: @Sendable () -> State,
                                                       _ transform: @Sendable (inout State, Int) -> Result)
        -> (results: [Result], states: [State]) {
        let chunks = min(maximumChunks, count / max(1, minimumChunk))
        guard chunks > 1 else {
            var state = makeState()
            let results = (0..<count).map { transform(&state, $0) }
            return (results, [state])
        }
        var states: [State] = []
        let results = [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            states = [State](unsafeUninitializedCapacity: chunks) { stateBuffer, statesInitialized in
                guard let stateBase = stateBuffer.baseAddress else { return }
                let slots = Slots(base: base)
                let stateSlots = Slots(base: stateBase)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    var state = makeState()
                    for index in count * chunk / chunks..<count * (chunk + 1) / chunks {
                        slots.initialize(index, to: transform(&state, index))
                    }
                    stateSlots.initialize(chunk, to: state)
                }
                statesInitialized = chunks
            }
            initialized = count
        }
        return (results, states)
    }

    /// The uninitialized result buffer, shared by the chunks; each index is written by one chunk only.
    private struct Slots<Result>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Result>

        func initialize(_ index: Int, to value: Result) {
            (base + index).initialize(to: value)
        }
    }
}
