import LowLevel

/// A constitution cited by its parts: `U.S. Const. art. I, § 8, cl. 3`, `U.S. CONST. amend. XIV, § 1`,
/// `Cal. Const. art. I, § 2`, `IDAHO CONST. art IV, § 8` (its stop left off). The work is the constitution; the article, amendment, section and
/// clause are the pinpoint.
enum ConstitutionForm: CitationForm {
    private static let partWords: [StaticString] = ["art.", "amend.", "pmbl.", "preamble", "§", "arts.", "amends.", "art ", "arts "]

    /// `Const` or `CONST` of the name.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .constitution) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        guard namesConstitution(text, body) else { return nil }
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let words = text.words(in: citation)
        // `U.S. CONST., art. VI`: a comma after the name, as some print it, ends it too.
        func isConst(_ word: Range<Int>) -> Bool {
            let core = text.trimmingTrailing(word, [UInt8(ascii: ",")])
            return text.equals(core, "Const.") || text.equals(core, "CONST.")
        }
        guard let constIndex = words.prefix(5).firstIndex(where: isConst) else { return nil }
        // The jurisdiction: capitalised words before `Const.` (`U.S.`, `Cal.`, `N.Y.`).
        guard words[..<constIndex].allSatisfy({ Bytes.isUpper(text.bytes[$0.lowerBound]) }) else { return nil }
        let start = words[0].lowerBound
        let titleEnd = text.trimmingTrailing(words[constIndex], [UInt8(ascii: ",")]).upperBound
        var work = WorkDraft(kind: .constitution, title: text.string(start..<titleEnd))
        var pinpoint: Pinpoint?
        var end = titleEnd
        var partStart = text.skipSpaces(from: titleEnd, end: citation.upperBound)
        if partStart < citation.upperBound, text.bytes[partStart] == UInt8(ascii: ",") {
            partStart = text.skipSpaces(from: partStart + 1, end: citation.upperBound)
        }
        let numeral = partStart < citation.upperBound && ConstitutionNumeral.numeralEnd(text.bytes, at: partStart, end: citation.upperBound) != nil
        if partStart < citation.upperBound, numeral || partWords.contains(where: { text.has($0, at: partStart, end: citation.upperBound) }) {
            // The parts run to a parenthetical or the end: `art. I, § 8, cl. 3`.
            var partEnd = partStart
            while partEnd < citation.upperBound, text.bytes[partEnd] != UInt8(ascii: "(") { partEnd += 1 }
            let part = text.trimmingTrailing(partStart..<partEnd, [UInt8(ascii: ",")])
            let isArticle = text.has("art", at: partStart, end: citation.upperBound)
            pinpoint = Pinpoint(kind: isArticle ? .article : .other, text: text.string(part))
            end = part.upperBound
        }
        let tail = LawTail.read(text, after: end, end: citation.upperBound)
        work.year = tail.year
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: start..<tail.end,
                             trailing: tail.trailing)
    }

    /// Whether `Const.` or `CONST.` is written in `range`: one pass over its capital Cs.
    private static func namesConstitution(_ text: CitationText, _ range: Range<Int>) -> Bool {
        var offset = text.firstOffset(of: UInt8(ascii: "C"), from: range.lowerBound, end: range.upperBound)
        while offset < range.upperBound {
            if text.has("Const.", at: offset, end: range.upperBound) || text.has("CONST.", at: offset, end: range.upperBound) { return true }
            offset = text.firstOffset(of: UInt8(ascii: "C"), from: offset + 1, end: range.upperBound)
        }
        return false
    }
}
