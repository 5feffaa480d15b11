import EssayKit

/// The framework compiled into legit, used when no framework file sits beside an essay: Caron's
/// four characteristics, from the bundled `Corpus/frameworks/caron-1993.yaml`, byte for byte.
public enum BuiltInFramework {
    /// The path a built-in framework reports, so no diagnostic or export mistakes it for a file.
    public static let pathPrefix = "built-in:"

    /// Caron (1993): independence, accountability, oversight, representative participation.
    public static let caron: Framework = {
        let (framework, diagnostics) = FrameworkLoader.load(yaml: EmbeddedData.caronFramework, path: pathPrefix + "caron-1993.yaml")
        // The text is checked by a test against the bundled file, which `legit check` reads clean.
        guard let framework, diagnostics.isEmpty else {
            preconditionFailure("the built-in framework does not load: \(diagnostics.map(\.description))")
        }
        return framework
    }()

    /// Every built-in framework.
    public static var all: [Framework] { [caron] }

    /// The built-in framework a framework file name stands for (`caron-1993.yaml`, `frameworks/caron-1993.yaml`).
    public static func standing(for fileName: String) -> Framework? {
        let name = fileName.split(separator: "/").last.map(String.init) ?? fileName
        let stem = name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name.hasSuffix(".yml") ? String(name.dropLast(4)) : name
        return all.first { $0.id == stem }
    }
}

extension Framework {
    /// Whether the framework is compiled into legit rather than read from a file.
    public var isBuiltIn: Bool { path.hasPrefix(BuiltInFramework.pathPrefix) }
}
