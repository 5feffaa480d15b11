import LowLevel

/// The title of a plain converted text (pdftotext, MarkItDown), which prints no `# Title` line:
/// read from the first page, as the first short run of title lines that a date, a byline or page
/// furniture closes.
///
/// - A run starts a unit, or follows a line of furniture (`(Slip Opinion)`, `Syllabus`), and has
///   one to four lines, each short and written as a title: its words capitalised but short joining
///   ones (`and`, `of`, `v.`), no sentence's stop (a line in capitals may end with an
///   abbreviation's, `ET AL.`).
/// - It is closed by a date (`Updated April 21, 2026`, `[June 13, 2013]`), page furniture (a
///   court's name or term, `Congressional Research Service`, an address, a report or docket
///   number), or, after a blank line, a byline; a line ending with `†` or `‡` ends it too (the
///   title's note), while a name ending with `*` is the author's line and closes it.
/// - Furniture is never the title, and a file with Markdown's marks on its first page (`#`, `>`,
///   `|`, `<`, `[`) has its own title rules.
struct PlainTitle {
    /// The unit holding the title, and its lines that are the title.
    var unit: Int
    var lines: Range<Int>
    /// Where the title's text ends on its last line, its mark left out.
    var textEnd: Int
    /// Whether a byline closed the title: the line after it is the author's.
    var closedByByline: Bool
    /// The title's lines and the kind of piece printed over them (`ARTICLE`), which goes too.
    var taken: Range<Int> { (lines.lowerBound - kickerLines)..<lines.upperBound }
    var kickerLines = 0
    /// Whether the unit before `unit` holds the title's first lines, a blank line parting them from
    /// the rest (`THE LEDGER AND` / blank / `THE LAW OF DEBT`): the whole unit is the title's.
    var opensInUnitBefore = false
    /// Whether the lines above the title in its unit are a working paper's cover (a series's owner
    /// and its series's lines, `WorkingPaperCover`): they go with the title.
    var coverAbove = false
    /// Whether the unit before `unit` is the author's name with a note's number glued on
    /// (`JAMES ROE1`), a preprint's byline printed above its title.
    var authorAbove = false

    /// Lines of the first page looked at, at most.
    private static let lineLimit = 80

    /// The title among `units`, the file's units in order; nil when no run of lines qualifies.
    /// The first page ends at a form feed or a marker line of `pageMarkers`.
    static func find(in units: [[Range<Int>]], bytes: [UInt8], pageMarkers: PageMarkers = PageMarkers()) -> PlainTitle? {
        if let dated = afterCoverDate(units, bytes: bytes, pageMarkers: pageMarkers) { return dated }
        guard var found = findRun(in: units, bytes: bytes, pageMarkers: pageMarkers) else { return nil }
        found.opensInUnitBefore = opensInUnitBefore(found, units: units, bytes: bytes, pageMarkers: pageMarkers)
        if !found.opensInUnitBefore, found.taken.lowerBound == 0, found.unit > 0, units[found.unit - 1].count == 1,
           let line = units[found.unit - 1].first, isGluedAuthorLine(LineRules.trim(bytes[line])) {
            found.authorAbove = true
        }
        return found
    }

    /// The title of a brief that prints its date alone above it (`Updated April 10, 2098`, a blank
    /// line, the title): the next unit's first one or two lines written as a title's, up to a first
    /// heading (`Overview`, `Background`, `Introduction`, `Summary`) or a line that is not.
    private static func afterCoverDate(_ units: [[Range<Int>]], bytes: [UInt8], pageMarkers: PageMarkers) -> PlainTitle? {
        guard units.count > 1, let date = units[0].first, units[0].count == 1, !pageMarkers.contains(date),
              isDateLine(LineRules.trim(bytes[date])) else { return nil }
        let unit = units[1]
        var count = 0
        while count < min(2, unit.count) {
            let text = LineRules.trim(bytes[unit[count]])
            guard !pageMarkers.contains(unit[count]), !closes(text), isTitleLine(text) || (count > 0 && isTitleLine(text, goingOn: true)),
                  !firstHeadings.contains(where: { text.elementsEqual($0.utf8) }) else { break }
            // A question (`What Is the Program?`) is the first heading; a comma before a word in
            // lower case (`On May 1, 2098, the Board`) is the text's first sentence.
            if count > 0, text.last == UInt8(ascii: "?") || questionWords.contains(where: { text.starts(with: ($0 + " ").utf8) })
                || text.indices.dropLast(2).contains(where: { text[$0] == UInt8(ascii: ",") && text[$0 + 1] == 0x20 && Bytes.isLower(text[$0 + 2]) }) {
                break
            }
            count += 1
        }
        // The title ends before the body: a line that goes on from its last is no title's.
        guard count > 0, count == unit.count || !(count == 1 && isTitleLine(LineRules.trim(bytes[unit[1]]), goingOn: true)) else { return nil }
        return PlainTitle(unit: 1, lines: 0..<count, textEnd: unmarkedEnd(unit[count - 1], bytes), closedByByline: false)
    }

    /// The words a question opens with: a brief's first heading may ask one.
    private static let questionWords = ["What", "Why", "How", "Who", "When", "Where", "Which", "Is", "Are", "Does", "Do", "Can", "Should"]

    /// The headings a brief opens its text with, under its title.
    private static let firstHeadings = ["Overview", "Background", "Introduction", "Summary"]

