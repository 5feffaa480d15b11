import EssayKit

/// An institution or model the essay assesses, declared by the annotation file.
public struct Subject: Hashable, Sendable, Codable {
    /// The id claims use (`security-council`).
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
