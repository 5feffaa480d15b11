import LowLevel

/// A semicolon joining the reports of one English judgment (`[2004] EWCA Civ 576; [2004] 1 WLR
/// 3002; [2004] 4 All ER 920`), which parts no citations: the reports after it are parallel
/// citations of the case before it (`CommonwealthCaseTail`), not cases of their own; so is a
/// reprint after a round-bracketed year's report (`(1760) 2 Burr 1005; 97 ER 676`), and an All SA
/// report after a South African Law Report (`2014 (2) SA 455 (SCA); [2014] 1 All SA 22 (SCA)`).
enum ParallelReportSemicolon {
    /// Whether the semicolon at `semicolon` goes on with another report of the case cited in the
    /// piece from `pieceStart`: a bracketed year's report opens the words after it, and the piece
    /// holds a neutral citation or a bracketed year's report ending just before it.
    static func continuesCase(_ text: CitationText, semicolon: Int, pieceStart: Int, end: Int) -> Bool {
        let next = text.skipSpaces(from: semicolon + 1, end: end)
        // `(1760) 2 Burr 1005, 1012; 97 ER 676`: the English Reports' reprint of a nominate report.
        if next < end, Bytes.isDigit(text.bytes[next]), semicolon > pieceStart, Bytes.isDigit(text.bytes[semicolon - 1]) || text.bytes[semicolon - 1] == UInt8(ascii: ")") {
            guard SeriesReport.read(text, at: next, end: end, needsVolume: true) != nil,
                  let before = YearSeriesCaseForm.firstReportEnd(text, in: pieceStart..<semicolon) else { return false }
            return semicolon - before <= maximumGap
        }
        // The cheap test: `[` after the semicolon and a cite's or pinpoint's last byte before it.
        guard next < end, text.bytes[next] == UInt8(ascii: "["), semicolon > pieceStart,
              Bytes.isDigit(text.bytes[semicolon - 1]) || text.bytes[semicolon - 1] == UInt8(ascii: ")") || text.bytes[semicolon - 1] == UInt8(ascii: "]"),
              NeutralCitationForm.read(text, at: next, end: end) != nil,
              let before = NeutralCitationForm.firstCite(text, in: pieceStart..<semicolon)?.end
                ?? YearVolumeReportForm.firstReportEnd(text, in: pieceStart..<semicolon) else { return false }
        // Only the cite's own parts between it and the semicolon: a pinpoint, a court, other reports.
        return semicolon - before <= maximumGap
    }

    /// The most bytes between the piece's first cite and the semicolon (`at [45]-[47] (Admin)`,
    /// `, [2003] 2 AC 1`).
    private static let maximumGap = 80
}