    /// Whether the unit before the title's holds the title's first lines: the title's run opens its
    /// unit; the unit before is one to three lines written as a title's, the file's first but for
    /// furniture (a court's or journal's cover lines) and no page marker; and its last line ends
    /// where a title cannot (a joining word, `and`, `of`, `the`, or a colon, comma or em dash), so the
    /// two are surely one title, not a journal's name over it.
    private static func opensInUnitBefore(_ found: PlainTitle, units: [[Range<Int>]], bytes: [UInt8], pageMarkers: PageMarkers) -> Bool {
        guard found.taken.lowerBound == 0, found.unit > 0 else { return false }
        let before = units[found.unit - 1]
        guard !before.isEmpty, before.count + found.lines.count <= 4,
              before.allSatisfy({ !pageMarkers.contains($0) && isTitleLine(LineRules.trim(bytes[$0])) }),
              units[..<(found.unit - 1)].allSatisfy({ unit in unit.allSatisfy { !pageMarkers.contains($0) && closes(LineRules.trim(bytes[$0])) } }),
              let last = before.last else { return false }
        let lastText = LineRules.trim(bytes[last])
        return endsWhereTitleGoesOn(lastText) || isWrapped(lastText, over: found, units: units, bytes: bytes)
    }

    /// The width from which a line is a wrapped one, the converter's page full.
    private static let wrappedWidth = 60
    /// The most words of a wrapped title's last line that is surely no subtitle.
    private static let wrappedTailWords = 3

    /// Whether the line before the title's run, `line`, is a long title line the page wrapped, and the
    /// run its short tail (`... to Adult Learners in the Southern` / blank / `Provinces`): one line of
    /// one to three words, where a subtitle would be a phrase of its own.
    private static func isWrapped(_ line: ArraySlice<UInt8>, over found: PlainTitle, units: [[Range<Int>]], bytes: [UInt8]) -> Bool {
        guard line.count >= wrappedWidth, found.lines.count == 1, found.lines.lowerBound < units[found.unit].count else { return false }
        let tail = LineRules.trim(bytes[units[found.unit][found.lines.lowerBound]])
        return tail.count(where: { $0 == 0x20 }) < wrappedTailWords && !tail.contains(UInt8(ascii: ":"))
    }

    /// Whether a title's line ends where the title goes on: on a joining word (`and`, `of`, `the`)
    /// or a colon, comma or em dash.
    private static func endsWhereTitleGoesOn(_ text: ArraySlice<UInt8>) -> Bool {
        guard let end = text.last else { return false }
        if end == UInt8(ascii: ":") || end == UInt8(ascii: ",") || (end == 0x94 && text.count >= 3 && text[text.endIndex - 3] == 0xE2) {
            return true
        }
        let word = text[((text.lastIndex(of: 0x20) ?? text.startIndex - 1) + 1)...].map { Bytes.lowercased($0) }
        return ["and", "of", "the", "for", "in", "on", "to", "a", "an", "or", "with", "by", "from", "at", "as", "versus", "v."]
            .contains { word.elementsEqual($0.utf8) }
    }

