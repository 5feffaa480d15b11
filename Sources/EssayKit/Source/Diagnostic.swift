/// A problem found while reading an essay or its annotations, tied to a place in a file.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Codable, Comparable {
        case note, warning, error

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// The path of the file the diagnostic is about.
    public var file: String
    /// Where in that file.
    public var range: SourceRange
    /// What is wrong, and where useful what to do.
    public var message: String

    public init(_ severity: Severity, file: String, range: SourceRange, message: String) {
        self.severity = severity
        self.file = file
        self.range = range
        self.message = message
    }

    /// The diagnostic as `file:line:col: severity: message`, the form compilers use, on one line
    /// (a file name's control characters escaped).
    public var description: String {
        "\(file.escapingControls):\(range.start.line):\(range.start.column): \(severity.rawValue): \(message)"
    }
}
