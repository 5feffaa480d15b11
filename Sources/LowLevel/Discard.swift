import Dispatch
import Synchronization

/// Frees values on another thread, once the caller is done with them.
///
/// A parse ends holding lists it needs no more (the raw notes and blocks, the stroke's spent
/// results); freeing them walks every note, which the caller need not wait for. The value moves
/// into a box the caller keeps no hold of, and a background thread empties the box.
package enum Discard {
    /// Drops `value` on a background thread.
    package static func later<Value>(_ value: consuming sending Value) {
        let box = DiscardBox(value)
        DispatchQueue.global(qos: .utility).async { box.drop() }
    }
}

/// The one hold on a value being discarded.
private final class DiscardBox<Value>: Sendable {
    private let held: Mutex<Value?>

    init(_ value: consuming sending Value) {
        held = Mutex(Optional(value))
    }

    func drop() {
        held.withLock { $0 = nil }
    }
}
