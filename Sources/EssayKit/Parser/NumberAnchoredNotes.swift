import LowLevel

/// A page's foot where the notes' numbers stand alone over their texts (`18` / text / `19` /
/// text), as pdftotext prints a word processor's page set in two columns: the numbers found in
/// their places, in rising order, say where each note starts, so the texts between two of them
/// are the first one's (and, where numbers between were lost or printed elsewhere, are parted
/// among those notes only). A number printed out of its place (`19` after `26`) is no start.
extension EssayBuilder {
    /// The notes `first` to `last` of one span of a page's foot, parted by the numbers standing
    /// alone over their texts (or stacked over the texts they share, in order), and the runs of
    /// the other column's body found among them; nil where the span is not of that shape (fewer
    /// than two numbers in place, a number after the last text, or a text before the first
    /// number), to be read by `partTexts` as a whole.
    func notesByAnchors(_ lines: ArraySlice<FootLine>, first: Int, last: Int) -> (notes: [(number: Int, pieces: [Range<Int>])], body: [[Range<Int>]])? {
        // Cheap: at least two lines of the span are numbers alone.
        var lone = 0
        for line in lines { if case .number = line.kind { lone += 1 } }
        guard lone >= 2 else { return nil }
        var texts: [FootLine] = []
        // Where each number in the span's numbering would start a note: the index of the text after it.
        var candidates: [(text: Int, number: Int)] = []
        var numberBefore = false
        // Whether the run of text lines opening at a line (after a blank line) marks a note.
        var runMarks = false
        // Runs read as body but for the number in the numbering right over them (the index of the
        // run's first text, the candidate's): body after all when that number is out of its place.
        var bodyUnderNumber: [(text: Int, candidate: Int)] = []
        for (index, line) in zip(lines.indices, lines) {
            if line.opensUnit, case .text = line.kind { runMarks = runMarksNote(lines[index...], first: first) }
            switch line.kind {
            case .number(let number):
                guard number >= first, number <= last else {
                    numberBefore = true
                    continue
                }
                candidates.append((texts.count, number))
                numberBefore = true
            case .numbered(let number, let textStart):
                if number >= first, number <= last { candidates.append((texts.count, number)) }
                texts.append(FootLine(range: textStart..<line.range.upperBound, kind: .text, opensUnit: true))
                numberBefore = false
            case .text:
                // A run opening after a blank line, not under a number, in lower case after a
                // finished note or marking a note glued to a word (`harbor.47`), is the other
                // column's body; after a note stopped mid-sentence, it is that note's rest.
                let readsAsBody = line.opensUnit && (runMarks || opensBody(line.range, after: texts.last?.range))
                let isBody = readsAsBody && !numberBefore
                if readsAsBody, numberBefore, let under = candidates.indices.last, candidates[under].text == texts.count {
                    bodyUnderNumber.append((texts.count, under))
                }
                texts.append(FootLine(range: line.range, kind: isBody ? .number(-1) : .text, opensUnit: line.opensUnit || numberBefore))
                numberBefore = false
            }
        }
        // Numbers stacked over one another (`1` / `2` / `3`) stand over their texts in order: the
        // first of them starts the texts they share, parted among them.
        var anchors: [(text: Int, number: Int)] = []
        let run = Self.risingRun(candidates)
        // A number in its place that stands inside a sentence (the text before it ends none, the
        // text after it goes on in lower case or a quotation), as an OCR'd scan prints a number
        // lines away from its note's start, starts no note surely: the sentence starts part them.
        for anchor in run where anchor.text > 0 && anchor.text < texts.count && standsInsideSentence(after: texts[anchor.text - 1].range, before: texts[anchor.text].range) {
            return nil
        }
        for anchor in run where anchors.last?.text != anchor.text { anchors.append(anchor) }
        // A number printed out of its place (`19` after `26`) starts nothing: the body run under
        // it is body.
        for under in bodyUnderNumber where !run.contains(where: { $0.text == under.text && $0.number == candidates[under.candidate].number }) {
            texts[under.text].kind = .number(-1)
        }
        guard let head = anchors.first, let tail = anchors.last, head.text == 0, head.number == first,
              tail.text < texts.count else { return nil }
        var notes: [(number: Int, pieces: [Range<Int>])] = []
        var body: [[Range<Int>]] = []
        for (index, anchor) in anchors.enumerated() {
            let next = index + 1 < anchors.count ? anchors[index + 1] : (text: texts.count, number: last + 1)
            // The note texts up to the body's first line; the body runs on to the next number.
            var group = Array(texts[anchor.text..<next.text])
            if let bodyStart = group.firstIndex(where: { $0.kind != .text }) {
                // Under a number out of its place, the body is that run alone; the texts after it
                // are the notes'.
                let bodyEnd = bodyStart > 0 ? group.count : group.indices.dropFirst().first(where: { group[$0].opensUnit }) ?? group.count
                body.append(group[bodyStart..<bodyEnd].map(\.range))
                group.removeSubrange(bodyStart..<bodyEnd)
            }
            let count = next.number - anchor.number
            let parts = partGap(group, count: count)
            for (place, part) in parts.enumerated() {
                notes.append((anchor.number + place, group[part].map(\.range)))
            }
            for number in (anchor.number + parts.count)..<next.number { notes.append((number, [])) }
        }
        return (notes, body)
    }

