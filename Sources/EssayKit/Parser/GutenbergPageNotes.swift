import LowLevel

/// Notes a Project Gutenberg transcriber gathered at the book's end page by page, read as
/// Markdown's: the body prints the original pages' numbers in brackets (`the case [81] is`) and
/// calls notes by numbers in slashes that start again on each page (`calling. /1/ On`); under a
/// `FOOTNOTES` heading (`## FOOTNOTES` in a pandoc or MarkItDown conversion) each note opens with
/// its page and number (`81/1 See Lecture VII.`).
///
/// A note keeps its printed label (`81/1`): the opener becomes a definition (`[^81/1]: See ...`),
/// a call the marker of the note its page and number name (`calling.[^81/1] On`), and the page
/// markers are no text. A call before the first page marker is on the page before it; a call whose
/// page has no such note takes the next note with its number not yet called, on that page or
/// after. The anchors an HTML edition puts round page markers and before a page's notes
/// (`<a href="#linknote-10" ...>[10]</a>`, `<span id="linknote-3"></span>`,
/// `3 ([return](#linknoteref-3))`) are no text either. A book may gather its notes after each
/// lecture: each `FOOTNOTES` heading opens notes that run to a paragraph that is none (not set in,
/// after a blank line) or to the book's end. A number in slashes closed by a
/// parenthesis (the preface's `(e.g. /1/)`) is no call. Lines keep their places: each names the
/// line it was (`SourceFile.LineOrigin`). Read only when the file holds `FOOTNOTES` with a note
/// opener after it and a call in its body. A stray space by an opener's slash (`3 /4` after `3/3`) is
/// forgiven on the page of the note before.
enum GutenbergPageNotes {
    /// The most lines after a notes heading that an HTML edition's anchors take before the first note.
    private static let furnitureLines = 12

