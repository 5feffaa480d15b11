/// One line of the outline pane: a section, or a claim under it.
public struct OutlineEntry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case section(Int)
        case claim(String)
    }

    public var kind: Kind
    public var section: Int
}

/// The outline pane's part of the state: its entries and its cursor.
public struct OutlineState: Hashable, Sendable {
    /// The sections, and under each the annotated claims the filter keeps.
    public private(set) var entries: [OutlineEntry] = []
    /// The entry under the cursor.
    public var cursor = 0
    /// Where each section's and each claim's entry is, so finding one reads no list.
    private var sectionEntries: [Int] = []
    private var claimEntries: [String: Int] = [:]

    /// The entries of `model` that `filter` lets through, keeping the cursor on its section or claim.
    mutating func rebuild(_ model: ExplorerModel, filter: FactorFilter) {
        let kept = entries.indices.contains(cursor) ? entries[cursor] : nil
        var made: [OutlineEntry] = []
        var claims = model.claims.makeIterator()
        var next = claims.next()
        for index in model.essay.sections.indices {
            made.append(OutlineEntry(kind: .section(index), section: index))
            while let claim = next, claim.section <= index {
                if claim.section == index, claim.isClaim, !filter.hidesOthers || filter.matches(claim) {
                    made.append(OutlineEntry(kind: .claim(claim.id), section: index))
                }
                next = claims.next()
            }
        }
        entries = made
        sectionEntries = []
        claimEntries = [:]
        claimEntries.reserveCapacity(made.count)
        for (index, entry) in made.enumerated() {
            switch entry.kind {
            case .section: sectionEntries.append(index)
            case .claim(let id): claimEntries[id] = claimEntries[id] ?? index
            }
        }
        if let kept {
            cursor = entries.firstIndex(of: kept) ?? entries.firstIndex { $0.kind == .section(kept.section) } ?? 0
        }
        cursor = max(0, min(cursor, entries.count - 1))
    }

    /// The entry of section `index`.
    func entry(ofSection index: Int) -> Int? {
        sectionEntries.indices.contains(index) ? sectionEntries[index] : nil
    }

    /// The entry of claim `id`, if the outline shows it.
    func entry(ofClaim id: String) -> Int? {
        claimEntries[id]
    }
}
