/// How a code numbers its sections, read from the mark after a section's leading digits: Nebraska's
/// chapter and section joined by a hyphen (`29-2523`, `28-105.01`), Illinois's act and section by a
/// slash (`5/12-3`), a decimal (`105.9`, `226.1`), a colon (`9:1131.2`), or a plain number, letters
/// after it or not (`5104`, `1983`, `300gg-11`), or a range of them (`342–343`).
///
/// A bare section means a code cited before only when it has that code's shape: `§ 29-2519` after
/// `Neb. Rev. Stat. § 29-2523` is Nebraska's, never a title of the U.S. Code.
enum SectionShape: Equatable {
    case hyphen, slash, decimal, colon, plain

    /// The shape of `section` (its number first, subdivisions after it or not); nil when it opens
    /// with no digit.
    init?<S: StringProtocol>(_ section: S) {
        guard let first = section.first, first.isASCII, first.isNumber else { return nil }
        let mark = section.drop { $0.isASCII && $0.isNumber }.first
        switch mark {
        case "-", "‑": self = .hyphen
        // `5–61–404`, as a converter prints Arkansas's hyphens; one en dash is a range (`342–343`).
        case "–": self = section.filter { $0 == "–" }.count >= 2 ? .hyphen : .plain
        case "/": self = .slash
        case ".": self = section.drop { $0.isASCII && $0.isNumber }.dropFirst().first?.isNumber == true ? .decimal : .plain
        case ":": self = .colon
        default: self = .plain
        }
    }
}
