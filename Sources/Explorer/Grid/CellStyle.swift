/// The eight colours every colour terminal has.
public enum TerminalColor: Int, Hashable, Sendable, CaseIterable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn: colours and attributes.
public struct CellStyle: Hashable, Sendable {
    public var foreground: TerminalColor?
    public var background: TerminalColor?
    public var bold = false
    public var dim = false
    public var italic = false
    public var underline = false
    public var reverse = false

    public init(foreground: TerminalColor? = nil, background: TerminalColor? = nil, bold: Bool = false, dim: Bool = false,
                italic: Bool = false, underline: Bool = false, reverse: Bool = false) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    public static let plain = CellStyle()

    /// This style with another laid over it: set attributes add, set colours replace.
    public func merged(with other: CellStyle) -> CellStyle {
        CellStyle(foreground: other.foreground ?? foreground, background: other.background ?? background,
                  bold: bold || other.bold, dim: dim || other.dim, italic: italic || other.italic,
                  underline: underline || other.underline, reverse: reverse || other.reverse)
    }
}
