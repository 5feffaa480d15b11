import Foundation
import Synchronization

/// Work started on a thread of its own now and waited for later, so that steps of start-up overlap.
///
/// A thread of its own, not a queue's: works wait for one another (the layout for the parse), and
/// a pool the size of the machine's cores could hold only the waiting ones.
final class BackgroundWork<Value: Sendable>: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    /// Written once by the worker before it signals `finished`, read only after waiting for it.
    private let outcome = Mutex<Result<Value, any Error>?>(nil)

    /// Starts `work` on a new thread.
    init(_ work: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            let result = Result(catching: work)
            outcome.withLock { $0 = result }
            finished.signal()
        }
        thread.start()
    }

    /// Waits for the work to end, then returns its value or throws its error; later calls return at once.
    func value() throws -> Value {
        finished.wait()
        defer { finished.signal() }
        guard let outcome = outcome.withLock({ $0 }) else { preconditionFailure("BackgroundWork signalled before it finished") }
        return try outcome.get()
    }

    /// Waits for the work to end, without taking its value.
    func wait() {
        finished.wait()
        finished.signal()
    }

    /// The work's value if it has ended (or its error), nil at once if it is still running.
    func valueIfFinished() throws -> Value? {
        guard finished.wait(timeout: .now()) == .success else { return nil }
        defer { finished.signal() }
        guard let outcome = outcome.withLock({ $0 }) else { preconditionFailure("BackgroundWork signalled before it finished") }
        return try outcome.get()
    }
}
