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
            // The title's lines, alone or over the summary's text with no blank line between.
            var key: [UInt8] = []
            guard let end = unit.prefix(4).firstIndex(where: { line in
                key += PlainTitle.key(bytes[line])
                return !titleKey.starts(with: key) || key.count >= titleKey.count
            }), key == titleKey else { return false }
            summaryBoxStep = 1
            unit.removeSubrange(...end)
            return unit.isEmpty
        case 1:
            // The number and date over the name, and the role under it when no blank line parts them.
            guard unit.count >= 2, let name = unit.prefix(5).firstIndex(where: { PlainTitle.isByline(LineRules.trim(bytes[$0])) }), name > 0,
                  unit[..<name].allSatisfy({ PlainTitle.isCoverLine(LineRules.trim(bytes[$0])) }) else {
                summaryBoxStep = 3
                return false
            }
            if author == nil { _ = takeByline(unit[name]) }
            summaryBoxStep = 2
            let rest = Array(unit[(name + 1)...])
            guard let role = rest.first, Self.isRole(LineRules.trim(bytes[role])) else { return rest.isEmpty }
            summaryBoxStep = 3
            let tail = rest.dropFirst().prefix(1).filter { Self.isRoleTail(LineRules.trim(bytes[$0])) }
            unit = Array(rest.dropFirst(1 + tail.count))
            return unit.isEmpty
        default:
            summaryBoxStep = 3
            guard Self.isRole(lead), unit.count > 1 else { return false }
            unit.removeFirst()
            if let wrapped = unit.prefix(2).firstIndex(where: { Self.isRoleTail(LineRules.trim(bytes[$0])) }) { unit.remove(at: wrapped) }
            return false
        }
    }

    /// An author's role in a report's summary box: `Analyst in ...`, `Specialist in ...`.
    private static func isRole(_ text: ArraySlice<UInt8>) -> Bool {
        text.count <= 40 && (text.starts(with: "Analyst in ".utf8) || text.starts(with: "Specialist in ".utf8))
    }

    /// A role's wrapped last words: a short line of capitalised words with no sentence's mark (`Finance`, `Resources Policy`).
    private static func isRoleTail(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, Bytes.isUpper(first), text.count <= 30, let last = text.last, Bytes.isLetter(last) else { return false }
        return text.split(separator: 0x20).allSatisfy { word in word.first.map(Bytes.isUpper) ?? false }
    }
}
