import LowLevel

/// Rejoins the fields of a journal article as Central-European notes cite it: the journal's name
/// and volume in one field, then the year, perhaps the issue, and the article's page span
/// (`Baltic Energy Review 12, 2019, no. 4, pp. 101–126`). The span after `pp.` ending the
/// citation is the article's place in the journal, not a pinpoint: the journal, volume, year and
/// first page become one reporter field, the year its remark.
enum VolumeYearIssueFields {
    static func rejoin(_ text: CitationText, _ fields: inout [CitationField]) {
        // The gate: the last field is a span of pages marked `pp.`.
        guard fields.count >= 3, let last = fields.last, case .pinpoint(let span) = last.shape, span.kind == .pages,
              text.has("pp.", at: last.core.lowerBound, end: last.core.upperBound),
              span.text.contains(where: { $0 == "–" || $0 == "-" }) else { return }
        var yearIndex = fields.count - 2
        if text.has("no.", at: fields[yearIndex].core.lowerBound, end: fields[yearIndex].core.upperBound) { yearIndex -= 1 }
        guard yearIndex >= 1, case .number = fields[yearIndex].shape, fields[yearIndex].remarks.isEmpty,
              fields[yearIndex].core.count == 4, let year = DateWords.year(in: text.bytes[fields[yearIndex].core]) else { return }
        var journalIndex = yearIndex - 1
        guard let volume = text.lastWord(in: fields[journalIndex].core), volume.count <= 4, volume.lowerBound > fields[journalIndex].core.lowerBound + 2,
              text.bytes[volume].allSatisfy(Bytes.isDigit), text.bytes[volume.lowerBound] != UInt8(ascii: "0") else { return }
        var name = text.trimmed(fields[journalIndex].core.lowerBound..<volume.lowerBound)
        // `Review of Industrial Organization, vol. 29, 2006, pp. 27-53`: the volume in a field of its own.
        if text.equals(name, "vol.") || text.equals(name, "Vol.") {
            guard journalIndex >= 2, fields[journalIndex].remarks.isEmpty else { return }
            journalIndex -= 1
            name = fields[journalIndex].core
        }
        let journal = fields[journalIndex]
        guard journal.shape == .words || journal.shape == .capitals || journal.shape == .emphasized, journal.remarks.isEmpty,
              !name.isEmpty, !text.bytes[name].contains(where: Bytes.isDigit) else { return }
        let firstPage = String(span.text.drop { !$0.isNumber }.prefix { $0.isNumber })
        guard !firstPage.isEmpty else { return }
        let merged = CitationField(core: journal.core.lowerBound..<last.core.upperBound,
                                   shape: .reporter(volume: text.string(volume), journal: text.string(name), page: firstPage),
                                   remarks: [CitationField.Remark(year: year, isLastVisited: false)])
        fields.replaceSubrange(journalIndex..., with: [merged])
    }
}
