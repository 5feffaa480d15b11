/// Keeps what a command loaded until the process ends, instead of freeing it when the command returns.
///
/// Freeing a thousand essays object by object takes a tenth of a second or more, while the kernel
/// takes a process's memory back at exit all at once; compilers skip the same freeing for the same
/// reason. The `legit` executable turns this on. Tests, which run many commands in one process,
/// leave it off, so each command's data is freed as before.
public enum LoadedUntilExit {
    /// Whether `keep` keeps anything; set once, before any command runs.
    nonisolated(unsafe) public static var isEnabled = false
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` to the end of the process when enabled. Commands load on the main thread only.
    static func keep(_ value: Any) {
        guard isEnabled else { return }
        kept.append(value)
    }
}
