import EssayKit

extension AnnotationDocument {
    /// Where a new claim goes among the others: right after the claim `after` (its nearest
    /// predecessor in the essay), else right before `before`, else after the last claim.
    public struct Placement: Hashable, Sendable {
        public var after: String?
        public var before: String?

        public init(after: String? = nil, before: String? = nil) {
            self.after = after
            self.before = before
        }
    }

    /// The patches that make `edit`, all on this document's text, and what they did besides the
    /// edit itself (relations taken away with a claim), said as sentences.
    func patches(for edit: AnnotationEdit, placement: Placement = Placement()) throws(AnnotationEditError) -> (patches: [TextPatch], notes: [String]) {
        let style = AnnotationStyle(of: self)
        switch edit {
        case .addClaim(let draft):
            return ([try addClaim(draft, placement: placement, style: style)], [])
        case .removeClaim(let id):
            return try removeClaim(id)
        case let .link(from, type, to):
            return ([try link(from, type, to, style: style)], [])
        case let .unlink(from, type, to):
            let claim = try claimNode(from)
            let patches = try removeFromList(claim, key: type.rawValue, target: to)
            guard !patches.isEmpty else { throw .relationMissing(from: from, type: type, to: to) }
            return (patches, [])
        case let .setKind(id, kind):
            let claim = try claimNode(id)
            return (try setEntry(in: claim, key: "kind") { _, _ in " " + kind.rawValue }, [])
        case let .setSubject(id, subject):
            let claim = try claimNode(id)
            let existing = Self.entry("subject", in: claim)?.value.style ?? .plain
            return (try setEntry(in: claim, key: "subject", subject.map { value in { _, _ in " " + YAMLScalarWriter.render(value, style: existing) } }), [])
        case let .setNote(id, note):
            let claim = try claimNode(id)
            let existing = Self.entry("note", in: claim)?.value.style ?? style.note
            return (try setEntry(in: claim, key: "note", note.map { value in { column, _ in
                " " + YAMLScalarWriter.render(value, style: existing, indent: column + 2)
            } }), [])
        case let .setQuote(id, quote):
            let claim = try claimNode(id)
            var quoteStyle = style
            if let existing = Self.entry("quote", in: claim)?.value {
                quoteStyle.quote = existing.style ?? Self.entry("exact", in: existing)?.value.style ?? style.quote
            }
            return (try setEntry(in: claim, key: "quote") { column, isFlow in
                isFlow && (quote.prefix != nil || quote.suffix != nil)
                    ? " " + style.flowMapping([("exact", YAMLScalarWriter.doubleQuoted(quote.exact))]
                        + (quote.prefix.map { [("prefix", YAMLScalarWriter.doubleQuoted($0))] } ?? [])
                        + (quote.suffix.map { [("suffix", YAMLScalarWriter.doubleQuoted($0))] } ?? []))
                    : quoteStyle.quoteValue(quote, keyColumn: column)
            }, [])
        case let .setFactors(id, factors):
            let claim = try claimNode(id)
            let existing = Self.entry("factors", in: claim)?.value
            var layout = style.factors
            var factorStyle = style
            if let existing, existing.sequence != nil {
                layout = existing.mark.isFlow ? .flow : .block
                if let first = existing.sequence?.first { factorStyle.factorsAsFlowMappings = first.mark.isFlow }
            }
            let patches = try setEntry(in: claim, key: "factors", factors.isEmpty ? nil : { column, isFlow in
                var dash = column + style.nestedOffset
                if let first = existing?.sequence?.first, existing?.mark.isFlow == false { dash = dashColumn(of: first) ?? dash }
                var listStyle = factorStyle
                listStyle.nestedOffset = dash - column
                let items = factors.map { listStyle.factorItem($0, dash: dash) }
                return listStyle.listValue(items, layout: isFlow ? .flow : layout, keyColumn: column)
            })
            return (patches, [])
        case let .renameClaim(id, newID):
            return (try rename(id, to: newID), [])
        case .declareSubject(let subject):
            return ([try declareSubject(subject, style: style)], [])
        }
    }

    // MARK: - Claims

    /// The claim item with id `id`, or an error naming the closest id.
    func claimNode(_ id: String) throws(AnnotationEditError) -> YAMLNode {
        guard let node = item(id) else {
            let closest = ClosestID.find(id, among: claimIDs)
            throw .unknownClaim(id: id, closest: closest)
        }
        guard node.mapping != nil else { throw .unsupported(path: path, line: node.position.line, what: "a claim that is not a mapping") }
        return node
    }

