import LowLevel

/// Where a web page's note starts, as a converter or blog engine leaves its HTML in Markdown.
struct WebNoteStart {
    /// The note's label, when the start gives one: the list item's number, the label of the
    /// anchor leading back to the marker, or the number its `id` ends with.
    var label: String?
    /// Where the note's text starts (it may be on a later line of the unit, or past its end).
    var textStart: Int
}

extension LineRules {
    /// The start of a web page's note at the head of `text` (a line and the rest of its unit, as
    /// tags run over lines): HTML that names the note's own place, with or without a list item's
    /// number before it. One rule reads every convention:
    ///
    /// - an element whose `id` (or `name`) is a note's (`HTMLTag.isNoteID`): pandoc's reading of
    ///   kramdown's and its own notes (`1.  <div id="fn:1">`), a list item or paragraph left as
    ///   HTML (`<li id="fn1">`, `<p id="fn:1">`), an empty anchor (`<a id="fn1"></a>`);
    /// - an anchor leading back to the marker (`HTTMLTag.isBackReference`) whose text is the label
    ///   or an arrow: Word's `<a href="#_ftnref1" name="_ftn1">[1]</a>`, a blog's
    ///   `<a href="#footnote-anchor-1" id="footnote-1">1</a>`.
    ///
    /// The tags that wrap the note's text (`<li>`, `<p>`, `<div>`, `<span>`, `<sup>`) are passed.
    /// An anchor leading to a note (a marker) makes the line no note's start.
    ///
    /// With `plainLinks` (a file converted without ids, outside a run of notes read otherwise), a
    /// label's link back to its marker opens a note without attributes (`[1](#sdfootnote1anc)text`),
    /// and so does a list item holding an arrow back to its marker (`1. text [↩](#fnref:1)`).
    /// An element that is no link and whose id a mark links to (`targets`) is a note's place too,
    /// labelled as its mark is.
    static func webNoteStart(_ text: ArraySlice<UInt8>, plainLinks: Bool = false, targets: WebNoteTargets = WebNoteTargets()) -> WebNoteStart? {
        var index = text.startIndex
        while index < text.endIndex, text[index] == 0x20 || text[index] == 0x09, index - text.startIndex < 8 { index += 1 }
        guard index < text.endIndex else { return nil }
        var listNumber: String?
        if Bytes.isDigit(text[index]) {
            let digits = text[index...].prefix(while: Bytes.isDigit)
            guard digits.count <= 5, digits.first != UInt8(ascii: "0"), digits.endIndex + 1 < text.endIndex,
                  text[digits.endIndex] == UInt8(ascii: ".") || text[digits.endIndex] == UInt8(ascii: ")"),
                  text[digits.endIndex + 1] == 0x20 else { return nil }
            listNumber = String(decoding: digits, as: UTF8.self)
            index = digits.endIndex + 1
            while index < text.endIndex, text[index] == 0x20 { index += 1 }
        }
        guard index < text.endIndex else { return nil }
        if text[index] == UInt8(ascii: "[") || text[index] == UInt8(ascii: "^"),
           let start = pandocNoteStart(text, at: index, listNumber: listNumber, plainLinks: plainLinks, targets: targets) {
            return start
        }
        guard text[index] == UInt8(ascii: "<") else {
            if plainLinks, let listNumber, itemLinksBack(text[index...]) { return WebNoteStart(label: listNumber, textStart: index) }
            return nil
        }
        var isNote = false
        var anchorLabel: String?
        var idLabel: String?
        // The label of a mark that links to the element's id: it beats the list's count, which
        // runs behind once an item holds two notes (`36. <span id="n36">… 37. Text</span>`).
        var markLabel: String?
        var tags = 0
        while index < text.endIndex, tags < 10 {
            if isNote, anchorLabel == nil, text[index] == UInt8(ascii: "["),
               let link = PandocAttributes.bracketed(in: text, at: index, limit: text.endIndex), let target = link.target,
               HTMLTag.isBackReference(text[target]), let label = InlineParser.listedNoteLabel(text[link.text]) {
                // The label's Markdown link back to its marker inside the note's element
                // (`<span id="ftnt1">[[1]](#ftnt_ref1)</span>text`): no marker of the note's own.
                anchorLabel = label
                tags += 1
                index = link.end
                continue
            }
            guard text[index] == UInt8(ascii: "<"), let tag = HTMLTag.read(text, at: index, limit: text.endIndex) else { break }
            let tagStart = index
            tags += 1
            if !tag.isClosing, tag.isNamed("a") {
                let target = tag.value(of: "href", in: text)
                let id = tag.value(of: "id", in: text) ?? tag.value(of: "name", in: text)
                // An anchor that is no link may be the place a mark leads to (`<a id="note-7"></a>`).
                let ownID = id.map { HTMLTag.isNoteID($0) || (target == nil && targets.label(of: $0) != nil) } ?? false
                let back = target.map(HTMLTag.isBackReference) ?? false
                // `90. <a href="#fnref:6">↩</a>`: a wrapped pinpoint before note 6's link back, no note 90.
                if back, !ownID, !isNote, let listNumber, let target, let digits = Self.trailingDigits(target),
                   !digits.elementsEqual(listNumber.utf8) {
                    return nil
                }
                guard ownID || back else {
                    // A link onward (a marker, a source): the note's text, or no note at all.
                    if isNote { break }
                    return nil
                }
                guard let close = firstFoldedRange(of: "</a>", in: text[tag.end..<min(text.endIndex, tag.end + 400)]) else { break }
                let shown = text[tag.end..<close.lowerBound]
                if let label = InlineParser.listedNoteLabel(shown) {
                    anchorLabel = anchorLabel ?? label
                } else if back, !ownID, !isNote, listNumber == nil {
                    // An arrow back to the marker, alone: the end of a note, not its start.
                    return nil
                } else if !InlineParser.isBacklink(HTMLEntity.decoded(shown)), !shown.allSatisfy(Bytes.isSpace) {
                    // An anchor around the note's first words: the text starts inside it.
                    isNote = true
                    if ownID, let id { idLabel = idLabel ?? targets.noteLabel(ofID: id); markLabel = markLabel ?? (target == nil ? targets.label(of: id) : nil) }
                    index = tag.end
                    break
                }
                isNote = true
                if ownID, let id { idLabel = idLabel ?? targets.noteLabel(ofID: id); markLabel = markLabel ?? (target == nil ? targets.label(of: id) : nil) }
                index = close.upperBound
            } else if !tag.isClosing, let id = tag.value(of: "id", in: text), targets.namesNote(id) {
                isNote = true
                idLabel = idLabel ?? targets.noteLabel(ofID: id)
                markLabel = markLabel ?? targets.label(of: id)
                index = tag.end
            } else if wrappingTags.contains(tag.name) {
                index = tag.end
                // `<div id="fn1"><span class="footnote-number">1</span> text`: the label, printed.
                if isNote, anchorLabel == nil, let printed = printedLabel(text, at: tagStart, limit: text.endIndex) {
                    anchorLabel = printed.label
                    index = printed.end
                }
            } else {
                break
            }
            while index < text.endIndex, Bytes.isSpace(text[index]) { index += 1 }
        }
        guard isNote else { return nil }
        // `<a href="#fnref1">1</a>. Text`: the label's period.
        if anchorLabel != nil, index < text.endIndex, text[index] == UInt8(ascii: ".") {
            index += 1
            while index < text.endIndex, Bytes.isSpace(text[index]) { index += 1 }
        }
        return WebNoteStart(label: listNumber.map { markLabel ?? $0 } ?? anchorLabel ?? idLabel, textStart: index)
    }