    /// `find` but for title lines a blank line parts from the run's (`opensInUnitBefore`).
    ///
    /// A run a paper series's line closes (`WorkingPaperCover`) is the series's owner, a school's
    /// name (`VILLANOVA`), when a later run is a title over its author's line: that one is the title,
    /// and the cover's lines above it go with it (`coverAbove`). With no such later run, it stays
    /// the title.
    private static func findRun(in units: [[Range<Int>]], bytes: [UInt8], pageMarkers: PageMarkers) -> PlainTitle? {
        guard !firstPageHasMarkup(units, bytes: bytes, pageMarkers: pageMarkers) else { return nil }
        var seen = 0
        var coverRun: PlainTitle?
        var authorAbove = false
        for (unitIndex, unit) in units.enumerated() {
            var runStart: Int?
            var afterFurniture = false
            for (index, line) in unit.enumerated() {
                seen += 1
                let text = LineRules.trim(bytes[line])
                guard seen <= lineLimit, let lead = text.first, lead != 0x0C, !pageMarkers.contains(line) else { return coverRun }
                func title(_ run: Range<Int>) -> PlainTitle {
                    let lines = withoutKicker(run, unit: unit, bytes: bytes)
                    // The author's line may come under the cover's lines (`Forthcoming ...`, a draft's stamp).
                    let after = unit[lines.upperBound...].firstIndex { !isDraftCoverLine(LineRules.trim(bytes[$0])) } ?? lines.upperBound
                    return PlainTitle(unit: unitIndex, lines: lines, textEnd: unmarkedEnd(unit[lines.upperBound - 1], bytes),
                                      closedByByline: bylineFollows(units, unit: unitIndex, line: after, bytes: bytes),
                                      kickerLines: run.count - lines.count,
                                      coverAbove: coverRun.map { $0.unit == unitIndex } ?? false)
                }
                if let start = runStart {
                    // A run over an issue's designation (perhaps under a rule) is the journal's name on its cover.
                    if isIssueLine(text) || (isRuleLine(text) && unit[index...].first(where: { !isRuleLine(LineRules.trim(bytes[$0])) })
                        .map({ isIssueLine(LineRules.trim(bytes[$0])) }) == true) {
                        runStart = nil
                        afterFurniture = true
                        continue
                    }
                    if coverRun == nil, WorkingPaperCover.isSeriesLine(text) {
                        coverRun = title(start..<index)
                        runStart = nil
                        afterFurniture = true
                        continue
                    }
                    if closes(text) || isAuthorLine(text) || text.elementsEqual("By".utf8)
                        || isBylineOverSchool(text, next: index + 1 < unit.count ? LineRules.trim(bytes[unit[index + 1]]) : nil) {
                        let found = title(start..<index)
                        // After a series's owner, only a title over its author's line is the title.
                        if let cover = coverRun, !found.closedByByline, !isAuthorLine(text) { return cover }
                        return found
                    }
                    // A byline in mixed case under a title in capitals: the author's, unmarked.
                    if text.contains(where: Bytes.isLower), isByline(text), unit[start..<index].allSatisfy({ !bytes[$0].contains(where: Bytes.isLower) }) {
                        return title(start..<index)
                    }
                    if index - start < 4, isTitleLine(text) || isTitleLine(text, goingOn: true) {
                        if endsWithTitleMark(text) { return title(start..<(index + 1)) }
                        continue
                    }
                    // A byline in the title's unit, read as a title's line for its capitals, and the
                    // text after it: the lines above the byline are the title.
                    if index - start >= 2, isByline(LineRules.trim(bytes[unit[index - 1]])), !isTitleLine(text) {
                        return title(start..<(index - 1))
                    }
                    runStart = nil
                    afterFurniture = false
                    continue
                }
                if closes(text) {
                    afterFurniture = true
                    continue
                }
                if isGluedAuthorLine(text) {
                    // A byline with a glued note number above the title (`JAMES ROE1`) is no title.
                    authorAbove = true
                    afterFurniture = true
                    continue
                }
                // A short line with no word of three letters (an OCR'd journal slug, `J,V0N0 1`)
                // is the cover's, and opens no title.
                if text.count <= 24, !hasThreeLetterRun(text) {
                    afterFurniture = true
                    continue
                }
                if (index == 0 || afterFurniture), isTitleLine(text),
                   !isBylineOverSchool(text, next: index + 1 < unit.count ? LineRules.trim(bytes[unit[index + 1]]) : nil) {
                    if endsWithTitleMark(text) { return title(index..<(index + 1)) }
                    runStart = index
                }
                afterFurniture = false
            }
            // A run that ends its unit is closed by the next unit's first line, unless it ends where
            // no title does (`THE LEDGER AND`): the next unit goes on with it (`opensInUnitBefore`).
            if let start = runStart, unitIndex + 1 < units.count, let next = units[unitIndex + 1].first,
               !endsWhereTitleGoesOn(LineRules.trim(bytes[unit[unit.count - 1]])) {
                let text = LineRules.trim(bytes[next])
                let byline = (isByline(text) || isAuthorLine(text)) && !closes(text)
                // A run over an issue's designation is the journal's name on its cover; a run under
                // the author's marked byline is the title, whatever follows it.
                if (byline || closes(text) || authorAbove) && !isIssueLine(text) {
                    if let cover = coverRun, !byline { return cover }
                    return PlainTitle(unit: unitIndex, lines: start..<unit.count, textEnd: unmarkedEnd(unit[unit.count - 1], bytes), closedByByline: byline)
                }
            }
        }
        return coverRun
    }

    /// The title's lines without a first line that is one word in capitals over the rest: the
    /// kind of piece a journal prints over its title (`ARTICLE`, `NOTE`, `FOREWORD`).
    private static func withoutKicker(_ lines: Range<Int>, unit: [Range<Int>], bytes: [UInt8]) -> Range<Int> {
        guard lines.count >= 2 else { return lines }
        let first = LineRules.trim(bytes[unit[lines.lowerBound]])
        guard !first.contains(0x20), first.count >= 4, first.allSatisfy(Bytes.isUpper) else { return lines }
        return (lines.lowerBound + 1)..<lines.upperBound
    }

