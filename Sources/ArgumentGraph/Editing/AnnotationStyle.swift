/// How an annotation file is written, read from its own claims, so that what legit adds looks like
/// what the reader wrote: indentation, quoting, and the layout of factor and relation lists.
struct AnnotationStyle {
    /// How a list of factors or relations is laid out.
    enum ListLayout: Equatable {
        /// `[a, b]` on the key's line.
        case flow
        /// One `- item` per line.
        case block
    }

    /// The column of a claim's `-`.
    var itemIndent = 2
    /// The column of a claim's keys.
    var keyIndent = 4
    /// The column of the `-` of a list inside a claim (factors, relations), as offset from `keyIndent`.
    var nestedOffset = 2
    var quote: YAMLNode.Style = .doubleQuoted
    var note: YAMLNode.Style = .doubleQuoted
    var factors: ListLayout = .block
    /// Whether a factor is one `{ factor: x, stance: y }` mapping rather than two lines.
    var factorsAsFlowMappings = true
    /// The space inside a flow mapping's braces (`{ a: b }` or `{a: b}`).
    var braceSpace = " "
    var relations: ListLayout = .flow
    /// The space inside a flow list's brackets (`[ a ]` or `[a]`).
    var bracketSpace = ""
    /// Whether claims are written as flow mappings (`- {id: x, ...}`).
    var claimsAsFlowMappings = false
    var subjectItemIndent = 2
    var subjectKeyIndent = 4
    var subjectsAsFlowMappings = false

    init() {}

    /// The style of `document`, from its first claims and subjects; the defaults where it has none.
    init(of document: AnnotationDocument) {
        let claims = document.claimItems.prefix(40).map(\.node)
        if let first = claims.first {
            if first.mark.isFlow {
                claimsAsFlowMappings = true
            } else {
                itemIndent = dashColumn(first, in: document) ?? itemIndent
                keyIndent = document.column(first.span.lowerBound)
            }
        }
        var quoteStyles: [YAMLNode.Style] = []
        var noteStyles: [YAMLNode.Style] = []
        var factorsSeen = false
        var relationsSeen = false
        for claim in claims {
            if let style = AnnotationDocument.entry("quote", in: claim)?.value.style { quoteStyles.append(style) }
            if let style = AnnotationDocument.entry("note", in: claim)?.value.style { noteStyles.append(style) }
            if !factorsSeen, let value = AnnotationDocument.entry("factors", in: claim)?.value, let items = value.sequence, let item = items.first {
                factorsSeen = true
                factors = value.mark.isFlow ? .flow : .block
                factorsAsFlowMappings = item.mark.isFlow
                if item.mark.isFlow { braceSpace = document.bytes[item.span.lowerBound + 1] == 0x20 ? " " : "" }
                if !value.mark.isFlow, let dash = dashColumn(item, in: document) { nestedOffset = max(0, dash - document.column(claim.span.lowerBound)) }
            }
            if !relationsSeen {
                for type in RelationType.allCases {
                    guard let value = AnnotationDocument.entry(type.rawValue, in: claim)?.value, value.sequence != nil else { continue }
                    relationsSeen = true
                    relations = value.mark.isFlow ? .flow : .block
                    if value.mark.isFlow, value.span.count > 2 { bracketSpace = document.bytes[value.span.lowerBound + 1] == 0x20 ? " " : "" }
                    if !value.mark.isFlow, let item = value.sequence?.first, let dash = dashColumn(item, in: document), !factorsSeen {
                        nestedOffset = max(0, dash - document.column(claim.span.lowerBound))
                    }
                    break
                }
            }
        }
        quote = Self.mostCommon(quoteStyles) ?? .doubleQuoted
        note = Self.mostCommon(noteStyles) ?? quote
        if let subjects = AnnotationDocument.entry("subjects", in: document.root)?.value.sequence, let first = subjects.first {
            subjectsAsFlowMappings = first.mark.isFlow
            if !first.mark.isFlow {
                subjectItemIndent = dashColumn(first, in: document) ?? subjectItemIndent
                subjectKeyIndent = document.column(first.span.lowerBound)
            }
        } else {
            subjectItemIndent = itemIndent
            subjectKeyIndent = keyIndent
        }
    }

    /// The column of the `-` that opens the sequence item `node`.
    private func dashColumn(_ node: YAMLNode, in document: AnnotationDocument) -> Int? {
        var scan = node.span.lowerBound
        while scan > 0, [0x20, 0x0A, 0x0D].contains(document.bytes[scan - 1]) { scan -= 1 }
        guard scan > 0, document.bytes[scan - 1] == 0x2D else { return nil }
        return document.column(scan - 1)
    }

    private static func mostCommon(_ styles: [YAMLNode.Style]) -> YAMLNode.Style? {
        var counts: [YAMLNode.Style: Int] = [:]
        for style in styles { counts[style, default: 0] += 1 }
        return styles.max { counts[$0, default: 0] < counts[$1, default: 0] }
    }

