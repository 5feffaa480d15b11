import LowLevel

/// What marks a clause as a domestic authority, never a treaty or other international instrument,
/// though it has an instrument's shape (a name and a bracket of dates: `... (adopted Apr. 7, 1980)`).
enum DomesticRulesMark {
    /// Whether `citation` is a domestic authority's: it holds a US reporter cite (`77 F.C.C.2d 384`,
    /// as the reporter tables read it; no treaty series is in them), or `name` is an agency's rules
    /// (`Amendment of Section 12.345 of ...`, `the Commission's Rules and Regulations`).
    static func isDomestic(_ text: CitationText, _ citation: Range<Int>, name: Range<Int>) -> Bool {
        if text.firstReporterCite(in: citation) != nil { return true }
        if text.has("Amendment of Section", at: name.lowerBound, end: name.upperBound) || text.has("Amendments of Section", at: name.lowerBound, end: name.upperBound) {
            return true
        }
        let words = text.words(in: name)
        return words.contains { text.equals($0, "Rules") || text.equals($0, "Regulations") }
            && words.contains { text.has("Commission", at: $0.lowerBound, end: $0.upperBound) }
    }
}