    private func addClaim(_ draft: ClaimDraft, placement: Placement, style: AnnotationStyle) throws(AnnotationEditError) -> TextPatch {
        if let line = line(ofClaim: draft.id) { throw .duplicateID(id: draft.id, line: line) }
        guard let root else {
            return TextPatch(inserting: atLineStart("claims:\n" + style.claimLines(draft), bytes.count), at: bytes.count)
        }
        guard let claims = Self.entry("claims", in: root) else {
            guard !root.mark.isFlow else { throw .unsupported(path: path, line: root.position.line, what: "an annotation file written as one flow mapping") }
            return TextPatch(inserting: atLineStart("claims:\n" + style.claimLines(draft), bytes.count), at: bytes.count)
        }
        let value = claims.value
        if value.isNull || value.sequence?.isEmpty == true {
            let lines = style.claimLines(draft)
            return TextPatch(range: valueRegion(claims), replacement: "\n" + lines.dropLast())
        }
        guard let items = value.sequence else {
            throw .unsupported(path: path, line: value.position.line, what: "'claims' that is not a list")
        }
        if value.mark.isFlow {
            var flat = style
            flat.claimsAsFlowMappings = true
            flat.factors = .flow
            flat.relations = .flow
            flat.itemIndent = 0
            let text = String(flat.claimLines(draft).dropFirst(2).dropLast())
            let index = placement.after.flatMap { after in items.firstIndex { Self.entry("id", in: $0)?.value.text == after } }
            if let index { return TextPatch(inserting: ", " + text, at: items[index].span.upperBound) }
            if let before = placement.before, let index = items.firstIndex(where: { Self.entry("id", in: $0)?.value.text == before }) {
                return TextPatch(inserting: text + ", ", at: items[index].span.lowerBound)
            }
            return TextPatch(inserting: ", " + text, at: items[items.count - 1].span.upperBound)
        }
        let lines = style.claimLines(draft)
        if let after = placement.after, let node = item(after) {
            guard let span = memberLines(node) else { throw .unsupported(path: path, line: node.position.line, what: "this claim's layout") }
            return TextPatch(inserting: atLineStart(lines, span.upperBound), at: span.upperBound)
        }
        if let before = placement.before, let node = item(before) {
            guard let span = memberLines(node) else { throw .unsupported(path: path, line: node.position.line, what: "this claim's layout") }
            return TextPatch(inserting: lines, at: span.lowerBound)
        }
        let last = items[items.count - 1]
        guard let span = memberLines(last) else { throw .unsupported(path: path, line: last.position.line, what: "this claim's layout") }
        return TextPatch(inserting: atLineStart(lines, span.upperBound), at: span.upperBound)
    }

    private func removeClaim(_ id: String) throws(AnnotationEditError) -> (patches: [TextPatch], notes: [String]) {
        let node = try claimNode(id)
        guard let claims = Self.entry("claims", in: root), let items = claims.value.sequence,
              let index = items.firstIndex(where: { $0.span == node.span }) else {
            throw .unknownClaim(id: id, closest: nil)
        }
        var patches: [TextPatch] = []
        if claims.value.mark.isFlow {
            let range = index > 0 ? items[index - 1].span.upperBound..<node.span.upperBound
                : items.count > 1 ? node.span.lowerBound..<items[1].span.lowerBound : node.span
            patches.append(TextPatch(range: range, replacement: ""))
        } else {
            guard let lines = memberLines(node) else { throw .unsupported(path: path, line: node.position.line, what: "this claim's layout") }
            patches.append(TextPatch(range: lines, replacement: ""))
            if items.count == 1 { patches.append(TextPatch(inserting: " []", at: afterColon(claims))) }
        }
        var notes: [String] = []
        for other in claimItems where other.id != id {
            for type in RelationType.allCases {
                let removed = try removeFromList(other.node, key: type.rawValue, target: id)
                if !removed.isEmpty {
                    patches += removed
                    notes.append("removed '\(id)' from the \(type.rawValue) of '\(other.id)'")
                }
            }
        }
        return (patches, notes)
    }

