extension Array {
    /// A copy in storage of its own, no larger than it needs: for arrays built in reserved or
    /// reused buffers that the model then keeps as long as the essay is open.
    @inlinable
    package func copiedToFit() -> [Element] {
        guard !isEmpty else { return [] }
        return Array(self[...])
    }

    /// The elements moved into storage of their own, no larger than they need, leaving this array
    /// empty: as `copiedToFit`, without counting a reference for each element's fields (a copy does,
    /// and freeing the original then drops them all again).
    @inlinable
    package mutating func movedToFit() -> [Element] {
        guard capacity > count else {
            var whole: [Element] = []
            swap(&whole, &self)
            return whole
        }
        // From the back into a list of its size, then from its back into another: each step a move.
        // Reversing the first list in place swapped by copy, a reference counted for each field.
        var backwards: [Element] = []
        backwards.reserveCapacity(count)
        while let last = popLast() { backwards.append(last) }
        var fitted: [Element] = []
        fitted.reserveCapacity(backwards.count)
        while let last = backwards.popLast() { fitted.append(last) }
        return fitted
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
