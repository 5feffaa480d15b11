import ArgumentGraph

/// The mark that tells stances apart without colour: each badge is followed by one.
public enum StanceMark {
    /// `+` met, `~` partly met, `-` not met, `=` states the factor, `?` suggested.
    public static func mark(_ stance: Stance?, suggested: Bool) -> String {
        guard let stance else { return "?" }
        if suggested { return "?" }
        switch stance {
        case .met: return "+"
        case .partial: return "~"
        case .unmet: return "-"
        case .states: return "="
        }
    }
}