    /// The digits a link's target ends with (`#fnref:6` -> `6`), if any.
    private static func trailingDigits(_ target: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        let digits = target.reversed().prefix(while: Bytes.isDigit).count
        return digits == 0 ? nil : target.suffix(digits)
    }

    /// A note's number printed in an element of its own at `index` (`<span class="footnote-number">1</span>`,
    /// `<sup>1</sup>`, `<strong>1.</strong>`): the label and where the text after it starts.
    static func printedLabel(_ text: ArraySlice<UInt8>, at index: Int, limit: Int) -> (label: String, end: Int)? {
        guard let open = HTMLTag.read(text, at: index, limit: limit), !open.isClosing, labelTags.contains(open.name) else { return nil }
        var cursor = open.end
        let digitsStart = cursor
        while cursor < limit, cursor - digitsStart < 4, Bytes.isDigit(text[cursor]) { cursor += 1 }
        guard cursor > digitsStart, text[digitsStart] != UInt8(ascii: "0") else { return nil }
        let label = String(decoding: text[digitsStart..<cursor], as: UTF8.self)
        if cursor < limit, text[cursor] == UInt8(ascii: ".") { cursor += 1 }
        guard let close = HTMLTag.read(text, at: cursor, limit: limit), close.isClosing, close.name == open.name else { return nil }
        cursor = close.end
        while cursor < limit, Bytes.isSpace(text[cursor]) { cursor += 1 }
        return (label, cursor)
    }

