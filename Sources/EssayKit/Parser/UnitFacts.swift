import LowLevel

/// What the scan's pure rules say of one unit as the file groups it, before any rule changed it.
///
/// The rules look only at the unit's lines, the essay's running heads and the title read before the
/// scan (`titleKey`), so they are worked out
/// for every unit ahead of the scan, on another core (`WorkAhead`), while the scan goes through the
/// units one by one. The scan reads them for a unit it handles as it was grouped (`EssayBuilder.facts(of:)`)
/// and asks the rules itself for any other: what it decides never depends on which did.
struct UnitFacts: Sendable {
    /// `EssayBuilder.dropFurnitureLines` leaves the unit as it is.
    var keepsEveryLine: Bool
    /// `EssayBuilder.isFurniture`.
    var isFurniture: Bool
    /// `EssayBuilder.isOpinionHead`: one line reading as a slip opinion's head.
    var isOpinionHead: Bool
    /// `LineRules.isPageBreak` of the first line.
    var opensWithPageBreak: Bool
    /// `LineRules.metadataKind` of the first line.
    var metadata: LineRules.MetadataKind?
    /// `EssayBuilder.isQuotation`: a paragraph reading as a block quotation.
    var isQuotation: Bool

    init(_ unit: ArraySlice<Range<Int>>, bytes: [UInt8], repeatedHeads: RepeatedHeads, titleKey: [UInt8]) {
        keepsEveryLine = EssayBuilder.keepsEveryLine(unit, bytes: bytes, repeatedHeads: repeatedHeads, titleKey: titleKey)
        isFurniture = EssayBuilder.isFurniture(unit, bytes: bytes, repeatedHeads: repeatedHeads, titleKey: titleKey)
        isOpinionHead = EssayBuilder.isOpinionHead(unit, bytes: bytes)
        let first = unit.first.map { bytes[$0] } ?? []
        opensWithPageBreak = LineRules.isPageBreak(first)
        metadata = LineRules.metadataKind(first)
        isQuotation = EssayBuilder.isQuotation(unit, bytes: bytes)
    }
}

/// The units as the file groups them, as one list of lines: where the scan finds a unit's place.
struct GroupedUnits: Sendable {
    private(set) var lines: [Range<Int>] = []
    /// Where each unit's lines end in `lines`.
    private(set) var ends: [Int] = []

    init() {}

    init(_ units: [[Range<Int>]]) {
        ends.reserveCapacity(units.count)
        lines.reserveCapacity(units.count * 2)
        for unit in units {
            lines.append(contentsOf: unit)
            ends.append(lines.count)
        }
    }

    var count: Int { ends.count }

    /// The lines of unit `place`.
    func unit(_ place: Int) -> ArraySlice<Range<Int>> {
        lines[(place == 0 ? 0 : ends[place - 1])..<ends[place]]
    }

    /// The place of `unit` if it is one of the units as grouped, looked for among the few from
    /// `start` on (the scan handles units in the file's order).
    func place(of unit: [Range<Int>], from start: Int) -> Int? {
        guard let first = unit.first, let last = unit.last else { return nil }
        var place = start
        while place < ends.count, place < start + 8 {
            let lineStart = place == 0 ? 0 : ends[place - 1]
            let lowerBound = lines[lineStart].lowerBound
            if lowerBound == first.lowerBound {
                return ends[place] - lineStart == unit.count && lines[ends[place] - 1].upperBound == last.upperBound ? place : nil
            }
            if lowerBound > first.lowerBound { return nil }
            place += 1
        }
        return nil
    }
}

/// The facts of the units as grouped, worked out ahead of the scan, and where the scan is among
/// them: kept apart from the builder, so that asking them reads this small value, not a copy of
/// the whole builder (a rule that does not change the builder is handed it by copy).
struct ScanFacts {
    /// The units as the file groups them; empty when their facts are not worked out.
    private var groupedUnits = GroupedUnits()
    /// The facts of each, worked out ahead (`UnitFacts`): nil when not worth it.
    private var unitFacts: WorkAhead<UnitFacts>?
    /// The place among `groupedUnits` of the unit handled last that was one of them.
    private var cursor = 0
    /// The chunk of facts read last, and its index.
    private var chunk: [UnitFacts] = []
    private var chunkIndex = -1
    /// The chunk after it, read once the scan nears its end (rules look a unit or two ahead), so
    /// that looking ahead takes no lock.
    private var nextChunk: [UnitFacts]?
    /// The facts of the unit being handled, when it is a unit as grouped: its first line's start,
    /// last line's end and line count, which tell it.
    private var handled: (start: Int, end: Int, count: Int, facts: UnitFacts)?