    /// Parts the texts between two numbers in place among the `count` notes they number: as
    /// `partTexts` does, or, where that finds no sure places, at the lines that open with a
    /// citation signal (`Id.`, `Ibid`, `See`), when they are exactly as many as needed.
    private func partGap(_ texts: [FootLine], count: Int) -> [Range<Int>] {
        let parts = partTexts(texts, count: count)
        guard parts.count < count, texts.count >= count else { return parts }
        let bytes = file.bytes
        let places = (1..<texts.count).filter { index in
            let text = LineRules.trim(bytes[texts[index].range])
            return Self.gapSignals.contains { signal in
                text.starts(with: signal) && (text.count == signal.count || !Bytes.isLetter(text[text.startIndex + signal.count]))
            }
        }
        guard places.count == count - 1 else { return parts }
        return Self.spans(of: texts.count, cutAt: places)
    }

    private static let gapSignals: [[UInt8]] = ["Id.", "Ibid", "See", "Cf.", "E.g.", "But see"].map { Array($0.utf8) }

    /// Whether a number between two lines of text stands inside a sentence: the line before ends
    /// no note's sentence and the one after opens in lower case or with a quotation mark.
    private func standsInsideSentence(after previous: Range<Int>, before next: Range<Int>) -> Bool {
        let bytes = file.bytes
        let before = LineRules.trim(bytes[previous])
        let after = LineRules.trim(bytes[next])
        guard !Self.endsNoteSentence(before), let lead = after.first else { return false }
        let opensQuote = lead == 0xE2 && after.count > 2 && after[after.startIndex + 1] == 0x80 && after[after.startIndex + 2] == 0x9C
        return Bytes.isLower(lead) || lead == UInt8(ascii: "\"") || opensQuote
    }

    /// Whether a line opening a run after a blank line reads as body text, not a note's: it opens
    /// in lower case (a sentence going on) after a line that ends a note's sentence.
    private func opensBody(_ line: Range<Int>, after previous: Range<Int>?) -> Bool {
        let bytes = file.bytes
        guard let lead = LineRules.trim(bytes[line]).first, Bytes.isLower(lead), let previous else { return false }
        return Self.endsNoteSentence(LineRules.trim(bytes[previous]))
    }

    /// Whether the run of text lines from the first of `lines` to the next blank line or number
    /// marks a note from `first` on glued to a word (`harbor.47`), as the body does.
    private func runMarksNote(_ lines: ArraySlice<FootLine>, first: Int) -> Bool {
        let bytes = file.bytes
        for (offset, line) in lines.enumerated() {
            if offset > 0, line.opensUnit { return false }
            guard case .text = line.kind else { return false }
            var index = line.range.lowerBound + 1
            while index < line.range.upperBound {
                guard Bytes.isDigit(bytes[index]), !Bytes.isDigit(bytes[index - 1]) else { index += 1; continue }
                var end = index
                while end < line.range.upperBound, Bytes.isDigit(bytes[end]) { end += 1 }
                if end - index <= 3, Self.isGluedMark(bytes, at: index, count: end - index) {
                    let number = bytes[index..<end].reduce(0) { $0 * 10 + Int($1 &- 0x30) }
                    if number >= first, number <= first + 40 { return true }
                }
                index = end
            }
        }
        return false
    }

    /// The longest run of `candidates` (in the order found) whose numbers rise, each by one or
    /// more: the numbers in their places; one printed out of its place falls out.
    static func risingRun(_ candidates: [(text: Int, number: Int)]) -> [(text: Int, number: Int)] {
        guard candidates.count > 1 else { return candidates }
        var length = [Int](repeating: 1, count: candidates.count)
        var previous = [Int](repeating: -1, count: candidates.count)
        for index in candidates.indices {
            for before in 0..<index where candidates[before].number < candidates[index].number && length[before] + 1 > length[index] {
                length[index] = length[before] + 1
                previous[index] = before
            }
        }
        var end = 0
        for index in candidates.indices where length[index] > length[end] { end = index }
        var run: [(text: Int, number: Int)] = []
        var cursor = end
        while cursor >= 0 {
            run.append(candidates[cursor])
            cursor = previous[cursor]
        }
        return run.reversed()
    }
}
