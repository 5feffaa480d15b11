import LowLevel

/// The lines of a working paper's cover that name its series or its repository, not the work:
/// `Public Law and Legal Theory Research Paper Series`, `Working Paper No. 21-07`, `Research Paper
/// No. 2098-12`, `Public Law Research Paper No. 21-07`, `Discussion Paper No. 5`, `This paper can be downloaded without charge from the
/// Social Science Research Network` (and its wrapped lines, `charge from the Social Science ...`,
/// `Network Electronic Paper Collection:`), a line holding `ssrn.com/abstract`.
///
/// A run of title lines such a line closes is the series's owner (a school's name in capitals,
/// `VILLANOVA`), not the title, when a title over its author's line follows (`PlainTitle`); and
/// after the title such lines are the cover's, dropped with it.
enum WorkingPaperCover {
    /// Whether a line (trimmed) names a paper series or the repository the paper is in. A first
    /// byte test (`W`, `R`, `D`, `T`, `S`, `E`, `c`, or a line of 120 bytes or fewer holding `Series`/
    /// `SERIES` or `ssrn.com`) comes before any other work.
    static func isSeriesLine(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, text.count >= 10, text.count <= 160 else { return false }
        switch first {
        case UInt8(ascii: "W"), UInt8(ascii: "R"), UInt8(ascii: "D"):
            if LineRules.startsFolded(text, "working paper no") || LineRules.startsFolded(text, "research paper no")
                || LineRules.startsFolded(text, "discussion paper no") || LineRules.startsFolded(text, "working paper series") {
                return true
            }
        case UInt8(ascii: "T"):
            if LineRules.startsFolded(text, "this paper can be downloaded") || LineRules.startsFolded(text, "this paper may be downloaded") { return true }
        case UInt8(ascii: "E"):
            if LineRules.startsFolded(text, "electronic paper collection") { return true }
        case UInt8(ascii: "c"):
            // The repository's sentence wrapped: `This paper can be downloaded without` / `charge from the Social Science Research`.
            return LineRules.startsFolded(text, "charge from the social science")
        case UInt8(ascii: "S"):
            if LineRules.startsFolded(text, "social science research network") || LineRules.startsFolded(text, "ssrn ") { return true }
        default:
            break
        }
        guard Bytes.isUpper(first) || Bytes.isDigit(first) || first == UInt8(ascii: "h") else { return false }
        if text.count <= 120, LineRules.firstFoldedRange(of: "paper series", in: text) != nil
            || LineRules.firstFoldedRange(of: "paper no", in: text) != nil
            || LineRules.firstFoldedRange(of: "electronic paper collection", in: text) != nil { return true }
        return LineRules.firstFoldedRange(of: "ssrn.com/abstract", in: text) != nil
    }
}
