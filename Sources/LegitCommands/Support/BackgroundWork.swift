import Dispatch

/// Work started on another thread now and waited for later, so that two steps of start-up overlap.
final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let finished = DispatchSemaphore(value: 0)
    // Written once by the worker before it signals `finished`, read only after waiting for it.
    private var outcome: Result<Value, any Error>?

    /// Starts `work` on a global queue.
    init(_ work: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global(qos: .userInitiated).async {
            self.outcome = Result(catching: work)
            self.finished.signal()
        }
    }

    /// Waits for the work to end, then returns its value or throws its error; later calls return at once.
    func value() throws -> Value {
        finished.wait()
        defer { finished.signal() }
        guard let outcome else { preconditionFailure("BackgroundWork signalled before it finished") }
        return try outcome.get()
    }
}
