import LowLevel

/// Pages of `pdftotext -layout` text set in two or three columns, read one column after another.
///
/// `-layout` keeps a page's columns side by side, so each text line holds a line of every column,
/// parted by runs of spaces at the same places line after line (the gutters). A page is read in
/// columns only on strong evidence: a gutter is a run of two or more spaces with text on both
/// sides at the same column on many lines (a third of the page's lines, eight at least), crossed
/// by a quarter as many at most (a title over the columns), and each column it parts holds prose (cells of several words, a column's width wide);
/// a table's cells, a list's hanging indent and a one-column page's wide indent are none. A line
/// that crosses a gutter (a title over the columns) and a page's first line (its running head)
/// are read whole where they stand; the lines between are read column by column, each column's
/// blank cells kept as blank lines, so paragraphs stay parted.
///
/// The text so read is new bytes, and each of its lines keeps where it stood in the file (its
/// line and the scalars before it, `SourceFile.LineOrigin`), so positions name the written file.
enum LayoutColumns {
    /// The least number of lines that must share a gutter, and the least share of a page's lines.
    static let leastGutterLines = 8
    /// The least width of a column, in characters.
    static let leastColumnWidth = 20

    /// The file's text with every page set in columns read column by column, and where each of
    /// its lines stood; nil when no page is (so the file is read as written). Only a file with
    /// form feeds (pdftotext's page ends) and a run of three spaces inside a line is looked into.
    static func read(_ bytes: [UInt8]) -> (bytes: [UInt8], origins: [SourceFile.LineOrigin])? {
        let span = bytes.span
        guard ByteScan.firstIndex(of: 0x0C, in: span, from: 0) != nil, hasInnerRun(bytes) else { return nil }
        let lines = TextLines.ranges(bytes)
        var output: [UInt8] = []
        var origins: [SourceFile.LineOrigin] = []
        var changed = false
        var pageStart = 0
        func emit(_ line: Int, from byte: Int, shift: Int) {
            let range = lines[line]
            if !origins.isEmpty { output.append(0x0A) }
            output.append(contentsOf: bytes[max(byte, range.lowerBound)..<range.upperBound])
            origins.append(SourceFile.LineOrigin(line: Int32(clamping: line), columnShift: Int32(clamping: shift)))
        }
        func emitPage(_ page: Range<Int>) {
            let parsed = page.map { Line(bytes, lines[$0]) }
            guard let gutters = gutters(of: parsed) else {
                for index in page { emit(index, from: lines[index].lowerBound, shift: 0) }
                return
            }
            changed = true
            let interleaved = isInterleaved(parsed, gutters)
            var band: [Int] = []
            func flush() {
                guard !band.isEmpty else { return }
                for column in 0...gutters.count {
                    let low = column == 0 ? 0 : gutters[column - 1]
                    let high = column == gutters.count ? Int.max : gutters[column]
                    // The column's text starts where its leftmost cell does; a cell keeps its indent.
                    let margin = band.compactMap { parsed[$0].firstStart(in: low..<high) }.min() ?? low
                    for offset in band {
                        let line = parsed[offset]
                        let index = page.lowerBound + offset
                        guard let cell = line.cell(in: low..<high, margin: margin) else {
                            // Where the columns' lines interleave, a cell left blank beside another
                            // column's line parts nothing; a blank line is still one.
                            if !interleaved || line.runs.isEmpty { emit(index, from: lines[index].upperBound, shift: 0) }
                            continue
                        }
                        // The cell's bytes, without trailing spaces: up to its last run's end.
                        let range = lines[index]
                        if !origins.isEmpty { output.append(0x0A) }
                        output.append(contentsOf: bytes[(range.lowerBound + cell.byteStart)..<(range.lowerBound + cell.byteEnd)])
                        origins.append(SourceFile.LineOrigin(line: Int32(clamping: index), columnShift: Int32(clamping: cell.charStart)))
                    }
                }
                band = []
            }
            let footer = pageNumberLine(parsed)
            for (offset, line) in parsed.enumerated() where offset != footer {
                let index = page.lowerBound + offset
                if offset == 0, !line.crosses(gutters), let last = line.runs.last, last.charStart > gutters[0],
                   offset + 1 < parsed.count, !parsed[offset + 1].runs.isEmpty,
                   lines[index].lowerBound < bytes.count, bytes[lines[index].lowerBound] == 0x0C {
                    // A page whose first line holds a later column's text and runs on into the next
                    // line (a running head has a blank line under it) opens with the columns' text:
                    // the form feed stands alone and the line is read in columns.
                    if !origins.isEmpty { output.append(0x0A) }
                    output.append(0x0C)
                    origins.append(SourceFile.LineOrigin(line: Int32(clamping: index), columnShift: 0))
                    band.append(offset)
                } else if offset == 0 || line.crosses(gutters) {
                    flush()
                    emit(index, from: lines[index].lowerBound, shift: 0)
                } else {
                    band.append(offset)
                }
            }
            flush()
            if let footer { emit(page.lowerBound + footer, from: lines[page.lowerBound + footer].lowerBound, shift: 0) }
        }
        for index in lines.indices where index > 0 && lines[index].lowerBound < bytes.count && bytes[lines[index].lowerBound] == 0x0C {
            emitPage(pageStart..<index)
            pageStart = index
        }
        emitPage(pageStart..<lines.count)
        return changed ? (output, origins) : nil
    }

