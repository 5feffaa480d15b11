/// Where on the pages of plain converted text each note's mark may lie, and the marks chosen
/// there.
///
/// pdftotext ends each page with a form feed and prints a page's notes at its foot, after the
/// page's text: the mark of note `n` lies on the page that holds `n`'s text, after that page's form
/// feed and before the note's number. A number glued to a word elsewhere (a contents line's page,
/// a summary's figure) is no mark of `n`. Among the numbers glued to words on their notes' pages,
/// the marks are the longest run whose numbers rise in reading order: the order of the notes is
/// evidence too, so one lost mark, or a page's stray number, costs no other mark.
struct PlainMarkPages {
    /// For each note number, the bytes its mark may lie in; empty for a number no note has.
    private var windows: [Range<Int>]

    /// The windows of `footnotes`, given the offsets of the file's form feeds in order; nil when
    /// the file has no form feed, or its notes' numbers do not rise through the file (numbering that
    /// starts again), where the pages say nothing of which note a number marks.
    /// With `pagesBack` 1, a note's mark may lie on the page before its note's page too, as a law
    /// review carries the notes a full page's foot has no room for to the next page's foot.
    init?(footnotes: [RawFootnote], formFeeds: [Int], pagesBack: Int = 0) {
        guard !formFeeds.isEmpty else { return nil }
        let last = footnotes.reduce(0) { max($0, $1.number) }
        guard last > 0, last < 100_000 else { return nil }
        windows = Array(repeating: 0..<0, count: last + 1)
        var previousNumber = 0
        var previousLabel = -1
        var feed = 0
        for note in footnotes where note.number > 0 {
            let label = note.labelRange.lowerBound
            guard note.number > previousNumber, label > previousLabel else { return nil }
            previousNumber = note.number
            previousLabel = label
            // The notes come in file order: the page's form feed is found by walking on.
            while feed < formFeeds.count, formFeeds[feed] < label { feed += 1 }
            let pageStart = feed > pagesBack ? formFeeds[feed - 1 - pagesBack] : 0
            windows[note.number] = pageStart..<label
        }
    }

    /// Whether a mark of note `number` may lie at `offset`.
    func allows(_ number: Int, at offset: Int) -> Bool {
        number > 0 && number < windows.count && windows[number].contains(offset)
    }

    /// A number glued to a word, found in the body, that may mark a note.
    struct Candidate {
        var range: Range<Int>
        var number: Int
        var section: Int
        var block: Int
        /// Set apart from its word (`visa, 14 which`): a mark only where the glued ones leave its
        /// number's place open.
        var setApart = false
        /// Read from a number's shape that may be no mark (`§ 631.49`, `SectionDecimalMarks`):
        /// a mark only as the very next after the mark before it.
        var onlyNext = false
    }

    /// Whether note `number` is the first whose mark may lie after its window's start: the first
    /// note of its page (of the pages its window spans).
    func opensPage(_ number: Int) -> Bool {
        guard number > 0, number < windows.count, !windows[number].isEmpty else { return false }
        var before = number - 1
        while before > 0, windows[before].isEmpty { before -= 1 }
        return before == 0 || windows[before].lowerBound != windows[number].lowerBound
    }

    /// The marks among `candidates` (in reading order): those glued to words chosen by `marks`,
    /// then each set apart from its word whose number follows the mark before it (the next, the
    /// one after where a mark was lost, or any later one that is its page's first note: a lost
    /// mark costs no later page), where no glued mark has that number and the next glued mark
    /// chosen after it has a higher one.
    func marksWithSetApart(among candidates: [Candidate]) -> [Candidate] {
        let glued = Self.marks(among: candidates.filter { !$0.setApart })
        guard candidates.contains(where: \.setApart) else { return glued }
        let gluedNumbers = Set(glued.map(\.number))
        var chosen: [Candidate] = []
        var next = 0
        var lastNumber = 0
        for candidate in candidates {
            if !candidate.setApart {
                if next < glued.count, glued[next].range == candidate.range {
                    chosen.append(candidate)
                    lastNumber = candidate.number
                    next += 1
                }
                continue
            }
            let follows = candidate.onlyNext ? candidate.number == lastNumber + 1
                : candidate.number == lastNumber + 1 || candidate.number == lastNumber + 2 || candidate.number > lastNumber && opensPage(candidate.number)
            guard follows, !gluedNumbers.contains(candidate.number),
                  next == glued.count || glued[next].number > candidate.number else { continue }
            chosen.append(candidate)
            lastNumber = candidate.number
        }
        return chosen
    }

    /// The candidates that are marks: the longest run whose numbers rise strictly, in the order
    /// given (reading order); of two candidates for one number that fit, the earlier.
    static func marks(among candidates: [Candidate]) -> [Candidate] {
        guard !candidates.isEmpty else { return [] }
        // Patience sorting: `tails[k]` ends the run of length k + 1 whose last number is least.
        var tails: [Int] = []
        var previous = Array(repeating: -1, count: candidates.count)
        for (index, candidate) in candidates.enumerated() {
            var low = 0
            var high = tails.count
            while low < high {
                let middle = (low + high) / 2
                if candidates[tails[middle]].number < candidate.number { low = middle + 1 } else { high = middle }
            }
            if low < tails.count, candidates[tails[low]].number == candidate.number { continue }
            previous[index] = low > 0 ? tails[low - 1] : -1
            if low == tails.count { tails.append(index) } else { tails[low] = index }
        }
        var chosen: [Candidate] = []
        chosen.reserveCapacity(tails.count)
        var index = tails.last ?? -1
        while index >= 0 {
            chosen.append(candidates[index])
            index = previous[index]
        }
        return chosen.reversed()
    }
}