    // MARK: - Writing

    /// A flow list: `[a, b]`.
    func flowList(_ items: [String]) -> String {
        items.isEmpty ? "[]" : "[" + bracketSpace + items.joined(separator: ", ") + bracketSpace + "]"
    }

    /// A flow mapping: `{ a: b, c: d }`.
    func flowMapping(_ entries: [(String, String)]) -> String {
        "{" + braceSpace + entries.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + braceSpace + "}"
    }

    /// A factor as a list item's text, for a list whose `-` is at `dash`.
    func factorItem(_ draft: FactorDraft, dash: Int) -> String {
        let factor = YAMLScalarWriter.plainIfSafe(draft.factor)
        if factorsAsFlowMappings || factors == .flow {
            return flowMapping([("factor", factor), ("stance", draft.stance.rawValue)])
        }
        return "factor: \(factor)\n" + String(repeating: " ", count: dash + 2) + "stance: \(draft.stance.rawValue)"
    }

    /// A claim's list (factors or relations) as the value of a key at `keyColumn`: the text that
    /// follows `key:` (a flow list with its leading space, or the block list's lines).
    func listValue(_ items: [String], layout: ListLayout, keyColumn: Int) -> String {
        switch layout {
        case .flow: return " " + flowList(items)
        case .block:
            let dash = String(repeating: " ", count: keyColumn + nestedOffset)
            return items.map { "\n" + dash + "- " + $0 }.joined()
        }
    }

    /// A new claim as the lines of a block sequence item, each ending in a line break.
    func claimLines(_ draft: ClaimDraft) -> String {
        var entries: [(key: String, value: String)] = []
        entries.append(("id", " " + YAMLScalarWriter.plainIfSafe(draft.id)))
        entries.append(("kind", " " + draft.kind.rawValue))
        entries.append(("quote", quoteValue(draft.quote, keyColumn: keyIndent)))
        if let subject = draft.subject { entries.append(("subject", " " + YAMLScalarWriter.plainIfSafe(subject))) }
        if !draft.factors.isEmpty {
            let dash = keyIndent + nestedOffset
            let items = draft.factors.map { factorItem($0, dash: dash) }
            entries.append(("factors", listValue(items, layout: factors == .flow ? .flow : .block, keyColumn: keyIndent)))
        }
        for type in RelationType.allCases {
            let targets = draft.relations.filter { $0.type == type }.map { YAMLScalarWriter.plainIfSafe($0.target) }
            if !targets.isEmpty { entries.append((type.rawValue, listValue(targets, layout: relations, keyColumn: keyIndent))) }
        }
        if let note = draft.note { entries.append(("note", " " + YAMLScalarWriter.render(note, style: self.note, indent: keyIndent + 2))) }
        if claimsAsFlowMappings {
            let flat = entries.map { ($0.key, String($0.value.dropFirst())) }
            return String(repeating: " ", count: itemIndent) + "- " + flowMapping(flat) + "\n"
        }
        let pad = String(repeating: " ", count: keyIndent)
        var text = String(repeating: " ", count: itemIndent) + "-" + String(repeating: " ", count: max(1, keyIndent - itemIndent - 1))
        for (index, entry) in entries.enumerated() {
            text += (index == 0 ? "" : pad) + entry.key + ":" + entry.value + "\n"
        }
        return text
    }

    /// A quote as the text after `quote:`: a scalar when it is exact alone, else a block mapping.
    func quoteValue(_ quote: TextQuote, keyColumn: Int) -> String {
        let exact = YAMLScalarWriter.render(quote.exact, style: self.quote, indent: keyColumn + 2)
        guard quote.prefix != nil || quote.suffix != nil else { return " " + exact }
        let pad = "\n" + String(repeating: " ", count: keyColumn + 2)
        var text = pad + "exact: " + YAMLScalarWriter.render(quote.exact, style: self.quote, indent: keyColumn + 4)
        if let prefix = quote.prefix { text += pad + "prefix: " + YAMLScalarWriter.render(prefix, style: .doubleQuoted) }
        if let suffix = quote.suffix { text += pad + "suffix: " + YAMLScalarWriter.render(suffix, style: .doubleQuoted) }
        return text
    }

    /// A subject as a `subjects` item's lines, each ending in a line break.
    func subjectLines(_ subject: Subject) -> String {
        let id = YAMLScalarWriter.plainIfSafe(subject.id)
        let name = YAMLScalarWriter.plainIfSafe(subject.name)
        if subjectsAsFlowMappings {
            return String(repeating: " ", count: subjectItemIndent) + "- " + flowMapping([("id", id), ("name", name)]) + "\n"
        }
        return String(repeating: " ", count: subjectItemIndent) + "-" + String(repeating: " ", count: max(1, subjectKeyIndent - subjectItemIndent - 1))
            + "id: " + id + "\n" + String(repeating: " ", count: subjectKeyIndent) + "name: " + name + "\n"
    }
}
