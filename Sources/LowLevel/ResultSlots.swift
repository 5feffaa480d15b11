/// Room for the results of parallel work, filled in place: each slot is written once, by one
/// worker, so no two ever touch the same element and no result is copied from a chunk's array
/// into the whole.
///
/// The contract, which `Parallel` and `ParallelWork` keep and nothing outside this module sees:
/// `fill` writes every slot exactly once before it returns, and `withInitialized` is asked only
/// for slots whose writers are known to be done, by one thread at a time.
@usableFromInline
struct ResultSlots<Result>: @unchecked Sendable {
    @usableFromInline let base: UnsafeMutablePointer<Result>?
    @usableFromInline let count: Int

    @usableFromInline
    init(base: UnsafeMutablePointer<Result>?, count: Int) {
        self.base = base
        self.count = count
    }

    /// An array of `count` results, each written into its slot by `fill`.
    @inlinable
    static func filling(_ count: Int, _ fill: (ResultSlots<Result>) -> Void) -> [Result] {
        [Result](unsafeUninitializedCapacity: count) { buffer, initialized in
            fill(ResultSlots(base: buffer.baseAddress, count: count))
            initialized = count
        }
    }

    /// Writes the result of slot `index`.
    @inlinable
    func initialize(_ index: Int, to value: consuming Result) {
        precondition(index >= 0 && index < count, "ResultSlots: index out of range")
        guard let base else { return }
        (base + index).initialize(to: value)
    }

    /// Hands `body` the first `prefix` results, which it may change.
    @inlinable
    func withInitialized<Value>(_ prefix: Int, _ body: (inout MutableSpan<Result>) -> Value) -> Value {
        precondition(prefix >= 0 && prefix <= count, "ResultSlots: prefix out of range")
        var span = UnsafeMutableBufferPointer(start: prefix == 0 ? nil : base, count: prefix).mutableSpan
        return body(&span)
    }
}
