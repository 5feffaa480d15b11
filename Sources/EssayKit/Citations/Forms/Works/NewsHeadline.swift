import LowLevel

/// A news story's headline in sentence case, in roman type between its authors and its paper in
/// capitals or in roman: `Rita Moss and Tom Vale, Night buses run late: riders wait, RIVER CITY
/// TIMES, March 3, 2019, https://...`, `Jo Roe, Senators say the bill will pass, Politico (May 3, 2019)`.
///
/// Such a headline has as many lower-case words as a sentence of the author's, which a field of
/// names otherwise never holds (`FullWorkForm` reads such a field as prose); the frame around it
/// (people named first, a paper in capitals last, dated to the day) says it is a title.
enum NewsHeadline {
    /// Whether `names[position]` is a headline: neither the first nor the last of `names`, the first
    /// a person's name or a list of them, the last a paper's name (in capitals, or a few capitalised
    /// words) dated to the day after it.
    static func isHeadline(_ text: CitationText, _ names: ArraySlice<CitationField>, at position: Int) -> Bool {
        // The gate: fields before and after it, the last in capitals (the cheap tests first).
        guard position > names.startIndex, position < names.endIndex - 1, let outlet = names.last,
              outlet.shape == .capitals || outlet.shape == .words && isOutletName(text, outlet.core),
              let first = names.first, first.shape == .words else { return false }
        guard WorkFields.isPersonName(text, first.core) || WorkFields.listedName(text, first.core) else { return false }
        // Between the people and the headline, only more names of the list (`Ann Roe, Ben Poe, and Cy Lee`).
        for index in (names.startIndex + 1)..<position where !isListedNames(text, names[index].core) { return false }
        return NewsForm.isDatedToTheDay(text, after: outlet.core.upperBound)
    }

    /// The most words of a paper's name printed in roman (`Politico`, `The Widget Post`).
    private static let longestOutlet = 4

    /// Whether `core` names a paper in roman type: a few words, each capitalised, no digit
    /// (`Politico`, `Harbor Daily News`); a headline in sentence case never is.
    private static func isOutletName(_ text: CitationText, _ core: Range<Int>) -> Bool {
        let words = text.words(in: core, limit: longestOutlet + 1)
        guard !words.isEmpty, words.count <= longestOutlet else { return false }
        return words.allSatisfy { word in
            let bytes = text.bytes[word]
            guard let lead = bytes.first else { return false }
            return Bytes.isUpper(lead) && !bytes.contains(where: Bytes.isDigit)
        }
    }

    /// `Ben Poe`, `and Cy Lee`, `& Cy Lee`: a field of a list of authors after its first name.
    static func isListedNames(_ text: CitationText, _ core: Range<Int>) -> Bool {
        var start = core.lowerBound
        for joint in ["and ", "& "] as [StaticString] where text.has(joint, at: start, end: core.upperBound) {
            start = text.skipSpaces(from: start + joint.utf8CodeUnitCount, end: core.upperBound)
        }
        return WorkFields.isPersonName(text, start..<core.upperBound)
    }
}