    /// The file with its page-by-page notes as Markdown definitions and markers, or nil when it
    /// holds none.
    static func read(_ bytes: [UInt8]) -> (bytes: [UInt8], origins: [SourceFile.LineOrigin])? {
        guard ByteScan.contains("FOOTNOTES", in: bytes, findingByteAt: 0) else { return nil }
        let lines = TextLines.ranges(bytes)
        let headings = lines.indices.filter { isNotesHeading(bytes, text(bytes, lines[$0])) }
        guard !headings.isEmpty else { return nil }
        var rewritten: [Int: [UInt8]] = [:]
        var inNotes = Set<Int>()
        var labels: [(page: Int, number: Int)] = []
        for heading in headings {
            // The notes run from the heading to a paragraph that is none of theirs: the next
            // lecture's text, or the end of the book (`*** END OF THE PROJECT ...`).
            rewritten[heading] = []
            inNotes.insert(heading)
            var open = false
            var afterBlank = false
            var index = heading + 1
            while index < lines.count {
                let line = text(bytes, lines[index])
                if isBookEnd(bytes, line) || isNotesHeading(bytes, line) { break }
                let rest = afterAnchors(bytes, line)
                if rest.isEmpty {
                    if rest.lowerBound > line.lowerBound { rewritten[index] = [] }
                    inNotes.insert(index)
                    afterBlank = true
                    index += 1
                    continue
                }
                if let opener = opener(bytes, rest, page: labels.last?.page) {
                    labels.append((opener.page, opener.number))
                    rewritten[index] = Array("[^\(opener.page)/\(opener.number)]: ".utf8) + bytes[opener.text]
                    open = true
                } else if isReturnLine(bytes, rest) {
                    rewritten[index] = []
                } else if !open {
                    // An HTML edition's furniture before the first note, within a few lines of the heading.
                    guard index - heading <= furnitureLines, rest.count < 80 else { break }
                    rewritten[index] = []
                } else if afterBlank {
                    // A note's next paragraph, set in as the notes set in a quotation: indented, so
                    // that it stays in the note. A paragraph not set in is the text's again.
                    guard line.lowerBound - lines[index].lowerBound >= 2 else { break }
                    rewritten[index] = Array("    ".utf8) + bytes[rest]
                }
                inNotes.insert(index)
                afterBlank = false
                index += 1
            }
        }
        guard !labels.isEmpty else { return nil }
        var calls = Calls(labels: labels)
        var called = 0
        for index in lines.indices where !inNotes.contains(index) {
            let line = text(bytes, lines[index])
            if line.count >= 10, isBookEnd(bytes, line) { break }
            if let edited = calls.rewrite(bytes, line, called: &called) { rewritten[index] = Array(bytes[lines[index].lowerBound..<line.lowerBound]) + edited }
        }
        guard called > 0 else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + called * 6)
        var origins: [SourceFile.LineOrigin] = []
        origins.reserveCapacity(lines.count)
        for index in lines.indices {
            if index > 0 { output.append(0x0A) }
            let range = lines[index]
            if let edited = rewritten[index] {
                output.append(contentsOf: edited)
                if range.upperBound > range.lowerBound, bytes[range.upperBound - 1] == 0x0D { output.append(0x0D) }
            } else {
                output.append(contentsOf: bytes[range])
            }
            origins.append(.init(line: Int32(clamping: index), columnShift: 0))
        }
        return (output, origins)
    }

    /// Whether `label` is a page's note's (`81/1`): digits, a slash, digits.
    static func isPageLabel(_ label: String) -> Bool {
        let parts = label.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(Bytes.isDigit) }
    }

    /// The line's range without its carriage return.
    private static func text(_ bytes: [UInt8], _ line: Range<Int>) -> Range<Int> {
        var upper = line.upperBound
        while upper > line.lowerBound, bytes[upper - 1] == 0x0D || bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 { upper -= 1 }
        var lower = line.lowerBound
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 { lower += 1 }
        return lower..<upper
    }

    /// Whether the line is the notes' heading: `FOOTNOTES`, after `#` marks or between emphasis marks.
    private static func isNotesHeading(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        guard line.count >= 9, line.count <= 24 else { return false }
        let words = bytes[line].drop { $0 == UInt8(ascii: "#") || $0 == 0x20 || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }
        let core = words.reversed().drop { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") || $0 == 0x20 }
        return core.reversed().elementsEqual("FOOTNOTES".utf8)
    }

    /// Whether the line ends the book's text: Project Gutenberg's `*** END OF ...` or `End of the Project Gutenberg ...`.
    private static func isBookEnd(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        NoteSyntaxRewrite.holds(bytes, "*** END OF", at: line.lowerBound) || NoteSyntaxRewrite.holds(bytes, "***END OF", at: line.lowerBound)
            || NoteSyntaxRewrite.holds(bytes, "End of the Project Gutenberg", at: line.lowerBound)
            || NoteSyntaxRewrite.holds(bytes, "End of Project Gutenberg", at: line.lowerBound)
    }

    /// The line after the HTML anchors and pandoc spans that open it (`<span id="linknote-3"></span>`,
    /// `[]{#linknote-3}`), spaces skipped.
    private static func afterAnchors(_ bytes: [UInt8], _ line: Range<Int>) -> Range<Int> {
        var start = line.lowerBound
        while start < line.upperBound {
            if bytes[start] == UInt8(ascii: "<"), let close = bytes[start..<line.upperBound].firstIndex(of: UInt8(ascii: ">")),
               start + 1 < line.upperBound, bytes[start + 1] == UInt8(ascii: "/") || Bytes.isLetter(bytes[start + 1]) {
                start = close + 1
            } else if NoteSyntaxRewrite.holds(bytes, "[]{#", at: start), let close = bytes[start..<line.upperBound].firstIndex(of: UInt8(ascii: "}")) {
                start = close + 1
            } else if bytes[start] == 0x20 {
                start += 1
            } else {
                break
            }
        }
        return start..<line.upperBound
    }

    /// A note's opener at the line's start: its page, its number and the text after them
    /// (`81/1 See Lecture VII.`).
    private static func opener(_ bytes: [UInt8], _ line: Range<Int>, page current: Int?) -> (page: Int, number: Int, text: Range<Int>)? {
        var index = line.lowerBound
        guard let page = digits(bytes, &index, upTo: line.upperBound, most: 4), index < line.upperBound else { return nil }
        // A transcriber's stray space by the slash (`3 /4` after `3/3`) keeps the page's run of
        // notes going; only on the page of the note before, so no other number is taken for one.
        let spaced = page == current
        if spaced, bytes[index] == 0x20, index + 1 < line.upperBound, bytes[index + 1] == UInt8(ascii: "/") { index += 1 }
        guard bytes[index] == UInt8(ascii: "/") else { return nil }
        index += 1
        if spaced, index < line.upperBound, bytes[index] == 0x20 { index += 1 }
        guard let number = digits(bytes, &index, upTo: line.upperBound, most: 3), index < line.upperBound, bytes[index] == 0x20 else { return nil }
        while index < line.upperBound, bytes[index] == 0x20 { index += 1 }
        guard index < line.upperBound else { return nil }
        return (page, number, index..<line.upperBound)
    }

    /// Whether the line is an HTML edition's way back from a page's notes: `3 ([return](#linknoteref-3))`.
    private static func isReturnLine(_ bytes: [UInt8], _ line: Range<Int>) -> Bool {
        ByteScan.contains("return", in: bytes, range: line) && ByteScan.contains("(#", in: bytes, range: line) && line.count < 80
    }

    /// The number of up to `most` digits at `index`, which moves past them.
    static func digits(_ bytes: [UInt8], _ index: inout Int, upTo end: Int, most: Int) -> Int? {
        var value = 0
        let start = index
        while index < end, index - start < most + 1, Bytes.isDigit(bytes[index]) {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > start, index - start <= most else { return nil }
        return value
    }

    /// The body's page markers and calls, read in order.
    struct Calls {
        /// Each note's page and number, in the notes' order.
        let labels: [(page: Int, number: Int)]
        /// The note at each page and number.
        private var place: [Int: Int] = [:]
        /// The notes called so far.
        private var used: Set<Int> = []
        /// The page the text is on: the last marker's, or before any the page before the first.
        private var page: Int?

        /// The last page holding a note.
        private let lastNotePage: Int

        init(labels: [(page: Int, number: Int)]) {
            self.labels = labels
            lastNotePage = labels.map(\.page).max() ?? 0
            for (index, label) in labels.enumerated() where place[key(label.page, label.number)] == nil {
                place[key(label.page, label.number)] = index
            }
        }

        private func key(_ page: Int, _ number: Int) -> Int { page * 1000 + number }

        /// The line with its page markers taken out and its calls made markers, or nil when it has neither.
        mutating func rewrite(_ bytes: [UInt8], _ line: Range<Int>, called: inout Int) -> [UInt8]? {
            var out: [UInt8] = []
            var copied = line.lowerBound
            var index = line.lowerBound
            var changed = false
            while index < line.upperBound {
                let byte = bytes[index]
                let marker = byte == UInt8(ascii: "[") ? pageMarker(bytes, at: index, in: line)
                    : byte == UInt8(ascii: "<") ? anchoredMarker(bytes, at: index, in: line) : nil
                if let marker {
                    if marker.page >= (page ?? 0) { page = marker.page }
                    out.append(contentsOf: bytes[copied..<index])
                    // The space before a marker goes with it when a space follows too.
                    if let last = out.last, last == 0x20, marker.end < line.upperBound, bytes[marker.end] == 0x20 { out.removeLast() }
                    copied = marker.end
                    index = marker.end
                    changed = true
                    continue
                }
                if byte == UInt8(ascii: "/"), let found = call(bytes, at: index, in: line), let note = noteCalled(found.number) {
                    out.append(contentsOf: bytes[copied..<index])
                    // The marker follows the word it is set apart from.
                    if let last = out.last, last == 0x20, out.count >= 2, out[out.count - 2] != 0x20 { out.removeLast() }
                    out.append(contentsOf: "[^\(labels[note].page)/\(labels[note].number)]".utf8)
                    copied = found.end
                    index = found.end
                    called += 1
                    changed = true
                    continue
                }
                index += 1
            }
            guard changed else { return nil }
            out.append(contentsOf: bytes[copied..<line.upperBound])
            return out
        }

        /// The note a call of `number` names on the current page, or the next one not yet called.
        private mutating func noteCalled(_ number: Int) -> Int? {
            if let page, let exact = place[key(page, number)], !used.contains(exact) {
                used.insert(exact)
                return exact
            }
            guard let next = labels.indices.first(where: { labels[$0].number == number && labels[$0].page >= (page ?? 0) && !used.contains($0) }) else {
                return nil
            }
            used.insert(next)
            if page == nil { page = labels[next].page }
            return next
        }

        /// A page marker at `index`: `[81]`, pandoc's `\[81\]`, or a link round it
        /// (`[\[81\]](#linknote-81){#linknoteref-81}`, `[[81]](#linknote-81)`).
        private func pageMarker(_ bytes: [UInt8], at index: Int, in line: Range<Int>) -> (page: Int, end: Int)? {
            if index > line.lowerBound, bytes[index - 1] == UInt8(ascii: "^") || bytes[index - 1] == UInt8(ascii: "]") { return nil }
            var cursor = index + 1
            let linked = cursor < line.upperBound && (bytes[cursor] == UInt8(ascii: "[") || NoteSyntaxRewrite.holds(bytes, "\\[", at: cursor))
            if linked { cursor += bytes[cursor] == UInt8(ascii: "[") ? 1 : 2 }
            guard let value = Self.bracketedPage(bytes, &cursor, in: line) else { return nil }
            if linked {
                guard cursor < line.upperBound, bytes[cursor] == UInt8(ascii: "]"), NoteSyntaxRewrite.holds(bytes, "](#", at: cursor),
                      let close = bytes[cursor..<line.upperBound].firstIndex(of: UInt8(ascii: ")")) else { return nil }
                cursor = close + 1
                if cursor < line.upperBound, bytes[cursor] == UInt8(ascii: "{"), let brace = bytes[cursor..<line.upperBound].firstIndex(of: UInt8(ascii: "}")) {
                    cursor = brace + 1
                }
            } else if cursor < line.upperBound, bytes[cursor] == UInt8(ascii: "(") || bytes[cursor] == UInt8(ascii: ":") || bytes[cursor] == UInt8(ascii: "[") {
                return nil
            }
            guard fits(value) else { return nil }
            return (value, cursor)
        }

        /// A page marker in an HTML anchor: `<a href="#linknote-81" id="linknoteref-81">[81]</a>`.
        private func anchoredMarker(_ bytes: [UInt8], at index: Int, in line: Range<Int>) -> (page: Int, end: Int)? {
            guard NoteSyntaxRewrite.holds(bytes, "<a ", at: index), let close = bytes[index..<line.upperBound].firstIndex(of: UInt8(ascii: ">")),
                  close + 1 < line.upperBound, bytes[close + 1] == UInt8(ascii: "[") else { return nil }
            var cursor = close + 2
            guard let value = Self.bracketedPage(bytes, &cursor, in: line), NoteSyntaxRewrite.holds(bytes, "</a>", at: cursor), fits(value) else { return nil }
            return (value, cursor + 4)
        }

        /// The page number and closing bracket after an opening one (`81]`, `81\]`); `cursor` moves past the bracket.
        private static func bracketedPage(_ bytes: [UInt8], _ cursor: inout Int, in line: Range<Int>) -> Int? {
            guard let value = GutenbergPageNotes.digits(bytes, &cursor, upTo: line.upperBound, most: 4), cursor < line.upperBound else { return nil }
            if bytes[cursor] == UInt8(ascii: "\\") { cursor += 1 }
            guard cursor < line.upperBound, bytes[cursor] == UInt8(ascii: "]") else { return nil }
            cursor += 1
            return value
        }

        /// Whether `value` may be the next page's number: on from the current page, within 40, and
        /// no page past every note's (the transcriber's example, `Numbers in square brackets [245]
        /// refer to original page numbers`, set the page past them all, and no call was read).
        private func fits(_ value: Int) -> Bool {
            guard value <= lastNotePage else { return false }
            guard let page else { return value > 0 }
            return value >= page && value <= page + 40
        }

        /// A call at `index`: a number in slashes (`/1/`) set apart from the words round it, not
        /// closed by a parenthesis.
        private func call(_ bytes: [UInt8], at index: Int, in line: Range<Int>) -> (number: Int, end: Int)? {
            if index > line.lowerBound {
                let before = bytes[index - 1]
                guard before == 0x20 || before == UInt8(ascii: "\"") || before == UInt8(ascii: "'") || before == UInt8(ascii: ".")
                    || before == UInt8(ascii: ",") || before == UInt8(ascii: ";") || before == UInt8(ascii: ":") || before >= 0x80 else { return nil }
            }
            var cursor = index + 1
            guard let number = GutenbergPageNotes.digits(bytes, &cursor, upTo: line.upperBound, most: 3), number > 0,
                  cursor < line.upperBound, bytes[cursor] == UInt8(ascii: "/") else { return nil }
            cursor += 1
            if cursor < line.upperBound {
                let after = bytes[cursor]
                guard !Bytes.isWordByte(after), after != UInt8(ascii: ")"), after != UInt8(ascii: "/") else { return nil }
            }
            return (number, cursor)
        }
    }
}
