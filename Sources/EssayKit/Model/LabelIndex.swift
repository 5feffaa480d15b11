import LowLevel

/// Finds a footnote's position by its label: plain numbers through a table, other labels through a
/// dictionary.
///
/// Labels are looked up for every marker and every *supra* note; most are plain numbers, which a
/// table answers without hashing a string. The first position given for a label is the one kept.
struct LabelIndex: Sendable {
    /// For each plain number, its position plus one; 0 when no label has that number.
    private var byNumber: [Int32] = []
    private var byText: [String: Int] = [:]

    /// The largest number the table holds for `count` labels: numbers beyond go to the dictionary,
    /// so a stray huge label costs no table.
    private static func tableLimit(forCount count: Int) -> Int {
        min(count * 2 + 64, Int(Int32.max) - 1)
    }

    /// An empty index with a table for the numbers of about `expectedCount` labels.
    init(expectedCount: Int) {
        byNumber = [Int32](filledWith: 0, count: Self.tableLimit(forCount: expectedCount) + 1)
    }

    /// An index of `labels`, each at its position; a label given twice keeps its first position.
    /// The table runs only as far as the largest number it holds: an essay keeps its index.
    init(_ labels: [String]) {
        let limit = Self.tableLimit(forCount: labels.count)
        let largest = labels.lazy.compactMap(Self.plainNumber).filter { $0 <= limit }.max() ?? -1
        byNumber = [Int32](filledWith: 0, count: largest + 1)
        for (position, label) in labels.enumerated() { _ = insert(label, at: position) }
    }

    /// The index without the room kept for numbers no label took: an essay keeps its index.
    func fitted() -> LabelIndex {
        guard let last = byNumber.lastIndex(where: { $0 != 0 }) else { return LabelIndex(byNumber: [], byText: byText) }
        guard last + 1 < byNumber.count else { return self }
        return LabelIndex(byNumber: Array(byNumber[...last]), byText: byText)
    }

    private init(byNumber: [Int32], byText: [String: Int]) {
        self.byNumber = byNumber
        self.byText = byText
    }

    /// The position of `label`, if it is indexed.
    subscript(label: String) -> Int? {
        if let number = Self.plainNumber(label), number < byNumber.count {
            let stored = byNumber[number]
            return stored > 0 ? Int(stored) - 1 : nil
        }
        return byText[label]
    }

    /// Indexes `label` at `position` unless it is indexed already; returns the position it had.
    mutating func insert(_ label: String, at position: Int) -> Int? {
        if let number = Self.plainNumber(label), number < byNumber.count, position < Int(Int32.max) {
            let stored = byNumber[number]
            if stored > 0 { return Int(stored) - 1 }
            byNumber[number] = Int32(position + 1)
            return nil
        }
        if let existing = byText[label] { return existing }
        byText[label] = position
        return nil
    }

    /// The number of a label written in ASCII digits alone, without a leading zero; nil for any
    /// other label.
    static func plainNumber(_ label: String) -> Int? {
        let bytes = label.utf8Span.span
        guard !bytes.isEmpty, bytes.count <= 18, bytes[0] != UInt8(ascii: "0") || bytes.count == 1 else { return nil }
        var number = 0
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            number = number * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return number
    }
}
