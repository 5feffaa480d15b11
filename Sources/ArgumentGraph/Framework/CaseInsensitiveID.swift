/// A closed set of values named by ids (`ClaimKind`, `Stance`, `RelationType`, `SearchHit.Kind`,
/// `ExportFormat`): what a user types is matched without regard to case (`Counterclaim`, `MET`),
/// through the type, never by comparing strings at the call site.
public protocol CaseInsensitiveID: CaseIterable, RawRepresentable where RawValue == String {}

extension CaseInsensitiveID {
    /// The value whose id is `id` in any case, ignoring spaces around it.
    public init?(id: String) {
        let wanted = id.withoutOuterSpaces.lowercased()
        guard let found = Self.allCases.first(where: { $0.rawValue.lowercased() == wanted }) else { return nil }
        self = found
    }

    /// Every id, in the type's order, for messages (`use one of ...`).
    public static var ids: [String] {
        allCases.map(\.rawValue)
    }
}

extension ClaimKind: CaseInsensitiveID {}
extension Stance: CaseInsensitiveID {}
extension RelationType: CaseInsensitiveID {}
extension SearchHit.Kind: CaseInsensitiveID {}
extension ExportFormat: CaseInsensitiveID {}

extension Framework {
    /// The factor whose id is `id` in any case (the id exactly, first).
    public func factor(matching id: String) -> Factor? {
        if let exact = factor(id) { return exact }
        let wanted = id.withoutOuterSpaces.lowercased()
        return factors.first { $0.id.lowercased() == wanted }
    }
}

extension ArgumentMap {
    /// The subject whose id is `id` in any case (the id exactly, first).
    public func subject(matching id: String) -> Subject? {
        if let exact = subject(id) { return exact }
        let wanted = id.withoutOuterSpaces.lowercased()
        return subjects.first { $0.id.lowercased() == wanted }
    }
}

extension String {
    /// The string without spaces and tabs at either end.
    var withoutOuterSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[first...last]
    }
}
