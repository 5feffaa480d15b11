import ArgumentGraph
import EssayKit
import Synchronization

/// Search over one essay's argument for the explorer: the ArgumentGraph index `legit search`
/// ranks with, and where each of its documents sits in the text, so a reader steps through the
/// same matches in reading order.
///
/// The index is built once, by `prepare()`: on another thread for a large essay (the explorer
/// asks `prepared` without waiting meanwhile), on the spot for a small one. A search then reads
/// the index only; no text is folded again per key.
public final class EssaySearch: Sendable {
    /// The index and the places of its documents.
    public struct Prepared: Sendable {
        public let index: SearchIndex
        /// Where each claim of the map starts in the body.
        let claimPoints: [TextPoint]
        /// Where each statement of the map starts in the body.
        let statementPoints: [TextPoint]
        /// The first marker of each footnote, or nil for a footnote no sentence marks.
        let footnotePoints: [TextPoint?]
        /// The first marker of the first note citing each authority.
        let authorityPoints: [TextPoint?]
    }

    /// Essays smaller than this build their index on the first search rather than in the background.
    public static let onDemandLimit = 1 << 19

    let map: ArgumentMap
    private let built = Mutex<Prepared?>(nil)
    private let isBuilt = Atomic<Bool>(false)

    public init(map: ArgumentMap) {
        self.map = map
    }

    /// Whether the index is small enough to build the first time it is asked for, where it is asked.
    public var buildsOnDemand: Bool { map.essay.source.bytes.count < Self.onDemandLimit }

    /// The index, if it is built, without waiting for it.
    public var prepared: Prepared? {
        guard isBuilt.load(ordering: .acquiring) else { return nil }
        return built.withLock { $0 }
    }

    /// Builds the index and the places of its documents unless that is done; returns them.
    /// Blocks while another thread builds them.
    @discardableResult
    public func prepare() -> Prepared {
        built.withLock { prepared in
            if let prepared { return prepared }
            let made = Self.build(map)
            prepared = made
            isBuilt.store(true, ordering: .releasing)
            return made
        }
    }

    /// The index ready to use: built already, or built now when the essay is small; nil while a
    /// large essay's index is still being made.
    public func ready() -> Prepared? {
        prepared ?? (buildsOnDemand ? prepare() : nil)
    }

    /// Every document matching `query`, with where each is; nil while the index is not ready.
    public func find(_ query: String) -> FoundSearch? {
        guard let prepared = ready() else { return nil }
        return FoundSearch(query: query, prepared: prepared, map: map)
    }

    private static func build(_ map: ArgumentMap) -> Prepared {
        let essay = map.essay
        let index = SearchIndex(map: map)
        let claimPoints = map.claims.map { claim in
            TextPoint(block: ReadingBlockRef(section: claim.anchor.section, block: claim.anchor.block, item: claim.anchor.item),
                      offset: claim.anchor.textRange.lowerBound)
        }
        let statementPoints = map.statements.map { statement in
            TextPoint(block: ReadingBlockRef(statement.locator), offset: essay.sentence(at: statement.locator)?.textRange.lowerBound ?? 0)
        }
        let footnotePoints = essay.footnotes.map { footnote in footnote.citedBy.first.flatMap { markerPoint(footnote.label, in: $0, essay) } }
        var footnotePositions: [String: Int] = [:]
        footnotePositions.reserveCapacity(essay.footnotes.count)
        for (position, footnote) in essay.footnotes.enumerated() where footnotePositions[footnote.label] == nil {
            footnotePositions[footnote.label] = position
        }
        let authorityPoints = essay.authorities.map { authority in
            authority.footnotes.lazy.compactMap { footnotePositions[$0].flatMap { footnotePoints[$0] } }.first
        }
        return Prepared(index: index, claimPoints: claimPoints, statementPoints: statementPoints, footnotePoints: footnotePoints,
                        authorityPoints: authorityPoints)
    }

    /// Where the marker of note `label` is in the sentence at `locator`.
    static func markerPoint(_ label: String, in locator: SentenceLocator, _ essay: Essay) -> TextPoint? {
        guard let sentence = essay.sentence(at: locator), let content = essay.content(of: ReadingBlockRef(locator)) else { return nil }
        let markers = content.markers
        // Markers are in text order: find the sentence's first by halving, then look along it.
        var lower = 0
        var upper = markers.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if markers[middle].offset < sentence.textRange.lowerBound { lower = middle + 1 } else { upper = middle }
        }
        var index = lower
        while index < markers.count, markers[index].offset <= sentence.textRange.upperBound {
            if markers[index].label == label { return TextPoint(block: ReadingBlockRef(locator), offset: markers[index].offset) }
            index += 1
        }
        return TextPoint(block: ReadingBlockRef(locator), offset: sentence.textRange.upperBound)
    }
}

extension Essay {
    /// The text of the body block at `ref`: a paragraph's or quotation's, or a list item's.
    func content(of ref: ReadingBlockRef) -> RichText? {
        guard sections.indices.contains(ref.section), sections[ref.section].blocks.indices.contains(ref.block) else { return nil }
        let block = sections[ref.section].blocks[ref.block]
        guard let item = ref.item else { return block.content }
        return block.items.indices.contains(item) ? block.items[item].content : nil
    }
}
