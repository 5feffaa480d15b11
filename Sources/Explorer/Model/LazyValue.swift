import Synchronization

/// A value made on first use, once, whichever thread asks first; later uses share it.
///
/// The explorer's model is a value built before the first frame; parts of it that only some
/// readers need (the search index) are made when first asked for, so opening stays quick.
final class LazyValue<Value: Sendable>: Sendable {
    private let made = Mutex<Value?>(nil)
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) {
        self.make = make
    }

    var value: Value {
        made.withLock { made in
            if let made { return made }
            let value = make()
            made = value
            return value
        }
    }
}
