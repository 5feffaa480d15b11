import LowLevel

/// The fenced divs (`::: {#fn1 .footnote}` … `:::`) open where the scan is, as
/// `pandoc -t markdown` keeps a web page's `<div>`s.
///
/// A div whose id is a note's place opens that note, its text in the units after it. A div the page
/// adds after its notes that names no note (a dialog, share buttons, an empty box) is furniture
/// with all it holds, so it never runs on as the last note's text.
struct FencedDivs {
    /// What a div open at the scan is.
    enum Kind {
        /// A note's own div (`::: {#fn1}`).
        case note
        /// A div of the page's notes or of the text (`::: footnotes`, `::: entry-content`).
        case other
        /// A div the page adds after its notes: what it holds is no text.
        case furniture
    }

    /// The divs open, the innermost last.
    var open: [Kind] = []
    /// How many divs were open when the outermost furniture div opened; nil outside furniture.
    var furnitureFrom: Int?
}

extension EssayBuilder {
    /// Handles a fenced div's line (a unit of its own, see `units(from:)`), and what lies inside
    /// a furniture div; returns whether the unit was taken. A hard line break alone (`\`, Pandoc's
    /// reading of a `<br>` between divs) is taken too.
    mutating func takeFence(_ unit: [Range<Int>]) -> Bool {
        let bytes = file.bytes
        if unit.count == 1, let fence = PandocAttributes.fence(LineRules.trim(bytes[unit[0]])) {
            guard let attributes = fence.attributes else {
                if !fencedDivs.open.isEmpty { fencedDivs.open.removeLast() }
                if let from = fencedDivs.furnitureFrom, fencedDivs.open.count <= from { fencedDivs.furnitureFrom = nil }
                return true
            }
            let block = bytes[attributes]
            let id = bytes[attributes.lowerBound] == UInt8(ascii: "{") ? PandocAttributes.id(in: block) : nil
            if fencedDivs.furnitureFrom == nil, mayHoldWebNotes, let id, webNoteTargets.namesNote(id) {
                openWebNote(WebNoteStart(label: fence.listNumber ?? webNoteTargets.noteLabel(ofID: id), textStart: unit[0].upperBound),
                            at: unit[0].lowerBound)
                fencedDivs.open.append(.note)
            } else if fencedDivs.furnitureFrom == nil, fencedDivs.open.contains(.note) {
                // A div inside a note's (`::: footnote-body`) holds the note's text, whatever its class.
                fencedDivs.open.append(.other)
            } else if fencedDivs.furnitureFrom != nil || (readsWebNotes && !PandocAttributes.namesNotes(block)) {
                if fencedDivs.furnitureFrom == nil { fencedDivs.furnitureFrom = fencedDivs.open.count }
                fencedDivs.open.append(.furniture)
            } else {
                fencedDivs.open.append(.other)
            }
            return true
        }
        if fencedDivs.furnitureFrom != nil { return true }
        return unit.count == 1 && LineRules.trim(bytes[unit[0]]).elementsEqual(CollectionOfOne(UInt8(ascii: "\\")))
    }
}

extension LineRules {
    /// A web page's note opening at `index` of `text` in Pandoc's Markdown: a link back to the
    /// note's marker, or a bracketed span, whose text is the label and whose attributes say it is
    /// a note's (`[\[1\]](#_ftnref1){#_ftn1} text`, `[1](#sdfootnote1anc){#sdfootnote1sym}text`,
    /// `[1]{.footnote-number} text`, `^[1](#fnref1){.footnote-back}^ text`). The label's anchor
    /// needs its attributes: without them it is read as before (`NoteLineRules`).
    ///
    /// A list item opening with an arrow's or caret's link back to its marker (`1. [^](#footnote-1)
    /// text`, a page converted without ids) opens a note where plain links may; a span that is no
    /// link and whose id a mark links to (`[]{#note-7}`, `targets`) opens that note.
    static func pandocNoteStart(_ text: ArraySlice<UInt8>, at start: Int, listNumber: String?, plainLinks: Bool = false,
                                targets: WebNoteTargets = WebNoteTargets()) -> WebNoteStart? {
        var index = start
        let caret = text[index] == UInt8(ascii: "^")
        if caret { index += 1 }
        guard index < text.endIndex, let span = PandocAttributes.bracketed(in: text, at: index, limit: text.endIndex) else { return nil }
        let label = InlineParser.listedNoteLabel(text[span.text])
        guard let attributes = span.attributes else {
            // Without attributes: only a label's link back to its marker, where plain links may open notes.
            guard plainLinks, let target = span.target, text[target].first == UInt8(ascii: "#"),
                  label != nil && HTMLTag.isBackReference(text[target]) || listNumber != nil && InlineParser.isBacklink(text[span.text])
            else { return nil }
            index = span.end
            if caret, index < text.endIndex, text[index] == UInt8(ascii: "^") { index += 1 }
            while index < text.endIndex, Bytes.isSpace(text[index]) { index += 1 }
            return WebNoteStart(label: listNumber ?? label, textStart: index)
        }
        let block = text[attributes]
        let id = PandocAttributes.id(in: block)
        let ownID = id.map { HTMLTag.isNoteID($0) || (span.target == nil && targets.label(of: $0) != nil) } ?? false
        let leadsBack = span.target.map { HTMLTag.isBackReference(text[$0]) } ?? false
        let namedNote = span.target == nil && PandocAttributes.namesNotes(block)
        guard label != nil || (span.text.isEmpty && ownID), ownID || leadsBack || namedNote else { return nil }
        index = span.end
        if caret, index < text.endIndex, text[index] == UInt8(ascii: "^") { index += 1 }
        if label != nil, index < text.endIndex, text[index] == UInt8(ascii: ".") { index += 1 }
        while index < text.endIndex, Bytes.isSpace(text[index]) { index += 1 }
        // A mark's label for the span's id beats the list's count, as in `webNoteStart`.
        let markLabel = span.target == nil ? id.flatMap(targets.label(of:)) : nil
        return WebNoteStart(label: listNumber.map { markLabel ?? $0 } ?? label ?? id.flatMap(targets.noteLabel(ofID:)), textStart: index)
    }

    /// Whether a list item (its text from `text`'s start to the next line opening a numbered
    /// item) holds an arrow linking back to its marker (`[↩](#fnref:1)`), as a page's list of notes does.
    static func itemLinksBack(_ text: ArraySlice<UInt8>) -> Bool {
        var index = text.startIndex
        let stop = min(text.endIndex, text.startIndex + 4000)
        while index + 3 < stop {
            let byte = text[index]
            if byte == 0x0A {
                var next = index + 1
                while next < stop, text[next] == 0x20 { next += 1 }
                // The next item's number ends this one.
                if next < stop, Bytes.isDigit(text[next]), LineRules.footnoteStart(text[next..<stop]) != nil { return false }
            } else if byte == UInt8(ascii: "]"), text[index + 1] == UInt8(ascii: "("), text[index + 2] == UInt8(ascii: "#"),
                      let open = text[max(text.startIndex, index - 24)..<index].lastIndex(of: UInt8(ascii: "[")),
                      InlineParser.isBacklink(text[(open + 1)..<index]),
                      let close = text[(index + 2)..<min(stop, index + 80)].firstIndex(of: UInt8(ascii: ")")),
                      HTMLTag.isBackReference(text[(index + 2)..<close]) {
                return true
            }
            index += 1
        }
        return false
    }
}
