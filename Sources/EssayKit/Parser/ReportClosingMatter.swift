import LowLevel

/// The matter a policy report (CRS) prints after its text, which is no part of it: the authors'
/// names and titles under `Author Information`, any `Acknowledgments`, the `Disclaimer` notice,
/// and the line naming the product's version (`R45741 · VERSION 5 · UPDATED`). The notes of the
/// last page still follow it (between the authors and the disclaimer where a page ends there), so
/// a unit opening with a digit is never taken and ends the authors' list.
extension EssayBuilder {
    /// Takes `unit` when it is closing matter: a unit opening with `Author Information` (or
    /// `Author Contact Information`) alone on its line, when a `Disclaimer` unit follows within a
    /// few units, and every unit after it up to that one; a `Disclaimer` unit of more than one line;
    /// a line naming the product's version.
    mutating func takeClosingMatter(_ unit: [Range<Int>]) -> Bool {
        let bytes = file.bytes
        guard let first = unit.first, first.count >= 6, let lead = bytes[first].first else { return false }
        if inClosingMatter {
            // The page's notes (and the note's rest after them) come before the next page's
            // disclaimer: closing matter ends at the first.
            if Bytes.isDigit(lead) {
                inClosingMatter = false
                return false
            }
            if isDisclaimer(unit) { inClosingMatter = false }
            return true
        }
        if lead == UInt8(ascii: "D") { return isDisclaimer(unit) }
        if lead == UInt8(ascii: "A"), first.count >= 18, first.count <= 32 {
            let text = LineRules.trim(bytes[first])
            guard text.elementsEqual("Author Information".utf8) || text.elementsEqual("Author Contact Information".utf8),
                  pending.suffix(16).contains(where: isDisclaimer) else { return false }
            inClosingMatter = true
            return true
        }
        // A version line ends with its word in capitals: other lines are passed by here.
        return unit.count == 1 && first.count <= 110 && Bytes.isUpper(bytes[first.upperBound - 1]) && Self.isVersionLine(bytes[first])
    }

    /// Whether `unit` is the disclaimer: `Disclaimer` alone on its first line, its notice after.
    private func isDisclaimer(_ unit: [Range<Int>]) -> Bool {
        guard unit.count >= 2, let first = unit.first, first.count >= 10, first.count <= 16 else { return false }
        return LineRules.trim(file.bytes[first]).elementsEqual("Disclaimer".utf8)
    }

    /// Whether `line` names a product's version, as a CRS report's last page does
    /// (`R45741 · VERSION 5 · UPDATED`, `https://crsreports.congress.gov | IF12155 · VERSION 7 · NEW`):
    /// a number, ` · VERSION `, digits, ` · ` and a word in capitals ending the line.
    static func isVersionLine(_ line: ArraySlice<UInt8>) -> Bool {
        let text = LineRules.trim(line)
        guard text.count <= 100, let version = LineRules.firstRange(of: " \u{B7} VERSION ", in: text),
              version.lowerBound > text.startIndex, Bytes.isDigit(text[version.lowerBound - 1]) else { return false }
        var index = version.upperBound
        let digits = index
        while index < text.endIndex, Bytes.isDigit(text[index]) { index += 1 }
        let separator: [UInt8] = [0x20, 0xC2, 0xB7, 0x20]
        guard index > digits, text[index...].starts(with: separator) else { return false }
        let word = text[(index + separator.count)...]
        return !word.isEmpty && word.allSatisfy(Bytes.isUpper)
    }
}
