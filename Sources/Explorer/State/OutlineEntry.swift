/// One line of the outline pane: a section, or an annotated claim under it.
public struct OutlineEntry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case section(Int)
        case claim(String)
    }

    public var kind: Kind
    public var section: Int

    static func entries(model: ExplorerModel) -> [OutlineEntry] {
        var entries: [OutlineEntry] = []
        for (index, _) in model.essay.sections.enumerated() {
            entries.append(OutlineEntry(kind: .section(index), section: index))
            for claim in model.claims where claim.isAnnotated && claim.section == index {
                entries.append(OutlineEntry(kind: .claim(claim.id), section: index))
            }
        }
        return entries
    }
}
