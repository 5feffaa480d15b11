/// An uninitialized result buffer shared by parallel workers: each index is written once, by one
/// worker, so no two ever touch the same element.
struct ParallelSlots<Result>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Result>

    func initialize(_ index: Int, to value: Result) {
        (base + index).initialize(to: value)
    }

    /// The first `count` results, once every worker that wrote them is known to be done.
    func initialized(_ count: Int) -> UnsafeMutableBufferPointer<Result> {
        UnsafeMutableBufferPointer(start: base, count: count)
    }
}