    init() {}

    /// Starts working out the facts of `units` (the units as grouped) on another thread.
    init(working units: [[Range<Int>]], bytes: [UInt8], repeatedHeads: RepeatedHeads, titleKey: [UInt8]) {
        let grouped = GroupedUnits(units)
        groupedUnits = grouped
        unitFacts = WorkAhead(count: grouped.count, parallel: true) { place in
            UnitFacts(grouped.unit(place), bytes: bytes, repeatedHeads: repeatedHeads, titleKey: titleKey)
        }
    }

    /// Stops working facts out: the scan is over.
    mutating func stop() {
        unitFacts?.stop()
        self = ScanFacts()
    }

    /// Notes that `unit` is being handled: when it is a unit as grouped, its facts are kept at
    /// hand, and the units after it are looked for from its place.
    mutating func handling(_ unit: [Range<Int>]) {
        handled = nil
        guard unitFacts != nil, let first = unit.first, let last = unit.last,
              let place = groupedUnits.place(of: unit, from: cursor) else { return }
        cursor = place
        let size = WorkAhead<UnitFacts>.chunkSize
        let wanted = place / size
        if wanted != chunkIndex {
            if wanted == chunkIndex + 1, let next = nextChunk {
                chunk = next
                chunkIndex = wanted
                nextChunk = nil
            } else if let loaded = unitFacts?.chunk(wanted) {
                chunk = loaded
                chunkIndex = wanted
                nextChunk = nil
            }
        }
        guard wanted == chunkIndex else { return }
        let offset = place % size
        if nextChunk == nil, offset >= size - Self.lookAhead { nextChunk = unitFacts?.chunk(wanted + 1) }
        handled = (first.lowerBound, last.upperBound, unit.count, chunk[offset])
    }

    /// How many units before a chunk's end the next chunk is read.
    private static let lookAhead = 8

    /// The facts of `unit` when it is a unit as grouped and they are worked out already.
    func of(_ unit: [Range<Int>]) -> UnitFacts? {
        guard let first = unit.first, let last = unit.last else { return nil }
        // Most asked of: the unit being handled, as it was grouped.
        if let handled, handled.start == first.lowerBound, handled.end == last.upperBound, handled.count == unit.count {
            return handled.facts
        }
        // A unit still to come, which a rule looks ahead at.
        guard let unitFacts, let place = groupedUnits.place(of: unit, from: cursor) else { return nil }
        let wanted = place / WorkAhead<UnitFacts>.chunkSize
        let offset = place % WorkAhead<UnitFacts>.chunkSize
        if wanted == chunkIndex { return chunk[offset] }
        if wanted == chunkIndex + 1, let nextChunk { return nextChunk[offset] }
        return unitFacts.chunk(wanted)?[offset]
    }
}

extension EssayBuilder {
    /// Units below this many are scanned without working their facts out ahead: a thread is not
    /// worth waking for them.
    static let unitsWorthWorkingAhead = 1024

    /// Starts working out the facts of `units` (the units as grouped) ahead of the scan.
    mutating func workOutFactsAhead(_ units: [[Range<Int>]]) {
        guard usesEveryCore, units.count >= Self.unitsWorthWorkingAhead else { return }
        scanFacts = ScanFacts(working: units, bytes: file.bytes, repeatedHeads: repeatedHeads, titleKey: titleKey)
    }

    /// Stops working facts out: the scan is over.
    mutating func stopWorkingAhead() {
        scanFacts.stop()
    }

    /// Notes that `unit` is being handled (`ScanFacts.handling`).
    mutating func handling(_ unit: [Range<Int>]) {
        scanFacts.handling(unit)
    }

    /// The facts of `unit` when it is a unit as grouped and they are worked out already.
    @inline(__always)
    func facts(of unit: [Range<Int>]) -> UnitFacts? {
        scanFacts.of(unit)
    }
}