    /// Whether a line of the first page (up to its form feed, or `lineLimit` lines) opens with
    /// Markdown's marks (`#`, `>`, `|`, `<`, `` ` ``, `[^`, `**`, `__`): such a file has its own
    /// title rules.
    static func firstPageHasMarkup(_ units: [[Range<Int>]], bytes: [UInt8], pageMarkers: PageMarkers) -> Bool {
        var seen = 0
        for unit in units {
            for line in unit {
                seen += 1
                let text = LineRules.trim(bytes[line])
                guard seen <= lineLimit, let lead = text.first, lead != 0x0C, !pageMarkers.contains(line) else { return false }
                switch lead {
                case UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "|"), UInt8(ascii: "<"), UInt8(ascii: "`"):
                    return true
                case UInt8(ascii: "["), UInt8(ascii: "*"), UInt8(ascii: "_"):
                    // A note's stars before a space (`*** Professor of Law`) are no emphasis.
                    let marks = text.prefix { $0 == lead }
                    if lead == UInt8(ascii: "*"), marks.endIndex < text.endIndex, text[marks.endIndex] == 0x20 { continue }
                    // `**` before a space is the second author's note (`** Professor of Law`), not bold.
                    if text.count > 2, text[text.startIndex + 1] == UInt8(ascii: "^")
                        || (text[text.startIndex + 1] == lead && text[text.startIndex + 2] != 0x20) { return true }
                default:
                    break
                }
            }
        }
        return false
    }

    /// Whether the line after a title (`line` of `unit`, or the next unit's first) is a byline.
    private static func bylineFollows(_ units: [[Range<Int>]], unit: Int, line: Int, bytes: [UInt8]) -> Bool {
        let next = line < units[unit].count ? units[unit][line] : unit + 1 < units.count ? units[unit + 1].first : nil
        guard let next else { return false }
        let text = LineRules.trim(bytes[next])
        return isByline(text) && !closes(text)
    }

    /// Whether a line is written as a title's: 3 to 110 bytes opening with a capital (or a quote,
    /// a parenthesis, a digit), every word of five letters or more capitalised, no stop at its end
    /// unless the line is in capitals or ends with `v.`.
    /// A line that goes on with a title may open with a short joining word (`to Ridesharing
    /// Companies`, `from March 2098`) when `goingOn`.
    static func isTitleLine(_ text: ArraySlice<UInt8>, goingOn: Bool = false) -> Bool {
        guard text.count >= 3, text.count <= 110, let first = text.first else { return false }
        if goingOn {
            let word = text.prefix(while: { $0 != 0x20 })
            guard word.endIndex < text.endIndex, ["to", "from", "for", "of", "and", "in", "on", "with", "by", "at"].contains(where: { word.elementsEqual($0.utf8) }),
                  let next = text[(word.endIndex + 1)...].first, Bytes.isUpper(next) || Bytes.isDigit(next) else { return false }
        } else {
            guard Bytes.isUpper(first) || first >= 0x80 || first == UInt8(ascii: "(") || first == UInt8(ascii: "\"") || Bytes.isDigit(first) else { return false }
        }
        var letters = 0
        var lowers = 0
        var wordStart = text.startIndex
        var index = text.startIndex
        while index <= text.endIndex {
            if index == text.endIndex || text[index] == 0x20 {
                if index > wordStart, !isTitleWord(text[wordStart..<index]) { return false }
                wordStart = index + 1
            } else if Bytes.isLetter(text[index]) {
                letters += 1
                if Bytes.isLower(text[index]) { lowers += 1 }
            }
            index += 1
        }
        guard letters >= 3, !endsSentence(text) else { return false }
        if text.last == UInt8(ascii: ".") { return lowers == 0 || text.suffix(3).elementsEqual(" v.".utf8) }
        return true
    }

    /// A word a title may hold: capitalised (its first letter), a number, or lower case and short
    /// (`and`, `of`, `the`, `v.`) or a preposition title case leaves in lower case (`through`,
    /// `between`, `against`).
    private static func isTitleWord(_ word: ArraySlice<UInt8>) -> Bool {
        guard let letter = word.first(where: { Bytes.isLetter($0) || $0 >= 0x80 || Bytes.isDigit($0) }) else { return true }
        if !Bytes.isLower(letter) { return true }
        return word.filter(Bytes.isLetter).count <= 4 || lowerTitleWords.contains { word.elementsEqual($0.utf8) }
    }

    /// Prepositions of five letters or more a title in title case writes in lower case.
    private static let lowerTitleWords = ["through", "between", "without", "against", "among", "under", "about", "after", "before",
                                          "within", "beyond", "toward", "towards", "across", "around", "during", "versus", "until", "since"]

    /// Whether a line holds three letters in a row.
    private static func hasThreeLetterRun(_ text: ArraySlice<UInt8>) -> Bool {
        var run = 0
        for byte in text {
            run = Bytes.isLetter(byte) || byte >= 0x80 ? run + 1 : 0
            if run >= 3 { return true }
        }
        return false
    }

    /// Whether a line ends as no title's line does: with a semicolon or `!` (a title's line may end
    /// with `and`, a comma or a colon).
    private static func endsSentence(_ text: ArraySlice<UInt8>) -> Bool {
        guard let last = text.last else { return false }
        return last == UInt8(ascii: ";") || last == UInt8(ascii: "!")
    }

    /// Whether a line ends with a title's note mark: `†` or `‡`.
    private static func endsWithTitleMark(_ text: ArraySlice<UInt8>) -> Bool {
        text.count >= 3 && text[text.endIndex - 3] == 0xE2 && text[text.endIndex - 2] == 0x80
            && (text[text.endIndex - 1] == 0xA0 || text[text.endIndex - 1] == 0xA1)
    }

    /// Where a title's line ends without its spaces and a note mark (`*`, `†`, `‡`, TeX's `∗`),
    /// or a note's number a conversion glued to its last word (`THE WIDGET RULE1`).
    private static func unmarkedEnd(_ line: Range<Int>, _ bytes: [UInt8]) -> Int {
        let end = unmarkedEnd(line, bytes[...])
        return end - gluedMarkDigits(bytes[line.lowerBound..<end])
    }

    /// How many digits, one or two, a conversion glued to a line's last word as a note's number
    /// (`JAMES ROE1`, `THE WIDGET RULE12`): after a letter of a word of three letters or more.
    static func gluedMarkDigits(_ text: ArraySlice<UInt8>) -> Int {
        var digits = 0
        while digits < text.count, Bytes.isDigit(text[text.endIndex - 1 - digits]) { digits += 1 }
        guard digits == 1 || digits == 2 else { return 0 }
        let word = text[..<(text.endIndex - digits)].reversed().prefix { $0 != 0x20 }
        guard word.count >= 3, word.allSatisfy(Bytes.isLetter) else { return 0 }
        return digits
    }

    private static func unmarkedEnd(_ line: Range<Int>, _ bytes: ArraySlice<UInt8>) -> Int {
        var end = line.upperBound
        while end > line.lowerBound {
            let byte = bytes[end - 1]
            if byte == 0x20 || byte == UInt8(ascii: "*") { end -= 1; continue }
            if end - 3 >= line.lowerBound, bytes[end - 3] == 0xE2,
               (bytes[end - 2] == 0x80 && (byte == 0xA0 || byte == 0xA1)) || (bytes[end - 2] == 0x88 && byte == 0x97) {
                end -= 3
                continue
            }
            break
        }
        return end
    }

    /// Whether a line closes a title: a date, or front-page furniture.
    static func closes(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first else { return false }
        if isDraftCoverLine(text) { return true }
        if Bytes.isDigit(first) { return LineRules.isPageNumber(text) || LineRules.isSlipHead(text) }
        if first == UInt8(ascii: "(") { return LineRules.isSlipHead(text) }
        if first == UInt8(ascii: "[") || Bytes.isUpper(first), isDateLine(text) { return true }
        if first == UInt8(ascii: "h") || first == UInt8(ascii: "w") {
            return LineRules.startsFolded(text, "http") || LineRules.startsFolded(text, "www.")
        }
        if first == 0xC2 || first == UInt8(ascii: "C") || first == UInt8(ascii: "c") || first == UInt8(ascii: "(") {
            if LineRules.metadataKind(text) == .copyright { return true }
        }
        guard Bytes.isUpper(first) else { return false }
        if isIssueLine(text) { return true }
        if LineRules.isCourtHead(text) || LineRules.isOpinionHead(text) { return true }
        if text.elementsEqual("Congressional Research Service".utf8) { return true }
        if isReportNumber(text) || isDocket(text) { return true }
        return isCapitalsCourtLine(text)
    }

    /// A line's letters and digits, lower-cased: what a running head shares with the title.
    static func key(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        bytes.compactMap { Bytes.isLetter($0) || Bytes.isDigit($0) || $0 >= 0x80 ? Bytes.lowercased($0) : nil }
    }

    /// A line of a report's cover that says where and when it was published: a date, an address,
    /// `Congressional Research Service`, a report number.
    static func isCoverLine(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, text.count <= 64 else { return false }
        if first == UInt8(ascii: "h") || first == UInt8(ascii: "w") {
            return !text.contains(0x20) && (LineRules.startsFolded(text, "http") || LineRules.startsFolded(text, "www."))
        }
        guard Bytes.isUpper(first) else { return false }
        return isDateLine(text) || text.elementsEqual("Congressional Research Service".utf8) || isReportNumber(text)
    }

    /// A line of a draft's or working paper's first page that is no part of its title: a printer's
    /// galley slug or a repository's footer (`LineRules.isPrintedFurniture`), a rule of dashes or
    /// underscores, a word processor's comment (`Commented [A1]:`), where the piece is to appear
    /// (`Forthcoming: 99 L. Rev.`), a draft's stamp (`Draft: Comments Welcome`, `[DRAFT May 1,
    /// 2024]`), a paper series's name or number (`Law and Economics Research Paper Series`,
    /// `Research Paper No. 24-1`), the repository's line (`This paper can be downloaded ...`), or
    /// a school's name (`University of Somewhere School of Law`).
    static func isDraftCoverLine(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, text.count >= 4 else { return false }
        if first == UInt8(ascii: "_") || first == UInt8(ascii: "-") || first == UInt8(ascii: "=") { return isRuleLine(text) }
        guard text.count <= 240, Bytes.isUpper(first) || Bytes.isDigit(first) || first == UInt8(ascii: "[") || first == UInt8(ascii: "(") || first == UInt8(ascii: "\\")
            || first == UInt8(ascii: "*") else { return false }
        if LineRules.isPrintedFurniture(text) { return true }
        guard !Bytes.isDigit(first) else { return false }
        if isDraftStamp(text) { return true }
        let word = text.drop(while: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "(") })
        // `Forthcoming: 99 L. Rev.`, `(Forthcoming, Example Law Review)`.
        if LineRules.startsFolded(word, "forthcoming"), word.count == 11 || !Bytes.isLetter(word[word.startIndex + 11]) { return true }
        if text.starts(with: "Commented [".utf8) { return true }
        guard text.count <= 120 else { return false }
        if LineRules.startsFolded(text, "research paper no") || LineRules.startsFolded(text, "working paper")
            || LineRules.startsFolded(text, "this paper can be downloaded") || LineRules.startsFolded(text, "social science research network") {
            return true
        }
        let folded = text.map(Bytes.lowercased)[...]
        if LineRules.firstRange(of: "paper series", in: folded) != nil { return true }
        return isSchoolLine(folded)
    }

    /// A draft's stamp or its invitation to comment: `Draft: Comments Welcome`, `[DRAFT May 1,
    /// 2024]`, `Draft comments welcome at ...`, a line of 120 bytes or fewer holding `comments
    /// welcome` (`Example Working Paper, Comments welcome!`). The first byte is tested first.
    static func isDraftStamp(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, text.count >= 5, Bytes.isUpper(first) || first == UInt8(ascii: "[") || first == UInt8(ascii: "(") else { return false }
        let word = text.drop(while: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "(") })
        if LineRules.startsFolded(word, "draft"),
           word.count == 5 || word.startIndex > text.startIndex || [UInt8(ascii: ":"), UInt8(ascii: "]"), UInt8(ascii: ","), 0xE2].contains(word[word.startIndex + 5])
            || LineRules.startsFolded(word.dropFirst(5), " comment") {
            return true
        }
        return text.count <= 120 && LineRules.firstFoldedRange(of: "comments welcome", in: text) != nil
    }

    /// A rule across the page: five or more dashes, underscores or equals signs.
    private static func isRuleLine(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 5, let first = text.first, first == UInt8(ascii: "_") || first == UInt8(ascii: "-") || first == UInt8(ascii: "=") else { return false }
        return text.allSatisfy { $0 == first || $0 == 0x20 }
    }

    /// A school's or university's name alone, lower-cased: `university of somewhere`, `somewhere
    /// university`, `somewhere school of law`, `university of somewhere - school of law`.
    private static func isSchoolLine(_ folded: ArraySlice<UInt8>) -> Bool {
        guard folded.count <= 80 else { return false }
        return folded.starts(with: "university of ".utf8)
            || [" university", " school of law", " law school", " college of law"].contains { folded.suffix($0.utf8.count).elementsEqual($0.utf8) }
    }

    /// A school's or university's name alone on its line (`isSchoolLine`): on a cover's first page,
    /// an author's affiliation or the series's owner.
    static func isSchoolName(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, Bytes.isUpper(first), text.count <= 80 else { return false }
        return isSchoolLine(text.map(Bytes.lowercased)[...])
    }

    /// Whether a byline is an author's in a draft's cover, the author's school on the next line
    /// (`Jane Q. Roe` over `University of Somewhere School of Law`): the title's run ends above it.
    static func isBylineOverSchool(_ text: ArraySlice<UInt8>, next: ArraySlice<UInt8>?) -> Bool {
        guard let next, isSchoolLine(next.map(Bytes.lowercased)[...]) else { return false }
        return isByline(text)
    }

    /// A line in capitals naming a court or its term: `SUPREME COURT OF THE UNITED STATES`,
    /// `CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR`, `UNITED STATES DISTRICT COURT`,
    /// `OCTOBER TERM, 2012`; not a title's line that has the word (`COURT REFORM AND THE`).
    private static func isCapitalsCourtLine(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count >= 8, text.count <= 110, !text.contains(where: Bytes.isLower) else { return false }
        return LineRules.firstRange(of: "COURT OF ", in: text) != nil || text.suffix(6).elementsEqual(" COURT".utf8)
            || text.starts(with: "CERTIORARI ".utf8) || text.starts(with: "ON WRIT OF ".utf8) || LineRules.firstRange(of: " TERM, ", in: text) != nil
    }

    /// A journal issue's designation on its cover, alone on its line: `VOLUME 138`, `NUMBER 6`,
    /// `Issue 1`, `VOL. 125`, `NO. 5`, and its month and year in capitals, `APRIL 2025`.
    static func isIssueLine(_ text: ArraySlice<UInt8>) -> Bool {
        if text.count > 24, text.count <= 64 { return isIssueLines(text) }
        guard text.count <= 24, let space = text.lastIndex(of: 0x20), space > text.startIndex else { return false }
        let number = text[(space + 1)...]
        guard !number.isEmpty, number.allSatisfy(Bytes.isDigit) else { return false }
        let word = text[..<space]
        if ["VOLUME", "NUMBER", "ISSUE", "Volume", "Number", "Issue", "VOL.", "NO.", "Vol.", "No."].contains(where: { word.elementsEqual($0.utf8) }) {
            return true
        }
        return number.count == 4 && capitalMonths.contains { word.elementsEqual($0.utf8) }
    }

    /// Several designations of an issue on one line, as a cover sets them across the page:
    /// `VOLUME 73 MAY 2020 NUMBER 4`, each a word and a number.
    private static func isIssueLines(_ text: ArraySlice<UInt8>) -> Bool {
        let words = text.split(separator: 0x20)
        guard words.count >= 4, words.count % 2 == 0 else { return false }
        return stride(from: 0, to: words.count, by: 2).allSatisfy { index in
            isIssueLine(text[words[index].startIndex..<words[index + 1].endIndex])
        }
    }

    private static let capitalMonths = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
                                        "NOVEMBER", "DECEMBER", "SPRING", "SUMMER", "FALL", "WINTER"]

    /// A report's number: one to three capitals and four or five digits (`R48915`, `RL33456`,
    /// `IF12345`).
    private static func isReportNumber(_ text: ArraySlice<UInt8>) -> Bool {
        let letters = text.prefix(while: Bytes.isUpper).count
        let digits = text.count - letters
        return (1...3).contains(letters) && (4...5).contains(digits) && text.dropFirst(letters).allSatisfy(Bytes.isDigit)
    }

    private static func isDocket(_ text: ArraySlice<UInt8>) -> Bool {
        LineRules.isDocketLine(text)
    }

    /// A date alone, perhaps with a word before it and in brackets: `April 23, 2026`,
    /// `Updated April 21, 2026`, `[June 13, 2013]`, `Argued April 23, 2013—Decided June 13, 2013`.
    static func isDateLine(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count <= 64 else { return false }
        var rest = text
        if rest.first == UInt8(ascii: "[") { rest = rest.dropFirst() }
        for prefix in ["Updated ", "Revised ", "Argued ", "Decided ", "Dated ", "Published "] where rest.starts(with: prefix.utf8) {
            rest = rest.dropFirst(prefix.utf8.count)
            break
        }
        guard months.contains(where: { rest.starts(with: $0.utf8) }) else { return false }
        // A year: four digits, 1600 to 2099.
        var index = rest.startIndex
        while index + 4 <= rest.endIndex {
            if (rest[index] == UInt8(ascii: "1") || rest[index] == UInt8(ascii: "2")), rest[index..<(index + 4)].allSatisfy(Bytes.isDigit),
               index + 4 == rest.endIndex || !Bytes.isDigit(rest[index + 4]), index == rest.startIndex || !Bytes.isDigit(rest[index - 1]) {
                return true
            }
            index += 1
        }
        return false
    }

    private static let months = ["January ", "February ", "March ", "April ", "May ", "June ", "July ", "August ", "September ",
                                 "October ", "November ", "December ", "Jan. ", "Feb. ", "Mar. ", "Apr. ", "Aug. ", "Sept. ", "Oct. ", "Nov. ", "Dec. "]

    /// A byline: names (`Jane Q. Roe`, `JANE Q. ROE*`, `By Jane Roe`), a note's mark after them
    /// left aside.
    static func isByline(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.count <= 120 else { return false }
        var names = text
        if names.starts(with: "By ".utf8) { names = names.dropFirst(3) }
        let stripped = names[names.startIndex..<unmarkedEnd(names.startIndex..<names.endIndex, names)]
        let words = stripped.split(separator: 0x20)
        guard words.count >= 2, words.count <= 8 else { return false }
        return EssayBuilder.looksLikeByline(String(decoding: stripped, as: UTF8.self))
    }

    /// An author's line in a title's unit: names with the author's note mark, `*` (or TeX's `∗`);
    /// or names with a star after the first and another mark at the end, as several authors' marks
    /// run (`JANE ROE* & JOHN DOE†`, `ROE,* DOE† & POE‡`), where a title's line ends with `†` alone.
    static func isAuthorLine(_ text: ArraySlice<UInt8>) -> Bool {
        guard let last = text.last else { return false }
        if Bytes.isDigit(last) { return isGluedAuthorLine(text) }
        let starred = last == UInt8(ascii: "*") || (text.count >= 3 && text[text.endIndex - 3] == 0xE2 && text[text.endIndex - 2] == 0x88 && last == 0x97)
        if starred { return isByline(text) || isByline(withoutMarks(text)[...]) }
        guard endsWithTitleMark(text), text.count <= 160, text.dropLast(3).contains(UInt8(ascii: "*")) else { return false }
        let joined = String(decoding: withoutMarks(text), as: UTF8.self)
        return EssayBuilder.looksLikeByline(joined)
    }

    /// A preprint's byline with its note's number glued on (`JAMES ROE1`, `Jane Q. Roe12`): two to
    /// four words, each a name's or an initial, none a title's joining word (`THE WIDGET RULE1` is
    /// no name).
    static func isGluedAuthorLine(_ text: ArraySlice<UInt8>) -> Bool {
        let digits = gluedMarkDigits(text)
        guard digits > 0 else { return false }
        let names = text.dropLast(digits)
        let words = names.split(separator: 0x20)
        guard words.count >= 2, words.count <= 4,
              words.allSatisfy({ word in (word.first.map(Bytes.isUpper) ?? false) && !titleJoiningWords.contains { word.elementsEqual($0.utf8) } })
        else { return false }
        return isByline(names)
    }

    /// Joining words of a title in capitals, never a name's.
    private static let titleJoiningWords = ["THE", "OF", "AND", "FOR", "TO", "IN", "ON", "AGAINST", "WITH", "FROM", "BY", "AT", "AS", "A", "AN", "OR",
                                            "The", "Of", "And", "For", "To", "In", "On", "Against", "With", "From", "By", "At", "As", "An", "Or"]

    /// Authors' names without their marks (`*`, `†`, `‡`), the commas before them and the brackets
    /// round a name in use (`JANE (JO) ROE`), one space between words.
    private static func withoutMarks(_ text: ArraySlice<UInt8>) -> [UInt8] {
        var names: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")") { index += 1; continue }
            if byte == 0xE2, index + 2 < text.endIndex, text[index + 1] == 0x80, text[index + 2] == 0xA0 || text[index + 2] == 0xA1 { index += 3; continue }
            names.append(byte == UInt8(ascii: ",") ? 0x20 : byte)
            index += 1
        }
        return Array(String(decoding: names, as: UTF8.self).split(separator: " ").joined(separator: " ").utf8)
    }
}