    private func link(_ from: String, _ type: RelationType, _ to: String, style: AnnotationStyle) throws(AnnotationEditError) -> TextPatch {
        let claim = try claimNode(from)
        let target = YAMLScalarWriter.plainIfSafe(to)
        guard let entry = Self.entry(type.rawValue, in: claim), !entry.value.isNull else {
            let patches = try setEntry(in: claim, key: type.rawValue) { column, isFlow in
                style.listValue([target], layout: isFlow ? .flow : style.relations, keyColumn: column)
            }
            return patches[0]
        }
        let value = entry.value
        if let existing = value.text {
            if existing == to { throw .relationExists(from: from, type: type, to: to) }
            return TextPatch(range: value.span, replacement: style.flowList([String(decoding: bytes[value.span], as: UTF8.self), target]))
        }
        guard let items = value.sequence else { throw .unsupported(path: path, line: value.position.line, what: "a relation list that is a mapping") }
        if items.contains(where: { $0.text == to }) { throw .relationExists(from: from, type: type, to: to) }
        if value.mark.isFlow {
            guard let last = items.last else { return TextPatch(inserting: target, at: value.span.lowerBound + 1) }
            return TextPatch(inserting: ", " + target, at: last.span.upperBound)
        }
        guard let last = items.last, let lines = memberLines(last), let dash = dashColumn(of: last) else {
            throw .unsupported(path: path, line: value.position.line, what: "this relation list's layout")
        }
        return TextPatch(inserting: atLineStart(String(repeating: " ", count: dash) + "- " + target + "\n", lines.upperBound), at: lines.upperBound)
    }

    /// The patches that take `target` out of the list (or single value) under `key` of `claim`:
    /// the whole entry when nothing else is left in it; none when it does not name `target`.
    func removeFromList(_ claim: YAMLNode, key: String, target: String) throws(AnnotationEditError) -> [TextPatch] {
        guard let entry = Self.entry(key, in: claim) else { return [] }
        if let single = entry.value.text {
            return single == target ? try setEntry(in: claim, key: key, nil) : []
        }
        guard let items = entry.value.sequence else { return [] }
        let removed = items.indices.filter { items[$0].text == target }
        if removed.isEmpty { return [] }
        if removed.count == items.count { return try setEntry(in: claim, key: key, nil) }
        if !entry.value.mark.isFlow {
            var patches: [TextPatch] = []
            for index in removed {
                guard let lines = memberLines(items[index]) else {
                    throw .unsupported(path: path, line: items[index].position.line, what: "this relation list's layout")
                }
                patches.append(TextPatch(range: lines, replacement: ""))
            }
            return patches
        }
        // Items before the first one kept go with the separator after them; the others with the one before.
        let firstKept = items.indices.first { !removed.contains($0) } ?? items.count
        return removed.map { index in
            index < firstKept ? TextPatch(range: items[index].span.lowerBound..<items[index + 1].span.lowerBound, replacement: "")
                : TextPatch(range: items[index - 1].span.upperBound..<items[index].span.upperBound, replacement: "")
        }
    }

    private func rename(_ id: String, to newID: String) throws(AnnotationEditError) -> [TextPatch] {
        let node = try claimNode(id)
        if id == newID { return [] }
        if let line = line(ofClaim: newID) { throw .duplicateID(id: newID, line: line) }
        guard let idNode = Self.entry("id", in: node)?.value else { throw .unknownClaim(id: id, closest: nil) }
        var patches = [TextPatch(range: idNode.span, replacement: YAMLScalarWriter.render(newID, style: idNode.style ?? .plain))]
        for other in claimItems {
            for type in RelationType.allCases {
                guard let value = Self.entry(type.rawValue, in: other.node)?.value else { continue }
                for scalar in value.sequence ?? [value] where scalar.text == id {
                    patches.append(TextPatch(range: scalar.span, replacement: YAMLScalarWriter.render(newID, style: scalar.style ?? .plain)))
                }
            }
        }
        return patches
    }

    // MARK: - Subjects

    private func declareSubject(_ subject: Subject, style: AnnotationStyle) throws(AnnotationEditError) -> TextPatch {
        if file.subjects.contains(where: { $0.id == subject.id }) { throw .subjectExists(id: subject.id) }
        let lines = style.subjectLines(subject)
        guard let root, let entry = Self.entry("subjects", in: root) else {
            if let claims = Self.entry("claims", in: root), onlySpaces(lineStart(claims.key.span.lowerBound), claims.key.span.lowerBound) {
                let offset = lineStart(claims.key.span.lowerBound)
                return TextPatch(inserting: "subjects:\n" + lines, at: offset)
            }
            return TextPatch(inserting: atLineStart("subjects:\n" + lines, bytes.count), at: bytes.count)
        }
        let value = entry.value
        if value.isNull || value.sequence?.isEmpty == true {
            return TextPatch(range: valueRegion(entry), replacement: "\n" + lines.dropLast())
        }
        guard let items = value.sequence, let last = items.last else {
            throw .unsupported(path: path, line: value.position.line, what: "'subjects' that is not a list")
        }
        if value.mark.isFlow {
            var flat = style
            flat.subjectsAsFlowMappings = true
            flat.subjectItemIndent = 0
            return TextPatch(inserting: ", " + String(flat.subjectLines(subject).dropFirst(2).dropLast()), at: last.span.upperBound)
        }
        guard let span = memberLines(last) else { throw .unsupported(path: path, line: last.position.line, what: "this subject's layout") }
        return TextPatch(inserting: atLineStart(lines, span.upperBound), at: span.upperBound)
    }

