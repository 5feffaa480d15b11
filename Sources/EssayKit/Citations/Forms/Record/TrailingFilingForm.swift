import LowLevel

/// A filing named after its case, as policy reports cite the record: the parties, the docket
/// number, the date, then the filing's name: `State of Alder et al. v. Birch Inc., civil no.
/// 1:24-cv-3973-AS, April 15, 2026, verdict form`.
///
/// The work is the filing (kind `document`), titled as printed and known, as `CaseFilingForm`'s
/// are, by its title and the case's docket number; the case is its container and no work of the
/// note. Only a docket number of a court's shape, a date of month words and numbers, and a last
/// field that names a filing (`verdict form`, `complaint`, `order`) make one.
enum TrailingFilingForm: CitationForm {
    /// The first test of `read`: the parties' capital.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) }

    /// The docket's digits.
    static var needs: ClauseMarks.Need { ClauseMarks.Need(all: .digit) }

    /// The labels before the docket number, each after `, `.
    private static let labels: [StaticString] = [", civil no. ", ", Civil No. ", ", civil action no. ", ", case no. ", ", No. ", ", no. "]
    /// The words one of which the filing's name holds, lower-cased.
    private static let filingWords: Set<String> = [
        "complaint", "verdict", "order", "motion", "judgment", "answer", "brief", "transcript", "memorandum", "stipulation", "petition",
    ]
    /// The most words the parties take, and the filing's name.
    private static let longestName = 24
    private static let longestTitle = 5

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard !citation.isEmpty, Bytes.isUpper(text.bytes[citation.lowerBound]), text.contains(" v. ", in: citation) else { return nil }
        // The first label at the clause's level.
        var mark: (offset: Int, width: Int)?
        var comma = text.firstOffset(of: UInt8(ascii: ","), from: citation.lowerBound, end: citation.upperBound)
        while comma < citation.upperBound, mark == nil {
            if let label = labels.first(where: { text.has($0, at: comma, end: citation.upperBound) }) {
                mark = (comma, label.utf8CodeUnitCount)
            } else {
                comma = text.firstOffset(of: UInt8(ascii: ","), from: comma + 1, end: citation.upperBound)
            }
        }
        guard let mark else { return nil }
        let name = text.trimmed(citation.lowerBound..<mark.offset)
        guard text.contains(" v. ", in: name), text.words(in: name, limit: longestName + 1).count <= longestName else { return nil }
        let numberStart = mark.offset + mark.width
        var numberEnd = numberStart
        while numberEnd < citation.upperBound, Bytes.isWordByte(text.bytes[numberEnd]) || text.bytes[numberEnd] == UInt8(ascii: "-")
            || text.bytes[numberEnd] == UInt8(ascii: ":") { numberEnd += 1 }
        guard DocketCaseForm.isCourtNumber(text.bytes[numberStart..<numberEnd]) else { return nil }
        // `, April 15, 2026, verdict form`: the last field the filing, the fields before it its date.
        let rest = numberEnd..<citation.upperBound
        var lastComma = rest.upperBound
        while lastComma > rest.lowerBound, text.bytes[lastComma - 1] != UInt8(ascii: ",") { lastComma -= 1 }
        guard lastComma - 1 > rest.lowerBound + 1, text.bytes[rest.lowerBound] == UInt8(ascii: ",") else { return nil }
        let title = text.trimmed(lastComma..<rest.upperBound)
        let titleWords = text.words(in: title, limit: longestTitle + 1)
        guard !titleWords.isEmpty, titleWords.count <= longestTitle,
              titleWords.allSatisfy({ text.bytes[$0].allSatisfy(Bytes.isLetter) }),
              titleWords.contains(where: { filingWords.contains(text.string($0).lowercased()) }) else { return nil }
        let date = rest.lowerBound + 1..<lastComma - 1
        let dateWords = text.words(in: date, limit: 6)
        guard !dateWords.isEmpty, dateWords.count <= 5, let year = DateWords.year(in: text.bytes[date]),
              dateWords.allSatisfy({ word in
                  let core = text.trimmingTrailing(word, [UInt8(ascii: ",")])
                  return DateWords.isMonth(text.bytes[core]) || text.bytes[core].allSatisfy(Bytes.isDigit)
              }) else { return nil }
        let written = text.string(title)
        var work = WorkDraft(kind: .document, title: written)
        work.container = text.string(name)
        work.year = year
        work.documentNumber = written + CaseFilingForm.caseJoint + "No. " + text.string(numberStart..<numberEnd)
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: nil, citation: citation, trailing: nil)
    }
}
