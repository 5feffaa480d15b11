/// What a piece of text is, so the theme can choose how it looks.
public enum StyleRole: Hashable, Sendable {
    case plain, dim, heading, label, link, error, title, byline
    /// A claim's kind (`counterclaim` stands out).
    case kind(String)
    /// A factor stance badge: `met`, `partial`, `unmet`, `states`; suggested ones dimmer.
    case stance(String, suggested: Bool)
}