extension EssayBuilder {
    /// Takes a plain converted text's title from its first page (`PlainTitle`), out of the units
    /// still to handle; an author's line that closed it becomes a unit of its own, for the byline.
    mutating func takePlainTitle() {
        guard var found = PlainTitle.find(in: pending, bytes: file.bytes, pageMarkers: pageMarkers) else { return }
        let leading = found.opensInUnitBefore ? pending[found.unit - 1] : []
        if found.opensInUnitBefore {
            // The title's first lines, a blank line above the rest: their unit goes with the title.
            pending.remove(at: found.unit - 1)
            found.unit -= 1
        }
        var pieces = leading + Array(pending[found.unit][found.lines])
        guard let last = pieces.indices.last, let first = pieces.first else { return }
        pieces[last] = pieces[last].lowerBound..<max(pieces[last].lowerBound, found.textEnd)
        titlePieces = pieces
        titleKey = pieces.flatMap { PlainTitle.key(file.bytes[$0]) }
        titleRange = file.range(ofBytes: first.lowerBound..<pieces[last].upperBound)
        title = ""
        bylineDecided = !found.closedByByline
        var rest = pending[found.unit]
        // Furniture above the title in its unit (a galley slug, a paper series, a date) goes with it.
        let above = found.coverAbove || rest[..<found.taken.lowerBound].allSatisfy { PlainTitle.closes(LineRules.trim(file.bytes[$0])) }
            ? 0..<found.taken.lowerBound : found.taken.lowerBound..<found.taken.lowerBound
        rest.removeSubrange(above.lowerBound..<found.taken.upperBound)
        if found.closedByByline, found.taken.lowerBound == above.count {
            // Cover lines between the title and the author's line go too.
            while let first = rest.first, PlainTitle.isDraftCoverLine(LineRules.trim(file.bytes[first])) { rest.removeFirst() }
        }
        var replacement: [[Range<Int>]] = []
        if found.closedByByline, found.taken.lowerBound == above.count, rest.count > 1, found.lines.upperBound < pending[found.unit].count {
            // The author's line, alone, is what the byline rule reads.
            replacement = [[rest[0]], Array(rest.dropFirst())]
        } else if !rest.isEmpty {
            replacement = [rest]
        }
        if found.authorAbove, replacement.isEmpty || !found.closedByByline, let line = pending[found.unit - 1].first {
            // The author's line above the title, its glued number left out, is the byline under it.
            let trimmed = LineRules.trim(file.bytes[line])
            let names = trimmed.startIndex..<(trimmed.endIndex - PlainTitle.gluedMarkDigits(trimmed))
            replacement.insert([names], at: 0)
            pending.remove(at: found.unit - 1)
            found.unit -= 1
            bylineDecided = false
        }
        pending.replaceSubrange(found.unit...found.unit, with: replacement)
        dropCoverLines(from: found.unit, titleUnits: replacement.count)
        dropJournalCover(before: found.unit)
    }

