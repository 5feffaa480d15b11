import EssayKit

/// Every diagnostic for an essay: `legit check`.
public enum CheckReport {
    /// The essay's own diagnostics, in file order.
    public static func diagnostics(for essay: Essay) -> [Diagnostic] {
        essay.diagnostics
    }

    /// One diagnostic a line, then a count.
    public static func text(_ diagnostics: [Diagnostic], essay: Essay) -> String {
        var out = diagnostics.map { $0.description + "\n" }.joined()
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        out += "\(essay.source.path): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")\n"
        return out
    }
}
