import LowLevel

/// Splits a footnote into citation clauses and the author's commentary.
///
/// A footnote is read sentence by sentence. A sentence is cut into clauses at top-level semicolons
/// (a string of citations) and before `, citing`, `, quoting` and the `, with` of *Compare*; each
/// clause may open with a signal. A clause that reads as a citation becomes one; one that does not
/// is commentary, unless a lower-case signal inside it (`For a detailed study ..., see generally X`)
/// or a parenthetical document symbol (`(UN Doc. A/HRC/29/32)`) carries a citation.
enum FootnoteSegmenter {
    /// One citation clause of a footnote.
    struct Clause {
        var signal: String?
        /// From the signal (if any) to the end of the citation.
        var range: Range<Int>
        var reading: ClauseReading
        /// Whether the clause opens a new citation sentence or string, rather than continuing one
        /// after a semicolon: *Id.* after it looks back at the whole string.
        var startsGroup: Bool
    }

    struct Layout {
        var segments: [FootnoteSegment]
        var clauses: [Clause]
    }

    /// A stretch of a sentence that may be one citation.
    private struct Candidate {
        var signal: CitationSignal?
        var whole: Range<Int>
        var body: Range<Int>
        var startsGroup: Bool
    }

    static func layout(_ text: CitationText) -> Layout {
        var builder = LayoutBuilder(text: text)
        // Sentences and candidates are handed over as found, not listed: lists of one, a note each.
        CitationSentenceSplitter.forEachSentence(in: text) { sentence in
            forEachCandidate(text, sentence) { candidate in
                // The lead-in comes first: a full citation never has a lower-case signal after a comma.
                if let (leadIn, signal, reading) = leadIn(text, candidate.whole, after: candidate.body.lowerBound) {
                    builder.addCommentary(leadIn)
                    builder.addClause(signal: signal, start: signal.range.lowerBound, reading: reading, startsGroup: true)
                } else if let reading = CitationForms.read(text, candidate.body) {
                    builder.addClause(signal: candidate.signal, start: candidate.whole.lowerBound, reading: reading,
                                      startsGroup: candidate.startsGroup)
                } else {
                    builder.addCommentary(candidate.whole)
                    for (range, reading) in embeddedCitations(text, candidate.whole) {
                        builder.addEmbedded(range: range, reading: reading)
                    }
                }
            }
        }
        return builder.finish()
    }

    private static func forEachCandidate(_ text: CitationText, _ sentence: Range<Int>, _ body: (Candidate) -> Void) {
        var pieceStart = sentence.lowerBound
        for (position, end) in text.pieceEnds(separatedBy: UInt8(ascii: ";"), in: sentence).enumerated() {
            let piece = text.trimmed(pieceStart..<end)
            pieceStart = end + 1
            guard !piece.isEmpty else { continue }
            var start = piece.lowerBound
            if position > 0, text.has("and ", at: start, end: piece.upperBound) {
                start = text.skipSpaces(from: start + 4, end: piece.upperBound)
            }
            let signal = SignalMatcher.match(in: text, at: start, end: piece.upperBound)
            addConnectorSplits(text, (signal?.bodyStart ?? start)..<piece.upperBound, compare: signal?.text.hasSuffix("ompare") == true,
                               opening: (signal, start, startsGroup: position == 0), to: body)
        }
    }

