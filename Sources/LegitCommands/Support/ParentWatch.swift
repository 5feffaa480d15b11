#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the process that started this one is still its parent: a test aid, so that a command a
/// test runs in a loop (`--rewrite N --while-parent PID`) ends with the test rather than going on
/// alone when the test is killed.
///
/// A process whose parent dies is taken over by another (init, or a subreaper), so `getppid()`
/// stops naming the pid the test passed; the check is one system call, POSIX, and asks nothing of
/// how the test started the command.
struct ParentWatch {
    /// The pid the parent passed, nil when none was (a user's command: nothing is watched).
    var parent: Int32?

    /// Whether the parent passed is gone: false when none was passed.
    var parentIsGone: Bool {
        guard let parent else { return false }
        return getppid() != parent
    }
}
