/// A 1-based line and column in a source file; columns count Unicode scalars.
public struct SourcePosition: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The 1-based column, in Unicode scalars from the start of the line.
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A span of a source file, from `start` up to but not including `end`.
public struct SourceRange: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The first position inside the range.
    public var start: SourcePosition
    /// The position just after the last character of the range.
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// The range as `line:col-line:col`, the form the dump and diagnostics use.
    public var description: String { "\(start)-\(end)" }
}