    // MARK: - Entries of a mapping

    /// The order legit writes a claim's keys in; a new key goes after the last one before it.
    static let keyOrder = ["id", "kind", "quote", "subject", "factors", "supports", "attacks", "rebuts", "qualifies", "note"]

    /// The patches that set `key` of `mapping` to the value `value` writes (the text after `key:`,
    /// given the key's column and whether the mapping is flow style), or remove the entry when
    /// `value` is nil.
    func setEntry(in mapping: YAMLNode, key: String, _ value: ((Int, Bool) -> String)?) throws(AnnotationEditError) -> [TextPatch] {
        guard let entries = mapping.mapping else { return [] }
        let isFlow = mapping.mark.isFlow
        let column = isFlow ? 0 : keyIndent(mapping)
        if let index = entries.firstIndex(where: { $0.key.text == key }) {
            let entry = entries[index]
            guard let value else { return [try removeEntry(index, of: mapping)] }
            return [TextPatch(range: valueRegion(entry), replacement: value(column, isFlow))]
        }
        guard let value else { return [] }
        let rank = Self.keyOrder.firstIndex(of: key) ?? Self.keyOrder.count
        let previous = entries.lastIndex { (Self.keyOrder.firstIndex(of: $0.key.text ?? "") ?? Self.keyOrder.count) <= rank } ?? entries.count - 1
        let after = entries[previous]
        if isFlow {
            return [TextPatch(inserting: ", " + key + ":" + value(column, true), at: contentEnd(after.value))]
        }
        let end = lineEnd(max(contentEnd(after.value), after.key.span.upperBound) - 1)
        let line = String(repeating: " ", count: column) + key + ":" + value(column, false) + "\n"
        return [TextPatch(inserting: atLineStart(line, end), at: end)]
    }

    /// The patch that removes entry `index` of `mapping`: its lines, or in a flow mapping its
    /// text and one separator.
    private func removeEntry(_ index: Int, of mapping: YAMLNode) throws(AnnotationEditError) -> TextPatch {
        guard let entries = mapping.mapping else { throw .unsupported(path: path, line: mapping.position.line, what: "this mapping") }
        let entry = entries[index]
        if mapping.mark.isFlow {
            if index > 0 { return TextPatch(range: contentEnd(entries[index - 1].value)..<contentEnd(entry.value), replacement: "") }
            if entries.count > 1 { return TextPatch(range: entry.key.span.lowerBound..<entries[1].key.span.lowerBound, replacement: "") }
            return TextPatch(range: entry.key.span.lowerBound..<contentEnd(entry.value), replacement: "")
        }
        let start = lineStart(entry.key.span.lowerBound)
        guard onlySpaces(start, entry.key.span.lowerBound) else {
            throw .unsupported(path: path, line: entry.key.position.line, what: "a key on the line of its claim's '-'")
        }
        let end = lineEnd(max(contentEnd(entry.value), entry.key.span.upperBound) - 1)
        return TextPatch(range: start..<end, replacement: "")
    }

    /// The text of an entry's value with what separates it from its colon: what a new value replaces.
    func valueRegion(_ entry: (key: YAMLNode, value: YAMLNode)) -> Range<Int> {
        let start = afterColon(entry)
        return start..<max(start, contentEnd(entry.value))
    }

    /// The offset just after the colon that follows an entry's key.
    func afterColon(_ entry: (key: YAMLNode, value: YAMLNode)) -> Int {
        var offset = entry.key.span.upperBound
        while offset < bytes.count, bytes[offset] != 0x3A { offset += 1 }
        return min(offset + 1, bytes.count)
    }

    /// The column of the `-` that opens the sequence item `node`.
    func dashColumn(of node: YAMLNode) -> Int? {
        var scan = node.span.lowerBound
        while scan > 0, [0x20, 0x0A, 0x0D].contains(bytes[scan - 1]) { scan -= 1 }
        guard scan > 0, bytes[scan - 1] == 0x2D else { return nil }
        return column(scan - 1)
    }
}
