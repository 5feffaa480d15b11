import EssayKit

/// A mapping's entries by key name; mappings are small, so a list beats a dictionary.
struct Fields {
    var entries: [(name: String, key: YAMLNode, value: YAMLNode)] = []

    subscript(name: String) -> (key: YAMLNode, value: YAMLNode)? {
        guard let entry = entries.first(where: { $0.name == name }) else { return nil }
        return (entry.key, entry.value)
    }
}

/// Collects the diagnostics for one file as it is read.
struct DiagnosticSink {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    mutating func error(_ node: YAMLNode?, _ message: String) {
        add(.error, node?.range ?? YAMLSource.origin, message)
    }

    mutating func warning(_ node: YAMLNode?, _ message: String) {
        add(.warning, node?.range ?? YAMLSource.origin, message)
    }

    mutating func add(_ severity: Diagnostic.Severity, _ range: SourceRange, _ message: String) {
        diagnostics.append(Diagnostic(severity, file: file, range: range, message: message))
    }

    mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Reads a mapping's entries, warning about keys outside `known`.
    mutating func entries(of node: YAMLNode, known: Set<String>, what: @autoclosure () -> String) -> Fields {
        var result = Fields()
        guard let mapping = node.mapping else { return result }
        for (key, value) in mapping {
            guard let name = key.text else {
                warning(key, "\(what()) has a key that is not a string")
                continue
            }
            if !known.contains(name) {
                warning(key, "\(what()) has an unknown key \(quoted: name) (known: \(known.sorted().joined(separator: ", ")))")
            }
            result.entries.append((name, key, value))
        }
        return result
    }

    /// Reads a required string value.
    mutating func requiredString(_ entries: Fields, _ key: String, in owner: YAMLNode, what: @autoclosure () -> String) -> String? {
        guard let entry = entries[key] else {
            error(owner, "\(what()) has no '\(key)'")
            return nil
        }
        guard let value = entry.value.text, !value.isBlank else {
            error(entry.value, "'\(key)' of \(what()) must be a non-empty string, not \(entry.value.shapeName)")
            return nil
        }
        return value
    }

    /// Reads an optional string value.
    mutating func optionalString(_ entries: Fields, _ key: String, what: @autoclosure () -> String) -> String? {
        guard let entry = entries[key], !entry.value.isNull else { return nil }
        guard let value = entry.value.text else {
            error(entry.value, "'\(key)' of \(what()) must be a string, not \(entry.value.shapeName)")
            return nil
        }
        return value
    }

    /// Reads a list of strings; a single string counts as a list of one.
    mutating func stringList(_ entries: Fields, _ key: String, what: @autoclosure () -> String) -> [(String, YAMLNode)] {
        guard let entry = entries[key], !entry.value.isNull else { return [] }
        if let single = entry.value.text { return [(single, entry.value)] }
        guard let sequence = entry.value.sequence else {
            error(entry.value, "'\(key)' of \(what()) must be a list of strings, not \(entry.value.shapeName)")
            return []
        }
        var result: [(String, YAMLNode)] = []
        for item in sequence {
            if let value = item.text { result.append((value, item)) } else { error(item, "'\(key)' of \(what()) holds \(item.shapeName), not a string") }
        }
        return result
    }
}

extension String {
    /// Whether the string holds nothing but spaces and tabs.
    var isBlank: Bool {
        utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }
}