    /// Takes out the units before the title that are a journal's cover: an issue's designation
    /// (`VOLUME 138`, `JUNE 2025`) among lines that are furniture or the journal's name. (A
    /// copyright notice alone stays, for the essay's copyright.)
    private mutating func dropJournalCover(before titleUnit: Int) {
        let bytes = file.bytes
        pending.removeSubrange(0..<titleUnit, where: { unit in
            let lines = unit.map { LineRules.trim(bytes[$0]) }
            return lines.contains(where: { PlainTitle.isIssueLine($0) || WorkingPaperCover.isSeriesLine($0) })
                && lines.allSatisfy { PlainTitle.closes($0) || PlainTitle.isTitleLine($0) || WorkingPaperCover.isSeriesLine($0) }
        })
    }

    /// Whether a line opening a page (right after a form feed, or after a page marker line and a
    /// blank line, `PageMarkers.followsMarker`) is the page's running head that prints the title, or
    /// its first words (`Timber Import Certification: Program Overview and Issues` under a title
    /// that goes on `for Congress`): furniture, however few pages print it.
    func isTitleHead(_ line: Range<Int>) -> Bool {
        Self.isTitleHead(line, bytes: file.bytes, titleKey: titleKey)
    }

    /// `isTitleHead` of a line of `bytes`, for a title read as `titleKey`.
    static func isTitleHead(_ line: Range<Int>, bytes: [UInt8], titleKey: [UInt8]) -> Bool {
        guard !titleKey.isEmpty, line.lowerBound > 0, line.count <= 240,
              bytes[line.lowerBound - 1] == 0x0C || PageMarkers.followsMarker(line, in: bytes) else { return false }
        let key = PlainTitle.key(bytes[line])
        return key.count >= 12 && titleKey.starts(with: key)
    }

