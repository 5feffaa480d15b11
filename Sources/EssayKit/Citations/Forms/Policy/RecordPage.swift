import LowLevel

/// The Congressional Record as a work: a volume and the page the remarks begin on (`168 Cong. Rec.
/// H1234`, `Congressional Record, daily edition, vol. 170 (March 4, 2024), p. S1234`), however the
/// note writes it. Remarks on another page of the same volume are another work; the page cited
/// stays the pinpoint (`H1236` of `H1234, H1236`).
enum RecordPage {
    /// The Record's volume at `firstPage`, identified by both (`168 Cong. Rec. H1234`).
    static func work(volume: String, firstPage: String) -> WorkDraft {
        var work = WorkDraft(kind: .document, title: "Congressional Record")
        work.container = "Cong. Rec."
        work.volume = volume
        work.firstPage = firstPage
        work.documentNumber = "\(volume) Cong. Rec. \(firstPage)"
        return work
    }

    /// The first page a Record pinpoint names: `H1709` of `pp. H1709-H1711`, `S7910` of `p. S7910`;
    /// nil when it names no page with a chamber's letter.
    static func first(of pinpoint: Pinpoint) -> String? {
        var page = Substring(pinpoint.text)
        for prefix in ["pp. ", "p. "] where page.hasPrefix(prefix) {
            page = page.dropFirst(prefix.count)
            break
        }
        guard let letter = page.first, letter == "H" || letter == "S" || letter == "E" else { return nil }
        let digits = page.dropFirst().prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        return "\(letter)\(digits)"
    }

    /// Honorifics that open a speaker's name.
    private static let honorifics: [StaticString] = ["Sen. ", "Rep. ", "Senator ", "Representative ", "Del. ", "Delegate ", "Hon. "]
    /// Words that open a parenthetical naming the speaker.
    private static let speakerLeads: [StaticString] = ["statement of ", "remarks of "]

    /// The speaker a parenthetical in `range` names (`(statement of Rep. Roe)` gives `Roe`), or nil.
    static func speaker(_ text: CitationText, in range: Range<Int>) -> String? {
        var open = text.firstOffset(of: UInt8(ascii: "("), from: range.lowerBound, end: range.upperBound)
        while open < range.upperBound {
            let inner = text.skipSpaces(from: open + 1, end: range.upperBound)
            if let lead = speakerLeads.first(where: { text.has($0, at: inner, end: range.upperBound, ignoringFirstLetterCase: true) }) {
                let start = inner + lead.utf8CodeUnitCount
                var end = start
                // The name ends at its party and state (`Rep. Roe (D-Cal.)`) or the parenthetical's end.
                while end < range.upperBound, ![UInt8(ascii: ")"), UInt8(ascii: "("), UInt8(ascii: ",")].contains(text.bytes[end]) { end += 1 }
                return name(text, text.trimmed(start..<end))
            }
            open = text.firstOffset(of: UInt8(ascii: "("), from: open + 1, end: range.upperBound)
        }
        return nil
    }

    /// Whether an honorific (`Sen. `, `Representative `) opens the text at `offset`.
    static func opensWithHonorific(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        honorifics.contains { text.has($0, at: offset, end: end) }
    }

    /// `Sen. Jane Doe` as a name without its honorific (`Jane Doe`); nil when no honorific opens it
    /// or no capitalised name follows.
    static func name(_ text: CitationText, _ range: Range<Int>) -> String? {
        guard let honorific = honorifics.first(where: { text.has($0, at: range.lowerBound, end: range.upperBound) }) else { return nil }
        let start = range.lowerBound + honorific.utf8CodeUnitCount
        let words = text.words(in: start..<range.upperBound)
        guard (1...5).contains(words.count), words.allSatisfy({ Bytes.isUpper(text.bytes[$0.lowerBound]) || SurnameParticle.isParticle(text, $0) })
        else { return nil }
        return text.string(text.trimmed(start..<range.upperBound))
    }
}
