import ArgumentGraph

/// How many colours the terminal shows.
public enum ColorSupport: Hashable, Sendable {
    /// No colour: `NO_COLOR`, monochrome terminals; attributes only.
    case none
    /// The eight basic colours.
    case basic
}

/// Turns semantic roles into cell styles for a terminal's colour support.
public struct Theme: Hashable, Sendable {
    public var colors: ColorSupport

    public init(colors: ColorSupport) {
        self.colors = colors
    }

    func color(_ color: TerminalColor) -> TerminalColor? {
        colors == .none ? nil : color
    }

    public func style(_ role: StyleRole) -> CellStyle {
        switch role {
        case .plain: .plain
        case .dim: CellStyle(dim: true)
        case .heading: CellStyle(foreground: color(.cyan), bold: true)
        case .label: CellStyle(foreground: color(.yellow), bold: true)
        case .link: CellStyle(foreground: color(.blue), underline: colors == .none)
        case .error: CellStyle(foreground: color(.red), bold: true)
        case .title: CellStyle(bold: true)
        case .byline: CellStyle(italic: true)
        case .kind(let kind): kindStyle(kind)
        case .stance(let stance, let suggested):
            stanceStyle(stance).merged(with: CellStyle(dim: suggested))
        }
    }

    /// Claims in the text: counterclaims stand out; theses and conclusions are bold.
    func kindStyle(_ kind: ClaimKind?) -> CellStyle {
        switch kind {
        case .counterclaim?: CellStyle(foreground: color(.red), bold: true, underline: colors == .none)
        case .rebuttal?: CellStyle(foreground: color(.green))
        case .thesis?, .conclusion?: CellStyle(foreground: color(.yellow), bold: true)
        case .question?: CellStyle(foreground: color(.magenta))
        case .definition?: CellStyle(foreground: color(.cyan))
        case .evidence?: CellStyle(foreground: color(.blue))
        case .claim?, .premise?: CellStyle(foreground: color(.cyan), underline: colors == .none)
        case nil: .plain
        }
    }

    func stanceStyle(_ stance: Stance?) -> CellStyle {
        switch stance {
        case .met?: CellStyle(foreground: color(.green), bold: true)
        case .partial?: CellStyle(foreground: color(.yellow), bold: true)
        case .unmet?: CellStyle(foreground: color(.red), bold: true, reverse: colors == .none)
        case .states?, nil: CellStyle(foreground: color(.cyan))
        }
    }

    var selection: CellStyle { CellStyle(reverse: true) }
    /// A claim its words suggest, in the text and the outline.
    var suggested: CellStyle { CellStyle(dim: true, underline: true) }
    var match: CellStyle { colors == .none ? CellStyle(underline: true) : CellStyle(foreground: .black, background: .yellow) }
    var currentMatch: CellStyle { CellStyle(bold: true, reverse: true) }
    var border: CellStyle { CellStyle(dim: true) }
    var focusedTitle: CellStyle { CellStyle(foreground: color(.cyan), bold: true, reverse: colors == .none) }
    var status: CellStyle { CellStyle(reverse: true) }
    var emphasis: CellStyle { CellStyle(italic: true) }
    var marker: CellStyle { CellStyle(foreground: color(.magenta), bold: true) }
    /// The cursor of a line being typed, drawn in the status line.
    var cursor: CellStyle { CellStyle(underline: true) }
}
