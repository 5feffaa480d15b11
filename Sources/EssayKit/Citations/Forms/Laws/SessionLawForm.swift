/// A session law, public law or register, cited by its number or by volume and page:
/// `Patient Protection and Affordable Care Act, Pub. L. No. 111-148, § 1501, 124 Stat. 119 (2010)`,
/// `124 Stat. 119, 242`, `75 Fed. Reg. 1234 (Jan. 1, 2010)`. The series (`Stat.`, `Fed. Reg.`,
/// state session laws) come from Free Law Project's laws table.
enum SessionLawForm: CitationForm {
    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let publicLaw = publicLawNumber(text, citation)
        let series = seriesCite(text, citation)
        guard publicLaw != nil || series != nil else { return nil }
        let start = min(publicLaw?.start ?? .max, series?.start ?? .max)
        let name = CaseName.range(endingAt: start, from: citation.lowerBound, in: text)
        let number = publicLaw.map { "Pub. L. No. \($0.number)" } ?? series.map { "\($0.volume) \($0.abbreviation) \($0.page)" } ?? ""
        var work = WorkDraft(kind: series?.kind ?? .statute, title: name.map { text.string($0) } ?? number)
        work.documentNumber = number
        // The pinpoint: a section after the number, or a page after the series' first page.
        var pinpoint: Pinpoint?
        var end = max(publicLaw?.end ?? 0, series?.end ?? 0)
        if let publicLaw, pinpoint == nil {
            let comma = text.skipSpaces(from: publicLaw.end, end: citation.upperBound)
            if comma < citation.upperBound, text.bytes[comma] == UInt8(ascii: ","),
               let section = PinpointParser.parse(text, at: text.skipSpaces(from: comma + 1, end: citation.upperBound),
                                                  end: citation.upperBound, allowRoman: false), section.pinpoint.kind == .section {
                pinpoint = section.pinpoint
                end = max(end, section.end)
            }
        }
        if let series {
            let comma = text.skipSpaces(from: series.end, end: citation.upperBound)
            if comma < citation.upperBound, text.bytes[comma] == UInt8(ascii: ","),
               let page = PinpointParser.parse(text, at: text.skipSpaces(from: comma + 1, end: citation.upperBound),
                                               end: citation.upperBound, allowRoman: false) {
                pinpoint = pinpoint ?? page.pinpoint
                end = max(end, page.end)
            }
        }
        let tail = LawTail.read(text, after: end, end: citation.upperBound)
        work.year = tail.year
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint,
                             citation: (name?.lowerBound ?? start)..<tail.end, trailing: tail.trailing)
    }

    /// `Pub. L. No. 111-148`: the number, where the citation of it starts and ends.
    private static func publicLawNumber(_ text: CitationText, _ range: Range<Int>) -> (number: String, start: Int, end: Int)? {
        var offset = text.firstOffset(of: UInt8(ascii: "P"), from: range.lowerBound, end: range.upperBound)
        while offset < range.upperBound {
            if text.has("Pub. L.", at: offset, end: range.upperBound), text.isWordStart(offset) {
                var index = text.skipSpaces(from: offset + 7, end: range.upperBound)
                if text.has("No.", at: index, end: range.upperBound) { index = text.skipSpaces(from: index + 3, end: range.upperBound) }
                let numberStart = index
                while index < range.upperBound, Bytes.isDigit(text.bytes[index]) || text.bytes[index] == UInt8(ascii: "-") { index += 1 }
                if index > numberStart, text.bytes[numberStart..<index].contains(UInt8(ascii: "-")) {
                    return (text.string(numberStart..<index), offset, index)
                }
            }
            offset = text.firstOffset(of: UInt8(ascii: "P"), from: offset + 1, end: range.upperBound)
        }
        return nil
    }

    /// `124 Stat. 119`, `75 Fed. Reg. 1234`: a volume, a session-law or register series and a page.
    private static func seriesCite(_ text: CitationText, _ range: Range<Int>)
        -> (volume: String, abbreviation: String, page: String, kind: Authority.Kind, start: Int, end: Int)? {
        let words = text.words(in: range)
        for (index, volume) in words.enumerated() where text.bytes[volume].allSatisfy(Bytes.isDigit) && volume.count <= 4 {
            // The series runs to the next word of digits, its page.
            var pageIndex = index + 1
            while pageIndex < words.count, pageIndex - index <= 4, !text.bytes[words[pageIndex]].allSatisfy(Bytes.isDigit) { pageIndex += 1 }
            guard pageIndex < words.count, pageIndex > index + 1 else { continue }
            let page = text.trimmingTrailing(words[pageIndex], [UInt8(ascii: ",")])
            guard !page.isEmpty, text.bytes[page].allSatisfy(Bytes.isDigit) else { continue }
            var key: [UInt8] = []
            LegalTable.fold(text.bytes[words[index + 1].lowerBound..<words[pageIndex - 1].upperBound], into: &key)
            let table = LegalTables.laws
            guard let line = table.lines(forKey: key).first else { continue }
            let kind = table.field(2, ofLine: line)
            guard kind == "session" || kind == "register" else { continue }
            return (text.string(volume), table.field(1, ofLine: line), text.string(page), kind == "register" ? .regulation : .statute,
                    volume.lowerBound, page.upperBound)
        }
        return nil
    }
}