    /// Whether some line holds a run of three spaces after text: a file without one has no columns.
    private static func hasInnerRun(_ bytes: [UInt8]) -> Bool {
        var from = 0
        let span = bytes.span
        while let space = ByteScan.firstIndex(of: 0x20, in: span, from: from) {
            if space > 0, space + 2 < bytes.count, bytes[space + 1] == 0x20, bytes[space + 2] == 0x20,
               bytes[space - 1] != 0x20, bytes[space - 1] != 0x0A, bytes[space - 1] != 0x0C {
                return true
            }
            from = space + 1
        }
        return false
    }

    /// Whether the columns' lines interleave: fewer than a third of the lines that hold text hold
    /// two columns' (columns whose lines share their baselines do), a fifth hold only the
    /// first column's, a fifth only a later column's, and a fifth of the lines follow a line of
    /// the other side (the columns' baselines differ, as where notes' raised numbers stand on
    /// lines of their own). A line holding one column's text then leaves the others' cells blank
    /// for no break of theirs; where one side's lines run on alone (beside a figure), they are breaks.
    private static func isInterleaved(_ lines: [Line], _ gutters: [Int]) -> Bool {
        var filled = 0
        var leftOnly = 0
        var rightOnly = 0
        var switches = 0
        var shared = 0
        var previous = 0
        for line in lines {
            guard let first = line.runs.first, let last = line.runs.last else { continue }
            filled += 1
            let side = last.charEnd <= gutters[0] ? 1 : first.charStart > gutters[0] ? 2 : 3
            if side == 1 { leftOnly += 1 }
            if side == 2 { rightOnly += 1 }
            if side == 3 { shared += 1 }
            if side != 3, previous != 3, previous != 0, side != previous { switches += 1 }
            previous = side
        }
        return shared * 3 < filled && leftOnly * 5 >= filled && rightOnly * 5 >= filled && switches * 5 >= filled
    }

    /// The page's last line that holds text when it is a page number alone (`7`, set in from the
    /// margin): it is read after the columns, where it stood, not as a column's last cell.
    private static func pageNumberLine(_ lines: [Line]) -> Int? {
        guard let last = lines.lastIndex(where: { !$0.runs.isEmpty }), last > 0, lines[last].runs.count == 1,
              lines[last].isNumberAlone else { return nil }
        return last
    }

    /// A line's runs of text, parted by two or more spaces, with their character columns.
    struct Line {
        struct Run {
            var charStart: Int
            var charEnd: Int
            var byteStart: Int
            var byteEnd: Int
            /// Whether the run is one to four digits.
            var isNumber = true
        }

        var runs: [Run] = []
        /// Whether the line's one run is a number (a page number, a note's number set alone).
        var isNumberAlone: Bool { runs.count == 1 && runs[0].isNumber }

        init(_ bytes: [UInt8], _ range: Range<Int>) {
            var column = 0
            var index = range.lowerBound
            var spaces = 0
            var current: Run?
            while index < range.upperBound {
                let byte = bytes[index]
                var end = index + 1
                while end < range.upperBound, bytes[end] & 0xC0 == 0x80 { end += 1 }
                if byte == 0x20 || byte == 0x0C || byte == 0x0D || byte == 0x09 {
                    spaces += 1
                } else {
                    if let open = current, spaces >= 2 {
                        runs.append(open)
                        current = nil
                    }
                    let inside = current != nil && spaces > 0
                    var run = current ?? Run(charStart: column, charEnd: column, byteStart: index - range.lowerBound, byteEnd: 0)
                    if run.isNumber, byte < 0x30 || byte > 0x39 || inside || column - run.charStart >= 4 { run.isNumber = false }
                    run.charEnd = column + 1
                    run.byteEnd = end - range.lowerBound
                    current = run
                    spaces = 0
                }
                column += 1
                index = end
            }
            if let open = current { runs.append(open) }
        }

        /// Whether a run of text covers a gutter's column.
        func crosses(_ gutters: [Int]) -> Bool {
            runs.contains { run in gutters.contains { run.charStart <= $0 && $0 < run.charEnd } }
        }

        /// The first column of the first run starting in `columns`.
        func firstStart(in columns: Range<Int>) -> Int? {
            runs.first { columns.contains($0.charStart) }?.charStart
        }