    /// Adds the parts of a clause before and after `, citing`, `, quoting` (and `, with` after
    /// *Compare*) to `found`. The first takes the clause's own signal, start and grouping.
    private static func addConnectorSplits(_ text: CitationText, _ range: Range<Int>, compare: Bool,
                                           opening: (signal: CitationSignal?, start: Int, startsGroup: Bool),
                                           to emit: (Candidate) -> Void) {
        var isFirst = true
        func add(_ signal: CitationSignal?, _ part: Range<Int>) {
            guard !part.isEmpty else { return }
            if isFirst {
                emit(Candidate(signal: opening.signal, whole: opening.start..<part.upperBound, body: part,
                               startsGroup: opening.startsGroup))
            } else {
                emit(Candidate(signal: signal, whole: (signal?.range.lowerBound ?? part.lowerBound)..<part.upperBound,
                               body: part, startsGroup: signal?.text != "with"))
            }
            isFirst = false
        }
        var start = range.lowerBound
        var signal: CitationSignal?
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: range) {
            // Every connector's word starts with c, q or w, two bytes after the comma.
            guard comma + 2 < range.upperBound else { continue }
            let initial = text.bytes[comma + 2]
            guard initial == UInt8(ascii: "c") || initial == UInt8(ascii: "q") || initial == UInt8(ascii: "w") else { continue }
            for (position, connector) in SignalMatcher.connectors.enumerated() where text.has(connector, at: comma, end: range.upperBound) {
                if position == SignalMatcher.connectors.count - 1, !compare { continue }
                let length = connector.utf8CodeUnitCount
                let wordStart = comma + 2
                let wordEnd = comma + length - 1
                add(signal, text.trimmed(start..<comma))
                signal = CitationSignal(text: text.string(wordStart..<wordEnd), range: wordStart..<wordEnd, bodyStart: comma + length)
                start = comma + length
            }
        }
        add(signal, text.trimmed(start..<range.upperBound))
    }

    /// `For a detailed study of ..., see generally X`: prose, then a lower-case signal and a citation.
    private static func leadIn(_ text: CitationText, _ range: Range<Int>, after bodyStart: Int) -> (Range<Int>, CitationSignal, ClauseReading)? {
        // Only a signal near the end can introduce the rest as a citation: a long sentence with a
        // signal after every comma would otherwise be read to its end once per comma.
        let earliest = range.upperBound - CitationForms.longestSearched
        for comma in text.topLevelOffsets(of: UInt8(ascii: ","), in: bodyStart..<range.upperBound) where comma >= earliest {
            let start = text.skipSpaces(from: comma + 1, end: range.upperBound)
            guard start < range.upperBound, Bytes.isLower(text.bytes[start]),
                  let signal = SignalMatcher.match(in: text, at: start, end: range.upperBound),
                  let reading = CitationForms.read(text, signal.bodyStart..<range.upperBound) else { continue }
            return (text.trimmed(range.lowerBound..<comma), signal, reading)
        }
        return nil
    }

    /// Citations the author's prose carries in parentheses: `(UN Doc. A/HRC/29/32)`.
    private static func embeddedCitations(_ text: CitationText, _ range: Range<Int>) -> [(Range<Int>, ClauseReading)] {
        var found: [(Range<Int>, ClauseReading)] = []
        for open in text.topLevelOffsets(of: UInt8(ascii: "("), in: range) {
            guard let close = text.closingBracket(after: open, end: range.upperBound) else { continue }
            let inner = text.trimmed(open + 1..<close - 1)
            guard let parsed = FullWorkForm.parse(text, inner),
                  parsed.work.documentNumber != nil || parsed.work.volume != nil else { continue }
            found.append((inner, ClauseReading(form: .full(ClauseReading.SharedWork(parsed.work)), pinpoint: parsed.pinpoint, citation: inner, trailing: nil)))
        }
        return found
    }
}

/// Collects a footnote's segments and clauses in order, merging neighbouring commentary.
private struct LayoutBuilder {
    let text: CitationText
    var segments: [FootnoteSegment] = []
    var clauses: [FootnoteSegmenter.Clause] = []

    mutating func addClause(signal: CitationSignal?, start: Int, reading: ClauseReading, startsGroup: Bool) {
        let range = start..<reading.citation.upperBound
        clauses.append(FootnoteSegmenter.Clause(signal: signal?.text, range: range, reading: reading, startsGroup: startsGroup))
        segments.append(FootnoteSegment(kind: .citation, textRange: range, text: ""[...]))
        if let trailing = reading.trailing { addCommentary(trailing) }
    }

    /// A citation inside commentary: a clause of its own, inside the commentary's segment.
    mutating func addEmbedded(range: Range<Int>, reading: ClauseReading) {
        clauses.append(FootnoteSegmenter.Clause(signal: nil, range: range, reading: reading, startsGroup: true))
    }

    mutating func addCommentary(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if let last = segments.last, last.kind == .commentary {
            segments[segments.count - 1].textRange = last.textRange.lowerBound..<range.upperBound
        } else {
            segments.append(FootnoteSegment(kind: .commentary, textRange: range, text: ""[...]))
        }
    }

    consuming func finish() -> FootnoteSegmenter.Layout {
        // Filled in place: a mapped copy was a second list a note.
        for index in segments.indices { segments[index].text = text.substring(segments[index].textRange) }
        return FootnoteSegmenter.Layout(segments: segments, clauses: clauses)
    }
}
