import Synchronization

/// Keeps what a command loaded until the process ends, instead of freeing it when the command returns.
///
/// Freeing a thousand essays object by object takes a tenth of a second or more, while the kernel
/// takes a process's memory back at exit all at once; compilers skip the same freeing for the same
/// reason. The `legit` executable turns this on. Tests, which run many commands in one process,
/// leave it off, so each command's data is freed as before.
public enum LoadedUntilExit {
    private static let enabled = Atomic(false)
    private static let kept = Mutex<[any Sendable]>([])

    /// Whether `keep` keeps anything; set once, before any command runs.
    public static var isEnabled: Bool {
        get { enabled.load(ordering: .relaxed) }
        set { enabled.store(newValue, ordering: .relaxed) }
    }

    /// Keeps `value` to the end of the process when enabled.
    static func keep(_ value: any Sendable) {
        guard isEnabled else { return }
        kept.withLock { $0.append(value) }
    }
}
