import EssayKit
import Foundation

/// Incremental search over the reading text, footnotes and authorities.
enum SearchInput {
    static func handle(_ key: Key, in state: inout ExplorerState) {
        switch key {
        case .escape:
            if let origin = state.searchOrigin { state.scrollReading(toRow: origin) }
            state.search = SearchState()
        case .enter:
            state.search.editing = false
            if state.search.query.isEmpty { return }
            if state.search.matches.isEmpty {
                state.message = "no match in the text" + (state.search.others.isEmpty ? "" : "; \(state.search.others.count) in notes and authorities")
                if !state.search.others.isEmpty {
                    state.overlay = .picker(title: "Matches for “\(state.search.query)”", entries: state.search.others)
                    state.overlayCursor = 0
                }
            }
        case .backspace:
            guard !state.search.query.isEmpty else {
                state.search = SearchState()
                return
            }
            state.search.query.removeLast()
            update(&state)
        case .character(let character):
            state.search.query.append(character)
            update(&state)
        default:
            break
        }
    }

    static func update(_ state: inout ExplorerState) {
        state.search.matches = matches(of: state.search.query, in: state)
        state.search.others = others(TextFolder.terms(state.search.query), state: state)
        let matches = state.search.matches
        let origin = ReadingPoint(block: state.layout.anchor(at: state.searchOrigin ?? state.top)?.block ?? 0, offset: 0)
        state.search.current = matches.firstIndex { ReadingPoint(block: $0.block, offset: $0.range.lowerBound) >= origin } ?? (matches.isEmpty ? nil : 0)
        if let current = state.search.current { reveal(matches[current], in: &state) }
    }

    /// Marks the matches of `query` in the text without moving: `n` then goes to the first one
    /// below the top of the pane. What the library does when it opens an essay at a search hit.
    static func highlight(_ query: String, in state: inout ExplorerState) {
        state.search = SearchState()
        state.search.query = query
        state.search.matches = matches(of: query, in: state)
        let top = state.layout.anchor(at: state.top).map { ReadingPoint(block: $0.block, offset: $0.offset) } ?? ReadingPoint(block: 0, offset: 0)
        state.search.current = state.search.matches.firstIndex { ReadingPoint(block: $0.block, offset: $0.range.lowerBound) >= top }
    }

    /// Where the terms of `query` occur in the reading text, in reading order.
    static func matches(of query: String, in state: ExplorerState) -> [TextMatch] {
        let terms = TextFolder.terms(query)
        var matches: [TextMatch] = []
        if !terms.isEmpty {
            for (index, block) in state.blocks.enumerated() where block.ref != nil || block.kind == .heading {
                let folded = TextFolder.fold(block.content.text)
                for term in terms {
                    for range in folded.ranges(of: term) { matches.append(TextMatch(block: index, range: range)) }
                }
            }
        }
        matches.sort { ($0.block, $0.range.lowerBound) < ($1.block, $1.range.lowerBound) }
        return matches
    }

    /// Footnotes and authorities whose text holds every term.
    static func others(_ terms: [String], state: ExplorerState) -> [PickerEntry] {
        guard !terms.isEmpty else { return [] }
        var entries: [PickerEntry] = []
        if let ranked = state.model.rankedSearch {
            for hit in ranked(state.search.query) {
                switch hit.target {
                case .footnote(let label): entries.append(PickerEntry(text: hit.title, target: .footnote(label)))
                case .authority(let id): entries.append(PickerEntry(text: hit.title, target: .authority(id)))
                case .claim(let id): entries.append(PickerEntry(text: hit.title, target: .claim(id)))
                case .sentence: break
                }
            }
            return entries
        }
        for footnote in state.model.essay.footnotes {
            let folded = TextFolder.fold(footnote.content.text)
            if terms.allSatisfy({ !folded.ranges(of: $0).isEmpty }) {
                entries.append(PickerEntry(text: "note \(footnote.label): " + DetailContent.clip(footnote.content.text, 70), target: .footnote(footnote.label)))
            }
        }
        for authority in state.model.essay.authorities {
            let folded = TextFolder.fold(([authority.title] + authority.authors + [authority.container ?? ""]).joined(separator: " "))
            if terms.allSatisfy({ !folded.ranges(of: $0).isEmpty }) {
                entries.append(PickerEntry(text: DetailContent.authorityTitle(authority), target: .authority(authority.id)))
            }
        }
        return entries
    }

