/// The detail pane's part of the state: what it shows and which of its links is chosen.
public struct DetailState: Hashable, Sendable {
    public var subject: DetailSubject?
    /// The chosen link, counted among the pane's links.
    public var cursor = 0

    public init(subject: DetailSubject? = nil, cursor: Int = 0) {
        self.subject = subject
        self.cursor = cursor
    }
}
