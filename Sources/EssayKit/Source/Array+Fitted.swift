extension Array {
    /// A copy in storage of its own, no larger than it needs: for arrays built in reserved or
    /// reused buffers that the model then keeps as long as the essay is open.
    func copiedToFit() -> [Element] {
        guard !isEmpty else { return [] }
        return [Element](unsafeUninitializedCapacity: count) { storage, initialized in
            _ = storage.initialize(from: self)
            initialized = count
        }
    }
}
