import ArgumentGraph
import EssayKit

/// Every diagnostic for an essay, its annotations and its framework: `legit check`.
public enum CheckReport {
    /// The essay's own diagnostics, then those of its annotations and framework.
    public static func diagnostics(for essay: Essay, annotationsPath: String? = nil, frameworkPath: String? = nil) -> [Diagnostic] {
        essay.diagnostics + ArgumentLoader.check(essay: essay, annotationsPath: annotationsPath, frameworkPath: frameworkPath)
    }

    /// One diagnostic a line, then a count.
    public static func text(_ diagnostics: [Diagnostic], essay: Essay) -> String {
        var out = diagnostics.map { $0.description + "\n" }.joined()
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        out += "\(essay.source.path): \(counted(errors, "error")), \(counted(warnings, "warning"))"
        out += " (essay, annotations and framework)\n"
        return out
    }

    /// The last line for a folder: errors and warnings over every essay, and unreadable files.
    public static func total(_ diagnostics: [[Diagnostic]], essays: Int, unreadable: Int) -> String {
        let all = diagnostics.joined()
        let errors = all.filter { $0.severity == .error }.count
        let warnings = all.filter { $0.severity == .warning }.count
        var out = "\(counted(essays, "essay")): \(counted(errors, "error")), \(counted(warnings, "warning"))"
        if unreadable > 0 { out += "; \(counted(unreadable, "file")) could not be read" }
        return out + "\n"
    }
}