    /// Takes out the lines after the title that only say where and when the work was published (a
    /// date, an address, `Congressional Research Service`, a report number): those of the title's
    /// unit, and the units after it made of nothing else, up to the first other unit or form feed.
    private mutating func dropCoverLines(from first: Int, titleUnits: Int) {
        let bytes = file.bytes
        func isCover(_ line: Range<Int>) -> Bool {
            let text = LineRules.trim(bytes[line])
            return PlainTitle.isCoverLine(text) || WorkingPaperCover.isSeriesLine(text) || PlainTitle.isSchoolName(text)
        }
        var index = first
        for _ in 0..<titleUnits where index < pending.count {
            // What is left of the title's own unit on the first page (its author's line may stand
            // apart): a text without blank lines is one unit for pages, and a note's line later on
            // may look like a cover's (a date, an address).
            let unit = pending[index]
            let pageEnd = unit.firstIndex { isPageSeparator($0) || LineRules.isPrintedFurniture(bytes[$0]) } ?? unit.endIndex
            pending[index].removeSubrange(unit.startIndex..<pageEnd, where: isCover)
            if pending[index].isEmpty { pending.remove(at: index) } else { index += 1 }
        }
        while index < pending.count, let lead = pending[index].first, !isPageSeparator(lead), pending[index].allSatisfy(isCover) {
            pending.remove(at: index)
        }
    }
}

extension Array {
    /// Removes the elements in `range` that satisfy `drops`, keeping the others in order.
    mutating func removeSubrange(_ range: Range<Int>, where drops: (Element) -> Bool) {
        let kept = self[range].filter { !drops($0) }
        replaceSubrange(range, with: kept)
    }
}
