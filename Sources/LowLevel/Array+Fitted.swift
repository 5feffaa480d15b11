extension Array {
    /// A copy in storage of its own, no larger than it needs: for arrays built in reserved or
    /// reused buffers that the model then keeps as long as the essay is open.
    @inlinable
    package func copiedToFit() -> [Element] {
        guard !isEmpty else { return [] }
        return Array(self[...])
    }

    /// An array of `count` copies of `element`, the same as `init(repeating:count:)`.
    ///
    /// `init(repeating:count:)` and `init(unsafeUninitializedCapacity:)` allocate through a
    /// standard-library function that is not specialized for the element type, so every call looks
    /// the storage class up at run time, several hundred instructions; copying a collection is
    /// specialized. The parser makes such arrays for every footnote, so the difference shows.
    @inlinable
    package init(filledWith element: Element, count: Int) {
        self.init(repeatElement(element, count: count))
    }
}
