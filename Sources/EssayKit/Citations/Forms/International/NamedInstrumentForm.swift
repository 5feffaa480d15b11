import LowLevel

/// A treaty or charter cited by its name alone: the European Union's own (`Treaty on European
/// Union, Article 6`, `Consolidated version of the Treaty on the Functioning of the European Union
/// [2012] OJ C326/47, art 267`, `Charter of Fundamental Rights of the European Union, Article 18`),
/// or any instrument whose name the citation backs with where it is published (`Charter of Harbour
/// Rights of the Union, Available at: URL`, `... [2010] OJ C83/389`).
///
/// Another instrument named with no such backing (`Refugee Convention, art 33`) is left to the
/// short name an earlier note declared (`DeclaredNameForm`): read here, it would be a new work.
enum NamedInstrumentForm: CitationForm {
    /// The first test of `read`: a name's capital.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) }

    /// An instrument word in the name (`instrumentWordBytes`).
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .instrumentWord) }

    /// The European Union's treaties and charter, with the short names their articles are cited by.
    static let unionInstruments: [(name: String, shortNames: [String])] = [
        ("Treaty on European Union", ["TEU"]),
        ("Treaty on the Functioning of the European Union", ["TFEU"]),
        ("Charter of Fundamental Rights of the European Union", ["CFR", "EU Charter"]),
    ]

    /// Conventions continental notes cite by acronym and article alone, never in full (`Art 8 ECHR`),
    /// with those acronyms: the work such a citation means when no note declared the acronym.
    static let conventionsByAcronym: [(name: String, shortNames: [String])] = [
        ("European Convention on Human Rights", ["ECHR", "EMRK"]),
    ]

    /// The words one of which an instrument's name holds.
    private static let instrumentWordBytes: [StaticString] = ["Treaty", "Charter", "Convention", "Covenant", "Protocol", "Declaration", "Statute", "Agreement"]
    private static let joiners: [StaticString] = ["of", "on", "the", "and", "for", "to", "in", "against", "relating", "concerning", "with"]
    private static let consolidated: [StaticString] = ["Consolidated version of the ", "Consolidated Version of the ", "Consolidated versions of the "]

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        guard let lead = citation.first, bytes[lead] == UInt8(ascii: "T") || bytes[lead] == UInt8(ascii: "C") || Bytes.isUpper(bytes[lead]) else { return nil }
        let end = citation.upperBound
        var nameStart = lead
        for prefix in consolidated where text.has(prefix, at: lead, end: end) {
            nameStart = lead + prefix.utf8CodeUnitCount
            break
        }
        // The name: capitalised words and joiners, to a comma, a bracket or the end.
        var nameEnd = nameStart
        while nameEnd < end, bytes[nameEnd] != UInt8(ascii: ","), bytes[nameEnd] != UInt8(ascii: "["), bytes[nameEnd] != UInt8(ascii: "(") { nameEnd += 1 }
        let name = text.trimmed(nameStart..<nameEnd)
        // Most capitalised clauses name no instrument: a byte search rules them out before any String.
        guard name.count >= 10, name.count <= 160, instrumentWordBytes.contains(where: { text.contains($0, in: name) }) else { return nil }
        // Its words compared as bytes: splitting the name's String by characters cost more than the rest of the form.
        let words = text.words(in: name)
        guard words.count >= 3, words.count <= 16,
              words.allSatisfy({ word in Bytes.isUpper(bytes[word.lowerBound]) || joiners.contains { text.equals(word, $0) } }),
              words.contains(where: { word in instrumentWordBytes.contains { text.equals(word, $0) } }),
              !DomesticRulesMark.isDomestic(text, citation, name: name) else { return nil }
        let printed = text.string(name)
        let union = unionInstruments.first { $0.name == printed }
        // What backs the name: the Official Journal, an address, or the Union's own instruments.
        var index = text.skipSpaces(from: name.upperBound, end: end)
        var last = name.upperBound
        var published = false
        if index < end, bytes[index] == UInt8(ascii: "["), let close = text.closingBracket(after: index, end: end) {
            let after = text.skipSpaces(from: close, end: end)
            if text.has("OJ ", at: after, end: end) {
                var journalEnd = after + 3
                while journalEnd < end, bytes[journalEnd] != UInt8(ascii: ","), !text.has(" art", at: journalEnd, end: end) { journalEnd += 1 }
                last = journalEnd
                index = text.skipSpaces(from: journalEnd, end: end)
                published = true
            }
        }
        var pinpoint: Pinpoint?
        if index < end, bytes[index] == UInt8(ascii: ",") || index > last {
            let placeAt = bytes[index] == UInt8(ascii: ",") ? text.skipSpaces(from: index + 1, end: end) : index
            if let place = ArticlePinpoint.parse(text, at: placeAt, end: end) {
                pinpoint = place.pinpoint
                last = place.end
                index = text.skipSpaces(from: place.end, end: end)
            }
        }
        // `, Available at: URL`
        if index < end, bytes[index] == UInt8(ascii: ",") {
            let after = text.skipSpaces(from: index + 1, end: end)
            if text.has("Available at", at: after, end: end, ignoringFirstLetterCase: true) || text.has("available from", at: after, end: end, ignoringFirstLetterCase: true) {
                last = end
                published = true
            }
        }
        guard union != nil || published, text.trimmed(last..<end).isEmpty else { return nil }
        var work = WorkDraft(kind: .treaty, title: printed)
        work.shortNames = union?.shortNames ?? []
        return CommonwealthTail.reading(text, work, pinpoint, citation, end: last)
    }
}