    /// Tags a page prints a note's number in.
    private static let labelTags: Set<UInt64> = Set(["span", "sup", "strong", "b", "small"]
        .compactMap { Bytes.packedLowercase(Array($0.utf8)) })

    /// Tags that wrap a note's text on a web page, passed on the way to it.
    private static let wrappingTags: Set<UInt64> = Set(["li", "p", "div", "span", "sup", "a", "section", "aside", "br", "small", "font"]
        .compactMap { Bytes.packedLowercase(Array($0.utf8)) })

    /// Tags that build a web page's blocks and carry no text of their own: a line (or unit) of
    /// nothing else is markup a reader never sees.
    static let blockTags: Set<UInt64> = Set(["div", "section", "ol", "ul", "li", "p", "hr", "aside", "article", "nav", "footer",
                                             "header", "main", "br", "span", "sup", "a"]
        .compactMap { Bytes.packedLowercase(Array($0.utf8)) })

    /// Whether `text` holds only tags that build a page's blocks (`<div class="footnotes">`,
    /// `</div>`, `<hr />`, `<ol>`), none naming a note's place, with only spaces between.
    static func isBlockMarkup(_ text: ArraySlice<UInt8>, targets: WebNoteTargets = WebNoteTargets()) -> Bool {
        var index = text.startIndex
        while index < text.endIndex, Bytes.isSpace(text[index]) { index += 1 }
        guard index < text.endIndex else { return false }
        var tags = 0
        while index < text.endIndex {
            guard text[index] == UInt8(ascii: "<"), let tag = HTMLTag.read(text, at: index, limit: text.endIndex),
                  blockTags.contains(tag.name) else { return false }
            if !tag.isClosing {
                // A note's place, or an anchor that leads somewhere, is more than markup.
                if let id = tag.value(of: "id", in: text) ?? tag.value(of: "name", in: text), targets.namesNote(id) { return false }
                if tag.value(of: "href", in: text) != nil { return false }
            }
            tags += 1
            index = tag.end
            while index < text.endIndex, Bytes.isSpace(text[index]) { index += 1 }
        }
        return tags > 0
    }

    /// Whether the `=` at `index` of `bytes` closes an `id=`, `name=` or `href=` before a quote,
    /// `#` or letter: the file may then hold a web page's notes, and the scan looks for them.
    static func opensWebNoteAttribute(_ bytes: [UInt8], equalsAt index: Int) -> Bool {
        guard index >= 3, index + 1 < bytes.count else { return false }
        let after = bytes[index + 1]
        guard after == UInt8(ascii: "\"") || after == UInt8(ascii: "'") || after == UInt8(ascii: "#") || Bytes.isLetter(after) else { return false }
        let before = bytes[(index - 3)..<index]
        return startsFolded(before.suffix(2), "id") || (index >= 4 && startsFolded(bytes[(index - 4)..<index], "name"))
            || (index >= 4 && startsFolded(bytes[(index - 4)..<index], "href"))
    }
}

extension EssayBuilder {
    /// A web page's notes (`LineRules.webNoteStart`), wherever the scan is: a unit opening with a
    /// note's start opens the notes, its later lines go on with it or start the next; indented
    /// units after go on with the last note (as a Markdown list item's paragraphs do), and a note
    /// whose label stood alone gets the unit after it as its text. A unit of block markup only
    /// (`<div class="footnotes">`, `</div>`, `<hr />`) is dropped. Lines of a unit before a note's
    /// start go back to be handled as what they are.
    mutating func takeWebNotes(_ unit: inout [Range<Int>]) -> Bool {
        guard mayHoldWebNotes else { return false }
        let bytes = file.bytes
        let unitEnd = unit[unit.count - 1].upperBound
        let firstLead = LineRules.trim(bytes[unit[0]]).first
        if firstLead == UInt8(ascii: "<"), LineRules.isBlockMarkup(bytes[unit[0].lowerBound..<unitEnd], targets: webNoteTargets) { return true }
        if !webNoteTargets.isEmpty, LineRules.isNotesToggle(LineRules.trim(bytes[unit[0].lowerBound..<unitEnd])) { return true }
        let plainLinks = usesPlainWebLinks
        for (index, line) in unit.enumerated() {
            guard let lead = LineRules.trim(bytes[line]).first, opensWebNoteLine(lead),
                  let start = LineRules.webNoteStart(bytes[line.lowerBound..<unitEnd], plainLinks: plainLinks, targets: webNoteTargets) else { continue }
            if index > 0 {
                // Block markup before the note (`<section class="footnotes">`, `<ol>`) goes with it.
                guard LineRules.isBlockMarkup(bytes[unit[0].lowerBound..<unit[index - 1].upperBound], targets: webNoteTargets) else {
                    pending.append(Array(unit[index...]))
                    unit.removeSubrange(index...)
                    return false
                }
                unit.removeSubrange(..<index)
            }
            addWebNotes(unit, start: start)
            return true
        }
        // The text of a note whose label stood alone (`<a id="footnote-1" ...>1</a>`).
        if region == .endnotes, readsWebNotes, !footnotes.isEmpty, footnotes[footnotes.count - 1].pieces.isEmpty {
            // Its number printed again before the text (`<span class="footnote-number">1</span> text`) is no text.
            let lineStart = LineRules.trim(bytes[unit[0]]).startIndex
            if bytes[lineStart] == UInt8(ascii: "<"),
               let printed = LineRules.printedLabel(bytes[lineStart..<unitEnd], at: lineStart, limit: unitEnd),
               printed.label == footnotes[footnotes.count - 1].label {
                unit = unit.compactMap { line in
                    line.upperBound <= printed.end ? nil : max(line.lowerBound, printed.end)..<line.upperBound
                }
                if unit.isEmpty { return true }
            }
            footnotes[footnotes.count - 1].pieces = unit
            return true
        }
        return false
    }

