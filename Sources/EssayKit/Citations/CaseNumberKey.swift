/// The identity a court's number gives a case, whatever words a citation prints before it:
/// `Application no. 12345/06`, `no. 12345/06` and `12345/06` are one case, as are `Nos 11223/12 and
/// 44556/13` and `11223/12`; `Joined Cases C-1/10 and C-2/10` is `C-1/10`.
enum CaseNumberKey {
    /// The words that designate a number rather than being part of it, in lower case.
    private static let designations: Set<String> = [
        "application", "applications", "app.", "app", "appl.", "appl", "no.", "no", "nos.", "nos", "case", "cases", "joined",
        "n°", "nr.", "nr", "file", "ref.", "az.", "docket",
    ]

    /// `number` without its designating words and without the numbers joined after its first.
    static func bare(_ number: String) -> Substring {
        var rest = number[...]
        while let space = rest.firstIndex(of: " "), designations.contains(rest[..<space].lowercased()) {
            rest = rest[rest.index(after: space)...].drop { $0 == " " }
        }
        // Only a slashed number is joined by others (`11223/12 and 44556/13`); a report's `Bull.
        // crim. 2001, n° 50` is one number, commas and all.
        for joint in [" and ", ", "] {
            if let cut = rest.range(of: joint), rest[..<cut.lowerBound].contains("/") { rest = rest[..<cut.lowerBound] }
        }
        return rest.isEmpty ? number[...] : rest
    }
}
