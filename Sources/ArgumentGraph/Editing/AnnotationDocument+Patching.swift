import EssayKit

extension AnnotationDocument {
    /// The document that `patches` make of this one, read again only where they touch: the claims
    /// whose lines they change are composed alone from the new text, every node and claim after
    /// them keeps its parse with its place moved, and nothing else is read. Nil when the patches
    /// reach outside the claims' lines, or the file is one this cannot follow (flow-style claims,
    /// anchors or aliases near the edit, problems already reported in the claims, a claim read
    /// with a problem); the caller then reads the whole new text.
    ///
    /// Along with the document: the ids of the claims read again (before and after), which are the
    /// only claims whose declarations can differ from this document's.
    func patched(_ patches: [TextPatch], into newBytes: [UInt8]) -> (document: AnnotationDocument, reread: Set<String>)? {
        guard !patches.isEmpty, let root, !root.mark.isFlow, let rootEntries = root.mapping,
              let claimsIndex = rootEntries.firstIndex(where: { $0.key.text == "claims" }) else { return nil }
        let claimsEntry = rootEntries[claimsIndex]
        guard case .sequence(let items, let sequenceMark) = claimsEntry.value, !sequenceMark.isFlow, !items.isEmpty,
              items.count == claimItems.count, items.count == file.claims.count else { return nil }
        // A claim's problems may name lines of other claims (`first declared on line N`): a file
        // with problems among its claims, or any error, is read whole.
        let claimLines = items[0].position.line...lastLine(of: items[items.count - 1])
        guard !diagnostics.contains(where: { $0.severity == .error || claimLines.contains($0.range.start.line) }) else { return nil }

        // Which claims each patch falls in: the lines of one claim (its `-` line to its last).
        var touched: [Int: [TextPatch]] = [:]
        for patch in patches {
            guard let item = item(holding: patch.range, among: items) else { return nil }
            touched[item, default: []].append(patch)
        }
        // Runs of neighbouring claims touched, each read again as one stretch of text.
        var clusters: [ClosedRange<Int>] = []
        for index in touched.keys.sorted() {
            if let last = clusters.last, last.upperBound + 1 == index {
                clusters[clusters.count - 1] = last.lowerBound...index
            } else {
                clusters.append(index...index)
            }
        }

        var newItems: [YAMLNode] = []
        newItems.reserveCapacity(items.count + 1)
        var newClaims: [ClaimAnnotation] = []
        newClaims.reserveCapacity(items.count + 1)
        var newClaimItems: [(id: String, node: YAMLNode)] = []
        newClaimItems.reserveCapacity(items.count + 1)
        var reread: Set<String> = []
        var byteShift = 0
        var lineShift = 0
        /// The first old line after each cluster, with the line shift from there on.
        var lineShifts: [(from: Int, shift: Int)] = []
        var next = 0
        for cluster in clusters {
            // The claims before the cluster, moved by what earlier clusters changed.
            for index in next..<cluster.lowerBound {
                let node = items[index].shifted(bytes: byteShift, lines: lineShift)
                newItems.append(node)
                newClaimItems.append((claimItems[index].id, node))
                newClaims.append(lineShift == 0 ? file.claims[index] : file.claims[index].shifted(lines: lineShift))
            }
            guard let first = memberLines(items[cluster.lowerBound]), let last = memberLines(items[cluster.upperBound]) else { return nil }
            let region = first.lowerBound..<last.upperBound
            var delta = 0
            var lineDelta = 0
            for index in cluster {
                for patch in touched[index] ?? [] {
                    let removed = bytes[patch.range]
                    delta += patch.replacement.utf8.count - removed.count
                    lineDelta += patch.replacement.utf8.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) } - removed.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
                }
            }
            let newRegion = (region.lowerBound + byteShift)..<(region.upperBound + byteShift + delta)
            guard newRegion.lowerBound >= 0, newRegion.upperBound <= newBytes.count, newRegion.lowerBound <= newRegion.upperBound else { return nil }
            // Anchors and aliases tie claims to text read elsewhere: read the whole file.
            let oldText = bytes[region]
            let newText = newBytes[newRegion]
            if oldText.contains(0x26) || oldText.contains(0x2A) || newText.contains(0x26) || newText.contains(0x2A) {
                guard !Self.hasAnchorOrAlias(oldText), !Self.hasAnchorOrAlias(newText) else { return nil }
            }
            // The region starts at a line's start: its first line in the old text, and in the new.
            let regionLine = items[cluster.lowerBound].position.line - bytes[region.lowerBound..<items[cluster.lowerBound].span.lowerBound]
                .reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            let newRegionLine = regionLine + lineShift
            let read: [YAMLNode]
            switch YAMLReader.compose(String(decoding: newText, as: UTF8.self)) {
            case .success(let node?):
                guard case .sequence(let found, let mark) = node, !mark.isFlow else { return nil }
                read = found.map { $0.shifted(bytes: newRegion.lowerBound, lines: newRegionLine - 1) }
            case .success(nil):
                read = []
            case .failure:
                return nil
            }
            // The claims read must stand where the others stand, or in context they would be read otherwise.
            let column = items[cluster.lowerBound].position.column
            guard read.allSatisfy({ $0.position.column == column && !$0.mark.isFlow }) else { return nil }
            var sink = DiagnosticSink(file: path)
            let claims = AnnotationLoader.readClaims(read, sink: &sink)
            guard sink.diagnostics.isEmpty, claims.count == read.count else { return nil }
            for index in cluster { reread.insert(claimItems[index].id) }
            for claim in claims { reread.insert(claim.id) }
            newItems += read
            for (claim, node) in zip(claims, read) { newClaimItems.append((claim.id, node)) }
            newClaims += claims
            byteShift += delta
            lineShift += lineDelta
            lineShifts.append((from: lastLine(of: items[cluster.upperBound]) + 1, shift: lineShift))
            next = cluster.upperBound + 1
        }
        for index in next..<items.count {
            let node = items[index].shifted(bytes: byteShift, lines: lineShift)
            newItems.append(node)
            newClaimItems.append((claimItems[index].id, node))
            newClaims.append(lineShift == 0 ? file.claims[index] : file.claims[index].shifted(lines: lineShift))
        }

        // Ids: a claim read again must not take the id of one that was not.
        var index = claimIndex
        let sameIDs = newClaimItems.count == claimItems.count
            && clusters.allSatisfy { cluster in cluster.allSatisfy { newClaimItems[$0].id == claimItems[$0].id } }
        if !sameIDs {
            index = [:]
            index.reserveCapacity(newClaimItems.count)
            for (position, item) in newClaimItems.enumerated() {
                guard index.updateValue(position, forKey: item.id) == nil else { return nil }
            }
        }
        // An empty list is written `claims: []` by a patch outside the claims: never here.
        guard !newItems.isEmpty else { return nil }

        func movedLine(_ line: Int) -> Int {
            lineShifts.last(where: { $0.from <= line })?.shift ?? 0
        }
        let sequenceEnd = newItems[newItems.count - 1].mark.end
        let claimsValue = YAMLNode.sequence(newItems, YAMLMark(position: sequenceMark.position, start: sequenceMark.start,
                                                                end: max(sequenceMark.start, sequenceEnd), isFlow: false))
        var newEntries = Array(rootEntries[..<claimsIndex])
        newEntries.append((claimsEntry.key, claimsValue))
        for entry in rootEntries[(claimsIndex + 1)...] {
            newEntries.append((entry.key.shifted(bytes: byteShift, lines: lineShift), entry.value.shifted(bytes: byteShift, lines: lineShift)))
        }
        let rootEnd = newEntries.last.map { $0.value.mark.end } ?? root.mark.end
        let newRoot = YAMLNode.mapping(newEntries, YAMLMark(position: root.position, start: root.mark.start, end: max(root.mark.start, rootEnd)))

        var newFile = file
        newFile.claims = newClaims
        let claimsStart = items[0].position.line
        if let position = file.frameworkPosition, position.line > claimsStart { newFile.frameworkPosition?.line = position.line + movedLine(position.line) }
        if let position = file.essayPosition, position.line > claimsStart { newFile.essayPosition?.line = position.line + movedLine(position.line) }
        let newDiagnostics = diagnostics.map { diagnostic -> Diagnostic in
            guard diagnostic.range.start.line > claimsStart else { return diagnostic }
            var moved = diagnostic
            let shift = movedLine(diagnostic.range.start.line)
            moved.range.start.line += shift
            moved.range.end.line += shift
            return moved
        }
        let text = String(decoding: newBytes, as: UTF8.self)
        let document = AnnotationDocument(path: path, text: text, bytes: newBytes, root: newRoot, file: newFile, diagnostics: newDiagnostics,
                                          claimItems: newClaimItems, claimIndex: index)
        return (document, reread)
    }

    /// The claim whose lines hold all of `range` (an insertion at either end of them included).
    private func item(holding range: Range<Int>, among items: [YAMLNode]) -> Int? {
        // The last claim starting at or before the range, and the one after it.
        var low = 0
        var high = items.count
        while low < high {
            let middle = (low + high) / 2
            if items[middle].span.lowerBound <= range.lowerBound { low = middle + 1 } else { high = middle }
        }
        for candidate in [low - 1, low] where items.indices.contains(candidate) {
            guard let lines = memberLines(items[candidate]) else { continue }
            if lines.lowerBound <= range.lowerBound && range.upperBound <= lines.upperBound { return candidate }
        }
        return nil
    }

    /// The last line (1-based) of a claim's text.
    private func lastLine(of node: YAMLNode) -> Int {
        let end = max(node.span.lowerBound, contentEnd(node) - 1)
        return node.position.line + bytes[node.span.lowerBound..<max(node.span.lowerBound, end)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// Whether YAML text may hold an anchor (`&a`) or alias (`*a`): one of those marks outside
    /// quotes, after a space, a bracket, a comma, a colon or at a line's start. Approximate on the
    /// safe side: a false yes only means the whole file is read.
    private static func hasAnchorOrAlias(_ text: ArraySlice<UInt8>) -> Bool {
        var previous: UInt8 = 0x0A
        var quote: UInt8?
        for byte in text {
            if let open = quote {
                if byte == open || byte == 0x0A { quote = nil }
            } else if byte == 0x22 || byte == 0x27 {
                if [0x20, 0x0A, 0x5B, 0x7B, 0x2C, 0x3A].contains(previous) { quote = byte }
            } else if (byte == 0x26 || byte == 0x2A) && [0x20, 0x0A, 0x5B, 0x7B, 0x2C, 0x2D, 0x3A].contains(previous) {
                return true
            }
            previous = byte
        }
        return false
    }
}

extension YAMLNode {
    /// The node with its place moved by `bytes` bytes and `lines` lines (columns stay: only whole
    /// lines come or go before it).
    func shifted(bytes: Int, lines: Int) -> YAMLNode {
        if bytes == 0 && lines == 0 { return self }
        func move(_ mark: YAMLMark) -> YAMLMark {
            YAMLMark(position: SourcePosition(line: mark.position.line + lines, column: mark.position.column), start: mark.start + bytes,
                     end: mark.end + bytes, isFlow: mark.isFlow)
        }
        switch self {
        case let .scalar(value, style, mark):
            return .scalar(value, style, move(mark))
        case let .sequence(items, mark):
            return .sequence(items.map { $0.shifted(bytes: bytes, lines: lines) }, move(mark))
        case let .mapping(entries, mark):
            return .mapping(entries.map { ($0.key.shifted(bytes: bytes, lines: lines), $0.value.shifted(bytes: bytes, lines: lines)) }, move(mark))
        }
    }
}

extension ClaimAnnotation {
    /// The claim with every place in it moved by `lines` lines.
    func shifted(lines: Int) -> ClaimAnnotation {
        if lines == 0 { return self }
        var moved = self
        moved.position.line += lines
        moved.quoteRange.start.line += lines
        moved.quoteRange.end.line += lines
        if let subject = subjectPosition { moved.subjectPosition = SourcePosition(line: subject.line + lines, column: subject.column) }
        for index in moved.factors.indices { moved.factors[index].position.line += lines }
        for index in moved.relations.indices { moved.relations[index].position.line += lines }
        return moved
    }
}
