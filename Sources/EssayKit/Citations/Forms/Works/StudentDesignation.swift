import LowLevel

/// `Note, Title, 99 HARV. L. REV. 1 (1986)`, `Comment, ...`, `Recent Case, ...`: the designation a
/// journal prints for a student's unsigned piece, in the author's place.
///
/// It is neither the work's author nor part of its title; the Bluebook's short form names the
/// piece by it (`Note, supra note 3, at 5`), so it is kept as the work's short name.
enum StudentDesignation {
    private static let designations: [StaticString] = [
        "Note", "Comment", "Recent Case", "Recent Cases", "Recent Development", "Recent Developments", "Recent Legislation",
        "Recent Decision", "Recent Decisions", "Case Note", "Case Comment", "Student Note",
        "NOTE", "COMMENT", "RECENT CASE", "RECENT DEVELOPMENT", "RECENT LEGISLATION", "CASE NOTE", "CASE COMMENT",
    ]

    /// The designation `field` is, as printed, or nil when it is none.
    static func designation(_ text: CitationText, _ field: CitationField) -> String? {
        let core = field.core
        // The gate: every designation opens with `N`, `C`, `R` or `S`, and is a short field with no remark.
        guard let first = core.first, core.count <= 19, field.remarks.isEmpty, field.trailingPinpoint == nil else { return nil }
        switch text.bytes[first] {
        case UInt8(ascii: "N"), UInt8(ascii: "C"), UInt8(ascii: "R"), UInt8(ascii: "S"): break
        default: return nil
        }
        guard designations.contains(where: { text.equals(core, $0) }) else { return nil }
        return text.string(core)
    }
}