    /// Whether a line opening with `lead` may open a web note: a tag, a list item's number, and in
    /// a file with Pandoc's attributes a link or span (`LineRules.pandocNoteStart`).
    private func opensWebNoteLine(_ lead: UInt8) -> Bool {
        lead == UInt8(ascii: "<") || Bytes.isDigit(lead)
            || ((inlineContext.readsPandocAttributes || usesPlainWebLinks) && (lead == UInt8(ascii: "[") || lead == UInt8(ascii: "^")))
    }

    /// Whether a label's plain link back to its marker opens a note here (`webNoteStart`): in a
    /// file with links to fragments, in the body or among notes read as a web page's; a run of
    /// notes another rule reads (after a rule, under a `Notes` heading) is left to it.
    private var usesPlainWebLinks: Bool {
        inlineContext.linksToFragments && (region == .body || readsWebNotes)
    }

    /// Adds the web notes of a unit opening with `start`.
    private mutating func addWebNotes(_ unit: [Range<Int>], start: WebNoteStart) {
        let plainLinks = usesPlainWebLinks
        let bytes = file.bytes
        let unitEnd = unit[unit.count - 1].upperBound
        openWebNote(start, at: unit[0].lowerBound)
        var textStart = start.textStart
        for line in unit {
            if line.upperBound <= textStart { continue }
            if line.lowerBound >= textStart, let lead = LineRules.trim(bytes[line]).first, opensWebNoteLine(lead),
               let next = LineRules.webNoteStart(bytes[line.lowerBound..<unitEnd], plainLinks: plainLinks, targets: webNoteTargets) {
                openWebNote(next, at: line.lowerBound)
                textStart = next.textStart
                if line.upperBound <= textStart { continue }
            }
            let piece = max(line.lowerBound, textStart)..<line.upperBound
            if !LineRules.isBlank(bytes[piece]) { footnotes[footnotes.count - 1].pieces.append(piece) }
        }
    }

    /// Starts a web note, or goes on with the last one when it is empty and has the same label
    /// (Word's `<div id="ftn1">` and then `<a href="#_ftnref1" name="_ftn1">[1]</a> text`).
    mutating func openWebNote(_ start: WebNoteStart, at lineStart: Int) {
        region = .endnotes
        readsWebNotes = true
        if noteForm == nil { noteForm = .endnotes }
        var label = start.label ?? String(lastNoteNumber + 1)
        if label == "*" {
            // The byline's notes (`fn00`, `fn0`) in turn: `*`, `†`, `‡`.
            let authorLabels = ["*", "\u{2020}", "\u{2021}"]
            label = authorLabels.first { wanted in !footnotes.contains { $0.label == wanted } } ?? label
            if authorNoteLabel == nil { authorNoteLabel = label }
        }
        if !footnotes.isEmpty, footnotes[footnotes.count - 1].pieces.isEmpty, footnotes[footnotes.count - 1].label == label { return }
        _ = partsSharedAuthorNote(before: label)
        footnotes.append(RawFootnote(label: label, pieces: [], labelRange: lineStart..<max(lineStart, min(start.textStart, file.bytes.count))))
    }
}
