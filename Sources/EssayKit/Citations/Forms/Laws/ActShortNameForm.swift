import LowLevel

/// An Act's section cited by the Act's abbreviation, as Australian, New Zealand and UK writing
/// does once the Act is named (`the Widgets Act 1990 (Cth) ('WA')`) or in another chapter:
/// `WA s 14(2)(b)`, `*WA* s86`, `WA ss 22 and 87`, `WA ss 27(1)(a)(ii) and s 27(1)(b)(iv)`,
/// `WA ss 12-14`, `WA pt 3`, `WA sch 2`.
///
/// As with an Act cited by its short title (`ActSectionForm`), the work is the Act's part
/// (`WA s 14`) and what follows its number (`(2)(b)`) the pinpoint; a list names one work a
/// section, a range one work. Only a name of two to six capitals opening the clause, then a mark
/// (`s`, `ss`, `pt`, `div`, `sch`) and a number, is read: `WA said` is not.
enum ActShortNameForm: CitationForm {
    /// The marks of an Act's parts, the longer first, each with the mark its work's title writes.
    private static let marks: [(written: StaticString, mark: String)] = [
        ("ss ", "s"), ("ss", "s"), ("s ", "s"), ("s", "s"), ("pts ", "pt"), ("pt ", "pt"), ("divs ", "div"), ("div ", "div"),
        ("schs ", "sch"), ("sch ", "sch"),
    ]
    /// The most capitals of an abbreviation (`WA`, `CCA`, `EPBCA`).
    private static let longestName = 6
    /// The most parts a list names.
    private static let longestList = 8

    /// The first test of `read`: a capital opening the abbreviation.
    static func mayOpen(with byte: UInt8) -> Bool {
        Bytes.isUpper(byte)
    }

    /// The part's number.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let start = citation.lowerBound
        let end = citation.upperBound
        var index = start
        while index < end, index - start <= longestName, Bytes.isUpper(text.bytes[index]) { index += 1 }
        guard index - start >= 2, index - start <= longestName, index < end, text.bytes[index] == UInt8(ascii: " ") else { return nil }
        let name = text.string(start..<index)
        guard var part = part(text, at: index + 1, end: end, mark: nil) else { return nil }
        var parts = [part]
        // `ss 22 and 87`, `ss 27(1)(a)(ii) and s 27(1)(b)(iv)`, `ss 4, 9`: one work a section.
        while parts.count < longestList {
            var next = part.end
            if text.has(", ", at: next, end: end) { next += 2 }
            if text.has(" and ", at: next, end: end) { next += 5 } else if text.has("and ", at: next, end: end), next > part.end { next += 4 }
            guard next > part.end, let following = self.part(text, at: next, end: end, mark: part.mark) else { break }
            part = following
            parts.append(part)
        }
        var trailing: Range<Int>?
        let rest = text.trimmed(part.end..<end)
        if !rest.isEmpty {
            let byte = text.bytes[rest.lowerBound]
            guard byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ";") else { return nil }
            let remark = byte == UInt8(ascii: "(") ? rest : text.trimmed(rest.lowerBound + 1..<rest.upperBound)
            trailing = remark.isEmpty ? nil : remark
        }
        var seen: [String] = []
        var works: [(WorkDraft, Pinpoint?)] = []
        for each in parts {
            let title = "\(name) \(each.mark) \(text.string(each.number))"
            guard !seen.contains(title) else { continue }
            seen.append(title)
            var work = WorkDraft(kind: .statute, title: title)
            work.container = name
            works.append((work, each.subdivision.isEmpty ? nil : Pinpoint(kind: .section, text: text.string(each.subdivision))))
        }
        guard let first = works.first else { return nil }
        var reading = ClauseReading(form: .full(ClauseReading.SharedWork(first.0)), pinpoint: first.1, citation: start..<part.end, trailing: trailing)
        reading.siblings = works.dropFirst().map { ClauseReading.Sibling(work: ClauseReading.SharedWork($0.0), pinpoint: $0.1) }
        return reading
    }

    private struct Part {
        var mark: String
        var number: Range<Int>
        var subdivision: Range<Int>
        var end: Int
    }

    /// A part at `offset`: its mark and number (`s 14(2)(b)`, `s86`, `pt 3`), or the number alone
    /// after a list's first (`87` of `ss 22 and 87`, which takes `mark`).
    private static func part(_ text: CitationText, at offset: Int, end: Int, mark listMark: String?) -> Part? {
        var mark = listMark
        var numberStart = offset
        if let written = marks.first(where: { text.has($0.written, at: offset, end: end) }) {
            mark = written.mark
            numberStart = offset + written.written.utf8CodeUnitCount
        }
        guard let mark, let number = PartNumber.read(text, at: numberStart, end: end) else { return nil }
        return Part(mark: number.isRange && mark == "s" ? "ss" : mark, number: number.number, subdivision: number.subdivision, end: number.end)
    }
}
