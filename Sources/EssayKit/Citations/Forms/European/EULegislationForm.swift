import LowLevel

/// A European Union act by its kind and number, as every European footnote cites one:
/// `Council Directive 91/250/EEC of 14 May 1991 on the legal protection of computer programs`,
/// `Directive 2009/24/EC of the European Parliament and of the Council of 23 April 2009 ...`,
/// `Regulation (EC) No. 593/2008 of the European Parliament ... (Rome I), OJ of 4.7.2008, L 177/6`.
///
/// The number names the act; the words after it (date, subject, where it is published) are its
/// title's. Another act named in the same clause (`..., which was replaced by the Directive
/// 2009/24/EC ...`) is cited too. A short name the clause declares (`hereinafter referred to as
/// the “Software Directive”`), in it or after a semicolon that ends the note, is the first act's.
enum EULegislationForm: CitationForm {
    /// The kinds of act, with the institution that may stand before them.
    private static let kinds = ["Directive", "Regulation", "Decision"]
    private static let openers: [StaticString] = ["Council ", "Commission ", "the ", "The "]

    /// The first test of `read`: an opener (`C`, `t`, `T`) or the act's kind (`D`, `R`).
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "C") || byte == UInt8(ascii: "t") || byte == UInt8(ascii: "T") || byte == UInt8(ascii: "D") || byte == UInt8(ascii: "R")
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        var start = citation.lowerBound
        for opener in openers where text.has(opener, at: start, end: citation.upperBound) {
            start += opener.utf8CodeUnitCount
            break
        }
        guard start < citation.upperBound, text.bytes[start] == UInt8(ascii: "D") || text.bytes[start] == UInt8(ascii: "R"),
              let first = act(text, at: start, end: citation.upperBound) else { return nil }
        var work = WorkDraft(kind: .statute, title: text.string(citation.lowerBound..<first.numberEnd))
        work.documentNumber = first.number
        work.year = first.year
        if let declared = declaredName(text, after: citation) { work.shortNames = [declared] }
        // Further acts the clause names: `replaced by the Directive 2009/24/EC`.
        var siblings: [ClauseReading.Sibling] = []
        var offset = first.numberEnd
        var titleNamedEnd: Int?
        while offset < citation.upperBound {
            guard let found = kinds.compactMap({ kind -> Int? in
                let at = text.string(offset..<citation.upperBound).range(of: kind + " ")
                return at.map { offset + text.string(offset..<citation.upperBound)[..<$0.lowerBound].utf8.count }
            }).min(), let other = act(text, at: found, end: citation.upperBound) else { break }
            // `... and repealing Directive 1999/93/EC`: an act the first one's title names is no
            // citation, nor one listed after it (`amending Directive 2011/24/EU and Regulation ...`).
            let listed = titleNamedEnd.map { end in
                let between = text.string(end..<found)
                return between == " and " || between == ", " || between == ", and "
            } ?? false
            if listed || isNamedByTitle(text, act: found, from: first.numberEnd) {
                titleNamedEnd = other.numberEnd
                offset = other.numberEnd
                continue
            }
            titleNamedEnd = nil
            var sibling = WorkDraft(kind: .statute, title: text.string(found..<other.numberEnd))
            sibling.documentNumber = other.number
            sibling.year = other.year
            siblings.append(ClauseReading.Sibling(work: ClauseReading.SharedWork(sibling), pinpoint: nil))
            offset = other.numberEnd
        }
        var reading = ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: articlePinpoint(text, citation, after: first.numberEnd),
                                    citation: citation, trailing: nil)
        reading.siblings = siblings
        return reading
    }

    /// The verbs an act's official title names the acts it changes by: `amending Regulation (EU) No
    /// 1093/2010`, `repealing Directive 1999/93/EC`, `supplementing ...`, `implementing ...`.
    private static let titleVerbs: [StaticString] = ["repealing ", "amending ", "supplementing ", "implementing "]

    /// Whether the act at `act` follows one of `titleVerbs` (an institution may stand between), so
    /// that it is part of the title of the act before it; `amended by the Directive` is a citation.
    private static func isNamedByTitle(_ text: CitationText, act: Int, from lower: Int) -> Bool {
        var start = act
        for institution in ["Council ", "Commission "] as [StaticString] {
            let width = institution.utf8CodeUnitCount
            if start - width >= lower, text.has(institution, at: start - width, end: act) {
                start -= width
                break
            }
        }
        return titleVerbs.contains { verb in
            let width = verb.utf8CodeUnitCount
            return start - width >= lower && text.has(verb, at: start - width, end: start)
        }
    }

    /// `..., art. 25(2)`: an article after a comma that runs to the citation's end, the act's pinpoint.
    private static func articlePinpoint(_ text: CitationText, _ citation: Range<Int>, after lower: Int) -> Pinpoint? {
        var comma = citation.upperBound - 1
        while comma > lower {
            if text.bytes[comma] == UInt8(ascii: ","), !text.isInsideSpan(comma) {
                let start = text.skipSpaces(from: comma + 1, end: citation.upperBound)
                if let parsed = ArticlePinpoint.parse(text, at: start, end: citation.upperBound), parsed.end == citation.upperBound {
                    return parsed.pinpoint
                }
                return nil
            }
            comma -= 1
        }
        return nil
    }

    /// `Directive 91/250/EEC`, `Regulation (EC) No. 593/2008`, `Directive (EU) 2019/790`: the number and the year it holds.
    private static func act(_ text: CitationText, at offset: Int, end: Int) -> (number: String, numberEnd: Int, year: Int?)? {
        guard let kind = kinds.first(where: { text.string(offset..<min(end, offset + $0.utf8.count)) == $0 }) else { return nil }
        var index = text.skipSpaces(from: offset + kind.utf8.count, end: end)
        // `(EC)`, `(EU)`, `(EEC)`, `No.`
        if index < end, text.bytes[index] == UInt8(ascii: "("), let close = text.closingBracket(after: index, end: end), close - index <= 6 {
            index = text.skipSpaces(from: close, end: end)
        }
        for mark in ["No. ", "No "] as [StaticString] where text.has(mark, at: index, end: end) {
            index = text.skipSpaces(from: index + mark.utf8CodeUnitCount, end: end)
            break
        }
        let numberStart = index
        var slashes = 0
        var digits = 0
        while index < end, Bytes.isDigit(text.bytes[index]) || text.bytes[index] == UInt8(ascii: "/") || (slashes > 1 && Bytes.isUpper(text.bytes[index])) {
            if text.bytes[index] == UInt8(ascii: "/") { slashes += 1 }
            if Bytes.isDigit(text.bytes[index]) { digits += 1 }
            index += 1
        }
        guard slashes >= 1, digits >= 3, index > numberStart, text.bytes[index - 1] != UInt8(ascii: "/"),
              index == end || !Bytes.isLetter(text.bytes[index]) else { return nil }
        let number = text.string(numberStart..<index)
        let parts = number.split(separator: "/")
        // The year is the first part when it is one (`2019/790`, `2024/1183`), else the second
        // (`593/2008`, `1049/2001`), else a two-digit first part (`91/250/EEC`).
        var year: Int?
        if let head = parts.first, head.count == 4, let value = Int(head), (1950...2099).contains(value) {
            year = value
        } else if parts.count > 1, parts[1].count == 4, let value = Int(parts[1]) {
            year = value
        } else if let head = parts.first, head.count == 2, let value = Int(head) {
            year = value > 50 ? 1900 + value : 2000 + value
        }
        return (number, index, year)
    }

    /// `hereinafter referred to as the “Software Directive”`, in the clause or in the note's last clause after a semicolon.
    private static func declaredName(_ text: CitationText, after citation: Range<Int>) -> String? {
        var end = citation.upperBound
        while end < text.bytes.count, text.bytes[end] != UInt8(ascii: ".") || (end + 1 < text.bytes.count && !Bytes.isSpace(text.bytes[end + 1])) { end += 1 }
        let span = text.string(citation.lowerBound..<end)
        guard let here = span.range(of: "hereinafter ") else { return nil }
        let rest = span[here.upperBound...]
        for (open, close) in [("“", "”"), ("\"", "\""), ("‘", "’")] {
            guard let opening = rest.range(of: open), let closing = rest[opening.upperBound...].range(of: close) else { continue }
            let name = rest[opening.upperBound..<closing.lowerBound].trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        }
        return nil
    }
}