    static func step(_ step: Int, in state: inout ExplorerState) {
        let matches = state.search.matches
        guard !matches.isEmpty else {
            state.message = state.search.query.isEmpty ? "no search; / starts one" : "no matches for \(state.search.query)"
            return
        }
        let current = state.search.current ?? (step > 0 ? -1 : 0)
        let next = (current + step + matches.count) % matches.count
        state.search.current = next
        reveal(matches[next], in: &state)
    }

    static func reveal(_ match: TextMatch, in state: inout ExplorerState) {
        state.reveal(row: state.layout.row(block: match.block, offset: match.range.lowerBound))
    }
}

/// Folds text for matching: case, accents and punctuation ignored, offsets kept.
public struct TextFolder: Sendable {
    /// The folded text: lower-case letters and digits, single spaces.
    public let folded: [UInt8]
    /// For each folded byte, the UTF-8 offset of the character it came from.
    let origins: [Int]
    /// The UTF-8 offset just past each folded byte's character.
    let ends: [Int]

    /// The search terms of a query: words, or quoted phrases kept whole.
    public static func terms(_ query: String) -> [String] {
        var terms: [String] = []
        var quoted = false
        for part in query.split(separator: "\"", omittingEmptySubsequences: false) {
            if quoted {
                let phrase = String(decoding: fold(String(part)).folded, as: UTF8.self)
                if !phrase.isEmpty { terms.append(phrase) }
            } else {
                for word in part.split(separator: " ") {
                    let folded = String(decoding: fold(String(word)).folded, as: UTF8.self).replacingSpaces()
                    if !folded.isEmpty { terms.append(folded) }
                }
            }
            quoted.toggle()
        }
        return terms
    }

    public static func fold(_ text: String) -> TextFolder {
        var folded: [UInt8] = []
        var origins: [Int] = []
        var ends: [Int] = []
        folded.reserveCapacity(text.utf8.count)
        var offset = 0
        var lastWasSpace = true
        for character in text {
            let width = character.utf8.count
            defer { offset += width }
            if character.isWhitespace {
                if !lastWasSpace {
                    folded.append(0x20)
                    origins.append(offset)
                    ends.append(offset + width)
                    lastWasSpace = true
                }
                continue
            }
            guard character.isLetter || character.isNumber else { continue }
            let lowered: String
            if let ascii = character.asciiValue {
                lowered = String(UnicodeScalar(ascii >= 65 && ascii <= 90 ? ascii + 32 : ascii))
            } else {
                lowered = String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            }
            for byte in lowered.utf8 {
                folded.append(byte)
                origins.append(offset)
                ends.append(offset + width)
            }
            lastWasSpace = false
        }
        return TextFolder(folded: folded, origins: origins, ends: ends)
    }

    /// The UTF-8 ranges of the original text where `term` (already folded) occurs.
    public func ranges(of term: String) -> [Range<Int>] {
        let needle = Array(term.utf8)
        guard !needle.isEmpty, needle.count <= folded.count else { return [] }
        var ranges: [Range<Int>] = []
        var index = 0
        let last = folded.count - needle.count
        while index <= last {
            if folded[index] == needle[0] {
                var matched = true
                for step in 1..<needle.count where folded[index + step] != needle[step] {
                    matched = false
                    break
                }
                if matched {
                    ranges.append(origins[index]..<ends[index + needle.count - 1])
                    index += needle.count
                    continue
                }
            }
            index += 1
        }
        return ranges
    }
}

private extension String {
    func replacingSpaces() -> String { String(filter { $0 != " " }) }
}