        /// The bytes of the runs starting in `columns`, from the column's margin (the spaces before
        /// its first run there, a paragraph's indent) to the last run's end; nil when none starts there.
        func cell(in columns: Range<Int>, margin: Int) -> (charStart: Int, byteStart: Int, byteEnd: Int)? {
            guard let first = runs.firstIndex(where: { columns.contains($0.charStart) }),
                  let last = runs.lastIndex(where: { columns.contains($0.charStart) }) else { return nil }
            let run = runs[first]
            // The indent's spaces are one byte each: step back over them, no further than the run before.
            let floor = first > 0 ? runs[first - 1].charEnd + 1 : 0
            let indent = max(0, run.charStart - max(margin, floor))
            return (run.charStart - indent, run.byteStart - indent, runs[last].byteEnd)
        }
    }

    /// The gutters of a page (the columns where the text's columns part), left to right; nil when
    /// the page is not set in columns.
    static func gutters(of lines: [Line]) -> [Int]? {
        let filled = lines.filter { !$0.runs.isEmpty }
        guard filled.count >= leastGutterLines, filled.contains(where: { $0.runs.count >= 2 }) else { return nil }
        let width = filled.map { $0.runs.last?.charEnd ?? 0 }.max() ?? 0
        guard width >= 2 * leastColumnWidth else { return nil }
        var gaps = [Int](repeating: 0, count: width)
        var crossings = [Int](repeating: 0, count: width)
        // Lines whose last run starts at a column, and whose first run ends there: summed below
        // into the lines with text right of a column and left of it.
        var lastStarts = [Int](repeating: 0, count: width + 1)
        var firstEnds = [Int](repeating: 0, count: width + 1)
        for line in filled {
            if let first = line.runs.first, let last = line.runs.last {
                lastStarts[min(last.charStart, width)] += 1
                firstEnds[min(first.charEnd, width)] += 1
            }
            for (index, run) in line.runs.enumerated() {
                for column in run.charStart..<min(run.charEnd, width) { crossings[column] += 1 }
                if index > 0 {
                    for column in line.runs[index - 1].charEnd..<run.charStart where column < width { gaps[column] += 1 }
                }
            }
        }
        let least = max(leastGutterLines, filled.count / 3)
        // right[c]: lines with text starting right of column c; left[c]: lines with a run ending by c.
        var right = [Int](repeating: 0, count: width + 1)
        var left = [Int](repeating: 0, count: width + 1)
        for column in stride(from: width - 1, through: 0, by: -1) { right[column] = right[column + 1] + lastStarts[column + 1] }
        left[0] = firstEnds[0]
        for column in 0..<width { left[column + 1] = left[column] + firstEnds[column + 1] }
        // A gutter has text on both sides on a third of the lines; or, where many lines hold one
        // column alone (notes whose numbers stand on lines of their own), it is crossed by almost
        // no line and has text right of it on a sixth of the lines and left of it on a quarter.
        func isGutter(_ column: Int) -> Bool {
            if gaps[column] >= least, crossings[column] * 4 <= gaps[column] { return true }
            return gaps[column] >= leastGutterLines && crossings[column] * 20 <= filled.count
                && right[column] * 6 >= filled.count && left[column] * 4 >= filled.count
        }
        var gutters: [Int] = []
        var column = leastColumnWidth
        while column < width - leastColumnWidth {
            guard isGutter(column) else { column += 1; continue }
            // The best column of this stretch of candidates.
            var best = column
            var end = column
            while end < width - leastColumnWidth, isGutter(end) {
                if gaps[end] > gaps[best] || (gaps[end] == gaps[best] && crossings[end] < crossings[best]) { best = end }
                end += 1
            }
            if gutters.last.map({ best - $0 >= leastColumnWidth }) ?? true { gutters.append(best) }
            column = end
        }
        guard !gutters.isEmpty, gutters.count <= 3, holdsProse(filled, gutters) else { return nil }
        return gutters
    }

    /// Whether each column the gutters part holds prose: most of its cells are several words (a
    /// table's cells are a number or a word), and the cells are 12 characters wide on average.
    private static func holdsProse(_ lines: [Line], _ gutters: [Int]) -> Bool {
        for column in 0...gutters.count {
            let low = column == 0 ? 0 : gutters[column - 1]
            let high = column == gutters.count ? Int.max : gutters[column]
            var cells = 0
            var wordy = 0
            var characters = 0
            for line in lines where !line.crosses(gutters) {
                let inside = line.runs.filter { low <= $0.charStart && $0.charStart < high }
                // A number alone (a note's number on a line of its own) is neither prose nor a table's cell.
                guard let first = inside.first, let last = inside.last, !(inside.count == 1 && first.isNumber) else { continue }
                cells += 1
                let span = last.charEnd - first.charStart
                characters += span
                if span >= 8, inside.count == 1 { wordy += 1 }
            }
            guard cells >= 4, wordy * 10 >= cells * 6, characters >= cells * 12 else { return false }
        }
        return true
    }
}
