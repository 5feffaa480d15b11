import LowLevel

extension EssayBuilder {
    /// Takes a report's summary box from the head of its first section: the title printed again,
    /// then a unit of the report's number and date (`PlainTitle.isCoverLine`) over its author's
    /// name, which is the essay's author when none was read, then the author's role (`Analyst in
    /// Public`, `Specialist in ...`) opening the summary's first unit, with the role's wrapped last
    /// words (`Finance`) among its next two lines. Nothing is taken unless the title came first.
    mutating func takeSummaryBox(_ unit: inout [Range<Int>]) -> Bool {
        guard sections.count == 1, sections[0].blocks.isEmpty, titleKey.count >= 12, summaryBoxStep < 3, let first = unit.first else { return false }
        let bytes = file.bytes
        let lead = LineRules.trim(bytes[first])
        guard let byte = lead.first, Bytes.isUpper(byte) || Bytes.isDigit(byte) else { return false }
        switch summaryBoxStep {
        case 0:
            guard unit.count <= 4, unit.flatMap({ PlainTitle.key(bytes[$0]) }) == titleKey else { return false }
            summaryBoxStep = 1
            return true
        case 1:
            guard unit.count >= 2, unit.count <= 5, let last = unit.last, PlainTitle.isByline(LineRules.trim(bytes[last])),
                  unit.dropLast().allSatisfy({ PlainTitle.isCoverLine(LineRules.trim(bytes[$0])) }) else {
                summaryBoxStep = 3
                return false
            }
            if author == nil { _ = takeByline(last) }
            summaryBoxStep = 2
            return true
        default:
            summaryBoxStep = 3
            guard lead.count <= 40, lead.starts(with: "Analyst in ".utf8) || lead.starts(with: "Specialist in ".utf8), unit.count > 1 else { return false }
            unit.removeFirst()
            if let wrapped = unit.prefix(2).firstIndex(where: { Self.isRoleTail(LineRules.trim(bytes[$0])) }) { unit.remove(at: wrapped) }
            return false
        }
    }

    /// A role's wrapped last words: a short line of capitalised words with no sentence's mark (`Finance`, `Resources Policy`).
    private static func isRoleTail(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, Bytes.isUpper(first), text.count <= 30, let last = text.last, Bytes.isLetter(last) else { return false }
        return text.split(separator: 0x20).allSatisfy { word in word.first.map(Bytes.isUpper) ?? false }
    }
}
