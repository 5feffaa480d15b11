/// A failure that stops an essay from being read at all, with where and what to do about it.
public struct EssayError: Error, Sendable, CustomStringConvertible {
    /// The path of the file at fault.
    public var file: String
    /// Where in the file, when known.
    public var position: SourcePosition?
    /// What is wrong.
    public var message: String
    /// What the user can do about it.
    public var hint: String?

    public init(file: String, position: SourcePosition? = nil, message: String, hint: String? = nil) {
        self.file = file
        self.position = position
        self.message = message
        self.hint = hint
    }

    /// The error as `file:line:col: error: message (hint)`.
    public var description: String {
        let shown = file.escapingControls
        let place = position.map { "\(shown):\($0.line):\($0.column)" } ?? shown
        let advice = hint.map { "; \($0)" } ?? ""
        return "\(place): error: \(message)\(advice)"
    }
}
