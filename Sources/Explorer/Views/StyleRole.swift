import ArgumentGraph

/// What a piece of text is, so the theme can choose how it looks.
public enum StyleRole: Hashable, Sendable {
    case plain, dim, heading, label, link, error, title, byline
    /// A claim's kind (`counterclaim` stands out); nil for a plain sentence.
    case kind(ClaimKind?)
    /// A factor badge or verdict, by stance; nil for a factor suggested without a stance. Suggested ones are dimmer.
    case stance(Stance?, suggested: Bool)
}
