import Foundation
import LowLevel

/// Parses an essay converted from PDF to Markdown, as it is, into an `Essay`.
///
/// The parser reads the file's lines once, groups them into paragraphs, tells body text from page
/// furniture (footnote blocks after `---`, running heads, page numbers, front matter), joins what
/// page breaks cut apart, recognises unmarked block quotations, and then resolves every citation.
public struct EssayParser: Sendable {
    /// Whether one essay's blocks and footnotes are parsed on every core. Loading a folder turns it
    /// off: its essays already keep every core busy, and splitting each one again only costs.
    public var usesEveryCore: Bool

    public init(usesEveryCore: Bool = true) {
        self.usesEveryCore = usesEveryCore
    }

    /// This parser, for one essay among many parsed at once.
    public var oneCoreEach: EssayParser {
        EssayParser(usesEveryCore: false)
    }

    /// Parses `file`; throws only when there is nothing to parse, everything else is a diagnostic.
    public func parse(_ file: SourceFile) throws(EssayError) -> Essay {
        var builder = EssayBuilder(file: file, usesEveryCore: usesEveryCore)
        try builder.scan()
        let essay = builder.finish()
        // In a large file the raw sections and notes go on another thread: freeing them walks every
        // note. Consumed, so that no copy of them is left here to free.
        if usesEveryCore, file.bytes.count >= EssayBuilder.bytesWorthFreeingApart { Discard.later(consume builder) }
        return essay
    }

    /// Reads and parses the essay at `path`.
    public func parse(contentsOf path: String) throws(EssayError) -> Essay {
        try parse(EssayLoader.load(path: path))
    }
}

/// The raw shape of a block while the file is scanned: byte ranges, not yet parsed inline.
struct RawBlock {
    var kind: Block.Kind
    var pieces: [Range<Int>]
    var items: [RawItem] = []
    /// The Pandoc inline notes in the block's text, in order.
    var notes: [InlineNote] = []
}

struct RawItem {
    var label: Range<Int>?
    var pieces: [Range<Int>]
}

struct RawSection {
    var heading: LineRules.Heading?
    var headingLine: Range<Int>?
    var level: Int
    var blocks: [RawBlock] = []
    /// The heading's title: one piece, or more when a conversion broke the heading over lines.
    var titlePieces: [Range<Int>] = []
    /// A note's mark glued to the heading's end (`VERSE 27`: note 7's), read by `findHeadingMarks`.
    var titleNotes: [InlineNote] = []
}

struct RawFootnote {
    var label: String
    var pieces: [Range<Int>]
    var labelRange: Range<Int>
    /// The number a reader sees: the label's (`EssayBuilder.number(ofLabel:)`), or for a Markdown
    /// note named by a word, its place in reading order.
    var number: Int

    init(label: String, pieces: [Range<Int>], labelRange: Range<Int>, number: Int? = nil) {
        self.label = label
        self.pieces = pieces
        self.labelRange = labelRange
        self.number = number ?? EssayBuilder.number(ofLabel: label)
    }
}

/// Scans the lines of one file into raw sections and footnotes, then builds the `Essay`.
struct EssayBuilder {
    /// The file; where its pipe tables are a converter's reading of lines of text, with each row
    /// written as its line of text (`PipeTableRows`).
    private(set) var file: SourceFile
    /// Whether blocks and footnotes are parsed on every core (`EssayParser.usesEveryCore`).
    let usesEveryCore: Bool
    var title: String?
    var titleRange: SourceRange?
    var titlePieces: [Range<Int>] = []
    var author: String?
    var authorNoteLabel: String?
    /// The byline's line when a Markdown note marker closes it, for the marks after markers
    /// (`MarkdownNoteMarks`).
    var bylineMarks: [Range<Int>] = []
    var doi: String?
    var copyright: String?
    var sections: [RawSection] = []
    var footnotes: [RawFootnote] = []
    var diagnostics: [Diagnostic] = []
    /// The title, when front matter gives it with YAML escapes, as text.
    var escapedTitle: String?
    /// What the scan learnt that the inline text needs (`InlineContext`).
    var inlineContext = InlineContext()

    /// Where the scan is: in the body, or in a run of notes that the units after it may go on.
    var region = Region.body
    /// The form the essay's notes take, from the first one found; it names the fix in messages.
    var noteForm: NoteForm?
    var pageBreakSinceLastBlock = false
    var bylineDecided = false
    private var lastLetterHeading: Character?
    /// The last lower-case lettered heading's letter (`h` of `h.`), so that an `i.` after it is a letter.
    private var lastLowerLetter: Character?
    /// The `#` marks of a top-level heading: two under a `# Title` line, one when the title came
    /// from front matter.
    var topHeadingHashes = 2
    /// The units not yet handled, the next one last: rules look ahead at them.
    var pending: [[Range<Int>]] = []
    /// How many units the current footnote block has had since its page break.
    var unitsSinceBreak = 0
    /// Whether the unit handled last was page furniture.
    var previousUnitWasFurniture = false
    /// Whether the unit handled last was a form feed (pdftotext's page break).
    var previousUnitWasFormFeed = false
    /// The running heads the essay prints more than once.
    var repeatedHeads = RepeatedHeads()
    /// The positions in `footnotes` of Pandoc inline notes, in reading order.
    var inlineNotes: [Int] = []
    /// The positions in `footnotes` of Markdown definitions (`[^12]: ...`).
    var markdownDefinitions: [Int] = []
    /// Whether a line opens with `|` in a file whose tables are an author's: only then is a unit
    /// looked at for a table.
    var mayHoldTables = false
    /// Whether the file has form feeds, as pdftotext ends each page with one: only then are a law
    /// review's notes looked for at the pages' feet (`takeLawReviewFootNotes`).
    var hasFormFeeds = false
    /// Whether the scan is in a report's closing matter (`Author Information` up to `Disclaimer`).
    var inClosingMatter = false
    /// Where the body that may mark the next run of a law review's notes starts: after the run
    /// before the last, as notes that do not fit on a page go on at the next one's foot.
    var lawReviewMarksFrom = 0
    /// Whether the notes are a law review's at its pages' feet (`takeLawReviewFootNotes`).
    var readsLawReviewNotes = false
    /// Whether the pages' notes stand in blocks under rules of em dashes in a text with no form
    /// feeds (`RuleLedNotes`): a note opens only inside a block.
    var readsRuleLedBlocks = false
    /// Whether the essay's notes are over: a block under a rule opened note 1 again, a separate
    /// opinion's notes (`RuleLedNotes`).
    var ruleLedNotesClosed = false
    /// Whether the notes are a report's endnotes in plain converted pages, under a title in a line
    /// of its own with note 1 after it (`PlainEndnotes`): each note opens with its number alone or
    /// with its number and text on a line, and running heads between the pages are furniture.
    var readsPlainEndnotes = false
    /// Where the line naming a report's endnotes starts, with note 1 after it (`PlainEndnotes`):
    /// the body before it prints no notes at its pages' feet.
    var plainEndnotesTitle: Int?
    /// Whether the file may hold a web page's notes (`LineRules.mayHoldWebNotes`): only then are
    /// they looked for (`takeWebNotes`).
    var mayHoldWebNotes = false
    /// Whether a web page's notes were read (`takeWebNotes`).
    var readsWebNotes = false
    /// Where the file's note marks lead (`WebNoteTargets`), read when it may hold a web page's notes.
    var webNoteTargets = WebNoteTargets()
    /// Whether a line was a fenced div's (`::: {#fn1}`), as `pandoc -t markdown` keeps a page's
    /// `<div>`s: each such line is a unit of its own (`FencedDivs`).
    var sawFence = false
    /// The fenced divs open where the scan is (`FencedDivs`).
    var fencedDivs = FencedDivs()
    /// Whether a part's label alone on a line of plain text was read as a heading (`takePartLabel`):
    /// from then on numbers are labels too.
    var readsPartLabels = false
    /// The numbers of the parts read so far, for the part headings of plain text (`takePartHeading`).
    var partNumbering = PartNumbering()
    /// Whether a court's name was read as furniture while the file has no title: the case's name
    /// may come next (`takeCaseNameTitle`).
    var awaitsCaseName = false
    /// The offsets of the page separators (form feeds and marker lines) that end the pages of
    /// plain converted text, in order.
    var formFeeds: [Int] = []
    /// The notes of a word processor's pages whose numbers stand alone next to their texts
    /// (`PageFootNumberLines`), and the next of its feet the scan has not reached.
    var numberLineFeet = PageFootNumberLines()
    var nextNumberLineFoot = 0
    /// The lines that mark page ends in place of form feeds (`<<PAGE_BREAK>>`).
    var pageMarkers = PageMarkers()
    /// Whether a repository's footers part the pages (`RepositoryFooters`).
    var repositoryFooters = RepositoryFooters()
    /// The head of the court's opinion being read (`Syllabus`, `Opinion of the Court`), folded.
    var opinionHead: [UInt8] = []
    /// A plain text's title read from its first page, as `PlainTitle.key` (empty otherwise).
    var titleKey: [UInt8] = []
    /// How far a report's summary box has been read (`takeSummaryBox`): 1 after the title printed
    /// again, 2 after the author's name.
    var summaryBoxStep = 0
    /// The facts of the units as grouped, worked out ahead of the scan (`ScanFacts`).
    var scanFacts = ScanFacts()
    /// The heading of the reference list the essay ends with, if any (`ReferenceSection`).
    var referenceHeading: ReferenceSection.Heading?
    /// The reference list's runs of lines, kept from the scan (its entries would read as body text
    /// or notes) and read as entries when the essay is finished (`takeReferenceList`).
    var referenceUnits: [[Range<Int>]] = []
    /// The number the essay's notes start at: 1, or an excerpt's first (`ExcerptNoteNumbering`).
    var firstNoteNumber = 1
    /// The abstract, keywords and codes taken before the first section (`takeFrontPart`).
    var front = FrontPartPieces()
    /// How many private-use small capitals were read as letters (`PrivateUseLetters`).
    var privateUseLetters = 0

    /// Where the scan is, for the units that may continue a note.
    enum Region {
        /// Body text.
        case body
        /// After a page break (`---`): the page's footnotes, until a unit that is none.
        case footnoteBlock
        /// After a `Notes` or `Endnotes` heading: the essay's notes, until a heading or body text.
        case endnotes
        /// After a Markdown definition (`[^1]: ...`): indented paragraphs continue it.
        case definition
        /// After a `Table of Contents` heading: its tables and leader lines are no part of the text.
        case contents
    }

    /// The forms an essay's notes come in.
    enum NoteForm {
        /// Footnote blocks after page breaks, as a PDF conversion makes them: `12. text`.
        case pageBlocks
        /// Markdown definitions: `[^12]: text`.
        case markdown
        /// Pandoc inline notes: `^[text]`.
        case inline
        /// A list of notes under a `Notes` heading, as a web edition has them.
        case endnotes
        /// Notes a conversion quoted at the foot of each page: `> 12 text`.
        case quoted
        /// Notes at the foot of each page of plain converted text (pdftotext, MarkItDown), after the
        /// page's text with no rule between: `12 See ...`, the body marking them with bare numbers
        /// (`safety.12`).
        case pageFeet
    }

    init(file: SourceFile, usesEveryCore: Bool = true) {
        self.file = file
        // Small capitals a PDF's font wrote as private-use characters are read as their letters.
        if let read = PrivateUseLetters.rewritten(file.bytes) {
            self.file = file.replacingBytes(read.bytes, lineOrigins: file.lineOrigins)
            privateUseLetters = read.count
        }
        // Rewrites that keep every line in its place, in this order: invisible characters around
        // a line's number moved to its text's start; template notes no template
        // ran; notes in another syntax (Liquid tags, LaTeX, AsciiDoc, org-mode, reStructuredText)
        // as Markdown's; note numbers an OCR'd scan misread at a page's foot (`lO Id.`, `'15 See`)
        // as their digits, where the page's marks and numbering agree; pages `pdftotext -layout`
        // printed set in as a whole by a repository's margin moved to the edge; notes it printed
        // set in by the page's margin or with a wide gap after the number, then indented
        // with a wide space after it, then with the number alone over the text, as plain text prints them.
        let inPlace: [([UInt8]) -> [UInt8]?] = [
            InvisibleNoteLabels.rewritten, UnrunTemplateNotes.rewritten, NoteSyntaxRewrite.rewritten, ScannedNoteNumbers.rewritten,
            LayoutPageMargin.rewritten, LayoutSetInNoteOpeners.rewritten, LayoutNoteOpeners.rewritten, LayoutNumberAloneNotes.rewritten,
        ]
        for rewrite in inPlace {
            if let bytes = rewrite(self.file.bytes) { self.file = self.file.replacingBytes(bytes) }
        }
        // A Project Gutenberg book's notes (gathered page by page, or in `[Footnote N: ...]` blocks)
        // become Markdown's; pages of `pdftotext -layout` set in columns are read column by
        // column, pages MarkItDown printed each as one line, their notes glued on, as lines, and
        // notes' numbers pdftotext moved to a page's foot's end, or MarkItDown printed as a column
        // apart from their texts, go back above their texts; positions still name the written
        // file's lines.
        let moving: [([UInt8]) -> (bytes: [UInt8], origins: [SourceFile.LineOrigin])?] = [
            GutenbergPageNotes.read, GutenbergFootnoteBlocks.read, LayoutColumns.read, PageLineNotes.read, MovedFootNumbers.read,
            LabelColumnNotes.read,
        ]
        for reader in moving where self.file.lineOrigins.isEmpty {
            if let read = reader(self.file.bytes) { self.file = self.file.replacingBytes(read.bytes, lineOrigins: read.origins) }
        }
        firstNoteNumber = ExcerptNoteNumbering.firstNumber(self.file.bytes) ?? 1
        self.usesEveryCore = usesEveryCore
    }

    /// Groups lines from `firstLine` on into units: runs of non-blank lines; a page break or `#`
    /// line stands alone. Each line is its content range, without its line ending; where pipe
    /// tables are a converter's reading of lines of text, a row is its line of text, and delimiter
    /// rows are no lines (`PipeTableRows`).
    private mutating func units(from firstLine: Int = 0) -> [[Range<Int>]] {
        let bytes = file.bytes
        let lineStarts = file.lineStarts
        var units: [[Range<Int>]] = []
        // Blank lines part most units, so there are at most about half as many units as lines.
        units.reserveCapacity(lineStarts.count / 2 + 1)
        var current: [Range<Int>] = []
        var hasPipeRows = false
        var hasNoteDefinitions = false
        let referenceLine = referenceHeading?.line ?? -1
        var inReferenceList = false
        var referenceRun: [Range<Int>] = []
        var dashRules = 0
        let buffer = bytes.span
        for (index, start) in lineStarts.enumerated() where index >= firstLine {
            var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : buffer.count
            if end > start, end <= buffer.count, buffer[end - 1] == 0x0D { end -= 1 }
            let line = start..<max(start, end)
            // Only the first byte that is not a space can make a line blank, a page break or a
            // heading: the rules see the line only when it may be one.
            var first = line.lowerBound
            while first < line.upperBound, buffer[first] == 0x20 || buffer[first] == 0x09 || buffer[first] == 0x0D { first += 1 }
            if first == line.upperBound {
                if !current.isEmpty { units.append(current); current = [] }
                if !referenceRun.isEmpty { referenceUnits.append(referenceRun); referenceRun = [] }
                continue
            }
            // A line naming the notes with note 1 after it (`Endnotes` / `1`) opens a report's
            // endnotes: the last such line is kept, and ends a reference list.
            var opensEndnotes = false
            if hasFormFeeds, line.upperBound - first <= 24, Self.mayNameNotes(bytes, at: first),
               Self.notesTitleEndsList(line, index: index, lineStarts: lineStarts, in: bytes) {
                plainEndnotesTitle = line.lowerBound
                opensEndnotes = true
            }
            if inReferenceList {
                // The list runs to a Markdown heading or note definition; its lines are kept apart.
                let lead = buffer[first]
                let endsList = (lead == UInt8(ascii: "#") && Self.opensWithHashes(bytes[first..<line.upperBound]))
                    || (lead == UInt8(ascii: "[") && first + 1 < line.upperBound && buffer[first + 1] == UInt8(ascii: "^"))
                    || opensEndnotes
                if !endsList {
                    while first < line.upperBound, buffer[first] == 0x0C || buffer[first] == 0x20 { first += 1 }
                    if first < line.upperBound { referenceRun.append(first..<line.upperBound) }
                    continue
                }
                inReferenceList = false
                if !referenceRun.isEmpty { referenceUnits.append(referenceRun); referenceRun = [] }
            }
            if index == referenceLine {
                if !current.isEmpty { units.append(current); current = [] }
                inReferenceList = true
                continue
            }
            let lead = buffer[first]
            if PageMarkers.mayOpen(lead), takePageMarker(first..<line.upperBound, into: &units, current: &current) { continue }
            if RepositoryFooters.mayOpen(lead), takeRepositoryFooter(first..<line.upperBound, into: &units, current: &current) { continue }
            if lead == UInt8(ascii: "|") { hasPipeRows = true }
            if lead == UInt8(ascii: "["), first + 1 < line.upperBound, buffer[first + 1] == UInt8(ascii: "^") { hasNoteDefinitions = true }
            if lead == 0x0C {
                hasFormFeeds = true
                // A form feed (pdftotext's page break) stands alone; the rest of its line (the next
                // page's running head) is a line of its own.
                if !current.isEmpty { units.append(current); current = [] }
                formFeeds.append(first)
                units.append([first..<(first + 1)])
                var rest = first + 1
                while rest < line.upperBound, buffer[rest] == 0x20 || buffer[rest] == 0x09 || buffer[rest] == 0x0C { rest += 1 }
                // A page that opens with the notes' title (`ENDNOTES`) opens the notes: the title
                // is a unit of its own, a heading, whatever follows it on the next line.
                if rest < line.upperBound, LineRules.isNotesTitle(bytes[rest..<line.upperBound]) {
                    units.append([rest..<line.upperBound])
                } else if rest < line.upperBound { current.append(rest..<line.upperBound) }
                continue
            }
            if lead == UInt8(ascii: ":") || (sawFence && Bytes.isDigit(lead)),
               PandocAttributes.fence(bytes[first..<line.upperBound]) != nil {
                // A fenced div's line is markup: a unit of its own (`takeFence`).
                sawFence = true
                if !current.isEmpty { units.append(current); current = [] }
                units.append([first..<line.upperBound])
                continue
            }
            let mayBreak = lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "_")
                || lead == 0xE2 || lead == UInt8(ascii: ">")
            // A rule of en dashes is the rule over a page's notes in `pdftotext -layout` text, over
            // notes indented like paragraphs; default pdftotext's flush-left notes under it are left
            // to the readers of law reviews' notes, which take them as they stand.
            // The lines after are looked at only for a line that is such a rule, not for every line
            // opening with a curly quote or a dash.
            let isRule = mayBreak && (LineRules.isPageBreak(bytes[line], enDashes: false)
                || (lead == 0xE2 && LineRules.isPageBreak(bytes[line]) && Self.indentedNoteFollows(after: index, lineStarts: lineStarts, in: bytes)))
            if isRule, lead == 0xE2 { dashRules += 1 }
            if isRule || (buffer[line.lowerBound] == UInt8(ascii: "#") && Self.opensWithHashes(bytes[line])) {
                if !current.isEmpty { units.append(current); current = [] }
                units.append([line])
                continue
            }
            // pdftotext glues the rule over a page's notes to the page's last line of text when
            // that line ends with a hyphenated word (`... and un——————`): the rule stands alone, and
            // the lines after it are the notes. Only a line ending with a dash's last byte is looked at.
            if buffer[line.upperBound - 1] == 0x94, let rule = LineRules.gluedRuleStart(bytes[line]) {
                current.append(line.lowerBound..<rule)
                units.append(current)
                current = []
                units.append([rule..<line.upperBound])
                continue
            }
            // Most units are one line: its list is made at its size rather than grown.
            if current.isEmpty { current = [line] } else { current.append(line) }
        }
        if !current.isEmpty { units.append(current) }
        if !referenceRun.isEmpty { referenceUnits.append(referenceRun) }
        readsRuleLedBlocks = dashRules >= Self.ruleLedBlocksFrom && !hasFormFeeds
        // An essay with Markdown notes (`[^1]: ...`) is an author's file: its tables are tables.
        if hasPipeRows, !hasNoteDefinitions, PipeTableRows.areConversionArtefacts(units, in: bytes) {
            // The essay is read, and kept, with its rows as the lines they were.
            var rewritten = bytes
            PipeTableRows.readAsText(&units, in: &rewritten)
            file = SourceFile(path: file.path, bytes: rewritten, droppedPrefix: file.droppedPrefix, loneCarriageReturns: file.loneCarriageReturns,
                              surrogates: file.surrogates, lineOrigins: file.lineOrigins)
        } else {
            mayHoldTables = hasPipeRows
        }
        if !hasFormFeeds, !hasNoteDefinitions {
            let heads = RunningHeadPages.headUnits(units, in: file.bytes)
            if !heads.isEmpty { partPages(atHeads: heads, in: &units) }
        }
        return units
    }

    /// Makes the first line of each unit at `heads` (a running head, `RunningHeadPages`) a page
    /// separator, a unit of its own recorded with the form feeds; the rest of the unit follows it.
    private mutating func partPages(atHeads heads: [Int], in units: inout [[Range<Int>]]) {
        var parted: [[Range<Int>]] = []
        parted.reserveCapacity(units.count + heads.count)
        var next = 0
        for (index, unit) in units.enumerated() {
            guard next < heads.count, heads[next] == index, let head = unit.first else {
                parted.append(unit)
                continue
            }
            next += 1
            var none: [Range<Int>] = []
            takePageSeparator(head.lowerBound..<trimmedEnd(of: head), into: &parted, current: &none)
            if unit.count > 1 { parted.append(Array(unit.dropFirst())) }
        }
        units = parted
    }

    /// Files below this many bytes free what the parse spent on the calling thread, not on another
    /// (`Discard`): freeing on another thread while the next parse runs slowed a small essay's parse
    /// more than the freeing costs (a 40-150 KB essay 3-7% slower; 500 KB-2 MB even; 10 MB 5-9% faster).
    static let bytesWorthFreeingApart = 1 << 20

    /// Files below this many bytes are scanned on one core: finding the reference heading beside
    /// the grouping into units saves less than waking a thread costs.
    static let bytesWorthSplittingTheScan = 1 << 20

    /// Finds the reference list's heading, groups the lines into units (`pending`) and reads what
    /// the inline text needs from the whole file (`InlineContext.note`, `WebNoteTargets`).
    ///
    /// In a large file the grouping, on this thread, and the search for the heading, from the
    /// file's end on another, run at once: the grouping needs the heading, so it goes ahead as if
    /// there were none and starts again, from the builder as it was, when there is one.
    private mutating func groupUnits(from firstLine: Int) {
        guard usesEveryCore, file.bytes.count >= Self.bytesWorthSplittingTheScan else {
            referenceHeading = ReferenceSection.heading(in: file, from: firstLine)
            pending = units(from: firstLine)
            readInlineContext()
            return
        }
        let before = self
        let (grouped, heading) = Parallel.both({ () -> (EssayBuilder, [[Range<Int>]]) in
            var builder = before
            let units = builder.units(from: firstLine)
            return (builder, units)
        }, { ReferenceSection.heading(in: before.file, from: firstLine) })
        if let heading {
            referenceHeading = heading
            pending = units(from: firstLine)
        } else {
            self = grouped.0
            pending = grouped.1
        }
        readInlineContext()
    }

    /// Reads what the inline text needs from the whole file, and where its note marks lead.
    private mutating func readInlineContext() {
        mayHoldWebNotes = inlineContext.note(file.bytes)
        if mayHoldWebNotes { webNoteTargets = WebNoteTargets.read(file.bytes) }
    }

    /// Whether a line opens as a Markdown heading does, its `#` marks followed by a space or
    /// nothing: an address's fragment a conversion set at a line's start (`#iso:std:...`) is text.
    static func opensWithHashes(_ line: ArraySlice<UInt8>) -> Bool {
        let rest = line.drop(while: { $0 == UInt8(ascii: "#") })
        return rest.first.map { $0 == 0x20 || $0 == 0x09 } ?? true
    }

    mutating func scan() throws(EssayError) {
        var firstLine = 0
        if let matter = FrontMatter.read(file) {
            take(matter)
            firstLine = matter.endLine
        }
        groupUnits(from: firstLine)
        // A saved web page's menus, search box and breadcrumbs before its title are no part of it.
        if let start = WebArticleStart.index(in: pending, bytes: file.bytes) {
            pending.removeFirst(start)
        } else if title == nil, let start = MenuWords.articleStart(in: pending, bytes: file.bytes) {
            pending.removeFirst(start)
            takeHeadingTitle()
        }
        repeatedHeads = RepeatedHeads(units: pending, bytes: file.bytes, parallel: usesEveryCore)
        if hasFormFeeds {
            let units = pending
            numberLineFeet = PageFootNumberLines(units: units, bytes: file.bytes, isSeparator: { isPageSeparator($0) }, repeatedHeads: repeatedHeads)
            if numberLineFeet.feet.isEmpty, let feet = NumberAboveNoteFeet.read(units: units, bytes: file.bytes, isSeparator: { isPageSeparator($0) }, heads: repeatedHeads) {
                numberLineFeet = feet
            }
        }
        dropDatabaseCover()
        if title == nil, !takeCaptionTitle() { takePlainTitle() }
        // After the title is taken out of the units: the facts are of the units the scan handles.
        workOutFactsAhead(pending)
        defer { stopWorkingAhead() }
        guard !pending.isEmpty || firstLine > 0 else {
            throw EssayError(file: file.path, position: SourcePosition(line: 1, column: 1),
                             message: "the file is empty", hint: "give legit an essay converted to Markdown")
        }
        // Taken from the back, so each unit moves into what keeps it: a footnote's lines become its
        // pieces without a copy.
        pending.reverse()
        while let unit = pending.popLast() {
            handle(unit)
        }
        if !referenceUnits.isEmpty { takeReferenceList() }
        if readsWebNotes { splitRunInWebNotes() }
        if noteForm == nil || noteForm == .markdown { findInlineNotes() }
        numberMarkdownNotes()
        findPlainMarkers()
        warnOfNotesNoneRead()
        warnOfUnreadLiquidNotes()
        weighHyphens()
        if title == nil {
            diagnostics.append(Diagnostic(.warning, file: file.path, range: file.range(ofBytes: 0..<0),
                                          message: "no title line (`# Title`) found; the file name stands in for the title"))
        }
        if file.loneCarriageReturns > 0 {
            diagnostics.append(Diagnostic(.warning, file: file.path, range: file.range(ofBytes: 0..<0),
                                          message: "\(file.loneCarriageReturns) line\(file.loneCarriageReturns == 1 ? " ends" : "s end") with a carriage "
                                              + "return alone, as classic Mac OS wrote them; read as line ends (save the file with LF line ends to silence this)"))
        }
        warnOfSurrogates()
        if privateUseLetters > 0 {
            diagnostics.append(Diagnostic(.note, file: file.path, range: file.range(ofBytes: 0..<0),
                                          message: "\(privateUseLetters) small capital\(privateUseLetters == 1 ? " is" : "s are") written as private-use characters "
                                              + "(a PDF font's U+F761–U+F77A and kin); read as the letters they stand for"))
        }
    }

    /// Says where the file wrote UTF-16 surrogates as UTF-8 sequences, and how they were read.
    private mutating func warnOfSurrogates() {
        let found = file.surrogates
        guard found != .none else { return }
        if found.pairs > 0 {
            diagnostics.append(Diagnostic(.warning, file: file.path, range: file.range(ofBytes: found.firstPair..<(found.firstPair + 4)),
                                          message: "\(found.pairs) character\(found.pairs == 1 ? " is written as a UTF-16 surrogate pair" : "s are written as UTF-16 surrogate pairs") (CESU-8), "
                                              + "the first here; read as the characters they encode (save the file as UTF-8 to silence this)"))
        }
        if found.lone > 0 {
            diagnostics.append(Diagnostic(.warning, file: file.path, range: file.range(ofBytes: found.firstLone..<(found.firstLone + 3)),
                                          message: "\(found.lone) UTF-16 surrogate\(found.lone == 1 ? " stands" : "s stand") without a partner, "
                                              + "the first here; each is read as U+FFFD, as it encodes no character (fix the text there)"))
        }
    }

    /// Whether one of the 40 lines after line `index`, up to a blank line, opens with a note's number
    /// or mark after a paragraph's indent (`    12 See ...`, `    ∗ Professor ...`).
    static func indentedNoteFollows(after index: Int, lineStarts: [Int], in buffer: [UInt8]) -> Bool {
        for next in (index + 1)..<min(lineStarts.count, index + 41) {
            var byte = lineStarts[next]
            while byte < buffer.count, buffer[byte] == 0x20 { byte += 1 }
            let indent = byte - lineStarts[next]
            guard byte < buffer.count, buffer[byte] != 0x0A, buffer[byte] != 0x0C else { return false }
            if indent >= 2, indent <= 12, Bytes.isDigit(buffer[byte]) || buffer[byte] == 0xE2 || buffer[byte] == UInt8(ascii: "*") { return true }
        }
        return false
    }

    /// Each unit goes to the first rule that takes it; what none takes is body text.
    private mutating func handle(_ unit: consuming [Range<Int>]) {
        var unit = unit
        let afterFurniture = previousUnitWasFurniture
        previousUnitWasFurniture = false
        let afterFormFeed = previousUnitWasFormFeed
        previousUnitWasFormFeed = false
        handling(unit)
        if sawFence, takeFence(unit) { return }
        // A page separator (a form feed, a marker line) is no furniture to drop: it ends the page.
        let isSeparator = isPageSeparator(unit)
        // Before a report's endnotes the pages' feet hold no numbered notes: a list numbered alone
        // (`1` / `Publish ...` / `2`) is the body's.
        var readsPageFeet = true
        if let title = plainEndnotesTitle, let start = unit.first?.lowerBound, start < title { readsPageFeet = false }
        // Where the pages' notes stand under rules, the body opens none (`RuleLedNotes`).
        if readsRuleLedBlocks, region == .body { readsPageFeet = false }
        if !isSeparator {
            if takeNotesTitleLine(unit) || takeHeadingNumberedInTurn(unit) { return }
            if takeEndnoteNumberAlone(&unit) { return }
            // Before a page's number is dropped from the unit's end: the numbers alone there may be notes'.
            if readsPageFeet, takeLeadNotesNumberedLast(&unit) { return }
            if readsPageFeet, takeTextOfNumberAlone(unit) { return }
            if readsPageFeet, takeNumberAloneInBlocks(unit) { return }
            if readsPageFeet { putBackNumberUnderTheBody(&unit) }
            dropFurnitureLines(&unit)
            dropPageEdgeFurniture(&unit, afterSeparator: afterFormFeed)
        }
        guard let firstLine = unit.first else {
            // A unit of furniture lines alone (a galley's file name, its date stamp) leaves the
            // page's edge where it was: the heads after it are still at the page's top.
            previousUnitWasFurniture = afterFurniture
            previousUnitWasFormFeed = afterFormFeed
            return
        }
        let first = file.bytes[firstLine]
        // A web page's menus, links and record of the work before the essay's text are furniture;
        // a contents list under its `Contents` heading is read as the contents below.
        if !bylineDecided, title != nil, sections.isEmpty, unit.count == 1, let names = WebChrome.listedByline(firstLine, in: file.bytes) {
            // A site lists the author under the title as an item, perhaps a link to a profile.
            if takeByline(names) {
                bylineDecided = true
                return
            }
        }
        if sections.isEmpty, !hasFormFeeds, !isSeparator, region != .contents, WebChrome.isChrome(unit, in: file.bytes) { return }
        if title == nil, sections.isEmpty, !isSeparator, let start = LineRules.titleStart(first) {
            // Pandoc's attributes after the title (`{#the-title .page-title}`) are no part of it.
            let text = LineRules.withoutAttributes(file.bytes[start..<firstLine.upperBound])
            titlePieces = [text.startIndex..<max(text.startIndex, text.endIndex)]
            titleRange = file.range(ofBytes: firstLine)
            title = ""
            return
        }
        if title == nil, sections.isEmpty, unit.count == 1, !isSeparator, first.first == UInt8(ascii: "*") || first.first == UInt8(ascii: "_"),
           let strong = LineRules.strongContent(LineRules.trim(first)) {
            // A conversion sets the title as a line in bold at the top.
            titlePieces = [strong.startIndex..<strong.endIndex]
            titleRange = file.range(ofBytes: firstLine)
            title = ""
            return
        }
        if region == .contents {
            if unit.allSatisfy({ LineRules.isContentsLine(file.bytes[$0]) }) || isFurniture(unit) || WebChrome.isListOfLinks(unit, in: file.bytes) { return }
            region = .body
        }
        if Self.isContentsUnit(unit, bytes: file.bytes) { return }
        if takeWebNotes(&unit) { return }
        if isSeparator {
            // A page separator ends a page of plain text: the notes at its foot are over.
            if region == .footnoteBlock { region = .body }
            pageBreakSinceLastBlock = true
            previousUnitWasFormFeed = true
            return
        }
        if takeClosingMatter(unit) { return }
        if readsRuleLedBlocks, takeRuleLedBlockUnit(&unit) { return }
        if readsPageFeet {
            if !numberLineFeet.feet.isEmpty, takeNumberLineFoot(&unit) { return }
            if takeLeadInNoteParagraphs(unit) { return }
            if takeLawReviewFootNotes(&unit) { return }
            if takeDisplacedFirstNote(&unit) { return }
            if takeFirstNoteNumberedAfter(&unit) { return }
            if takePageFootNotes(&unit) { return }
        }
        if hasFormFeeds, Self.isOrnamentInPlainText(unit, in: file.bytes) { return }
        // Looked up once: the rules below leave the unit as it is until one takes it.
        let known = facts(of: unit)
        if unit.count == 1, known?.opensWithPageBreak ?? LineRules.isPageBreak(first) {
            region = .footnoteBlock
            unitsSinceBreak = 0
            pageBreakSinceLastBlock = true
            return
        }
        if let kind = known != nil ? known?.metadata : LineRules.metadataKind(first) {
            splitNotesOffMetadata(&unit)
            let text = plainText(of: unit)
            switch kind {
            case .doi:
                doi = Self.afterLabel(text)
            case .copyright:
                copyright = text
            }
            return
        }
        // The rules below are asked only where the facts worked out ahead (or the file's form
        // feeds) leave them a chance: a call copies the builder, which is large, each time.
        if known?.isFurniture ?? Self.isFurniture(unit[...], bytes: file.bytes, repeatedHeads: repeatedHeads, titleKey: titleKey)
            || ((known?.isOpinionHead ?? Self.isOpinionHead(unit[...], bytes: file.bytes)) && isOpinionHeadAtAPageBreak(unit, afterFurniture: afterFurniture))
            || (hasFormFeeds && (afterFurniture || afterFormFeed) && Self.isLawReviewPageHead(unit, before: pending.last, in: file.bytes)) {
            for line in unit { openOpinion(at: line) }
            if title == nil, isCourtNameUnit(unit) { awaitsCaseName = true }
            previousUnitWasFurniture = true
            // A page ended: the text after it may go on with the text before, and a run of notes
            // at its foot is over, unless the next note follows.
            pageBreakSinceLastBlock = true
            if region == .footnoteBlock, !nextUnitStartsNote() { region = .body }
            return
        }
        if awaitsCaseName, takeCaseNameTitle(unit) { return }
        if (region == .definition || first.first == UInt8(ascii: "[") || first.first == 0x20) && takeDefinitions(&unit) { return }
        if takeNoteBlockUnit(&unit) { return }
        if region == .body, mayReadFrontPart, takeFrontPart(&unit) { return }
        if region == .body, takeSummaryBox(&unit) { return }
        if takeTable(&unit) { return }
        if region == .body, takeFigure(unit) { return }
        if region == .body, takePartLabel(&unit) { return }
        if region == .body, takePartHeading(&unit) { return }
        if unit.count == 1, let heading = LineRules.heading(first, requireCapitals: region == .footnoteBlock), opensItsText(heading, line: firstLine) {
            if region != .footnoteBlock, !bylineDecided, title != nil, sections.isEmpty, heading.hashes == 0, heading.number == nil {
                // A capitalised byline reads like a heading; the first short line after the title is the byline.
            } else {
                region = .body
                bylineDecided = true
                takeHeading(heading, line: firstLine)
                return
            }
        }
        region = .body
        if !bylineDecided, title != nil, sections.isEmpty {
            bylineDecided = true
            if unit.count == 1, takeByline(firstLine) { return }
            if takeWrappedByline(unit) { return }
        }
        bylineDecided = true
        addBodyUnit(unit)
    }

    /// Whether a bare line in capitals with no number (`CONCLUSION`, not `# Conclusion`, `**Notes**`
    /// or `II. THE LAW`) has the text a heading has under it: the next unit opens a paragraph (a
    /// line of 40 characters or more, one ending a sentence, or a unit of several lines, opening
    /// with a capital or a quotation mark), a list (`•`) or a numbered heading, and the line does not end on a joining word (`AND`;
    /// `IN COMPUTING`, opening with one, may still be a heading). MarkItDown prints a note's words
    /// in small capitals as paragraphs of their own (`LAW`, `SOCIETY`, `PATTERNS ONTOLOGY`), over
    /// the next note or another such word: no headings. Other headings are not asked.
    private func opensItsText(_ heading: LineRules.Heading, line: Range<Int>) -> Bool {
        guard heading.hashes == 0, heading.number == nil, LineRules.strongContent(LineRules.trim(file.bytes[line])) == nil else { return true }
        let title = file.bytes[heading.titleRange]
        if let lastWord = title.split(separator: 0x20).last,
           ["AND", "OR", "OF", "ON", "IN", "THE", "FOR", "TO", "AT", "BY", "WITH", "&"].contains(where: { lastWord.elementsEqual($0.utf8) }) { return false }
        guard let nextUnit = pending.last, let next = nextUnit.first else { return true }
        let text = LineRules.trim(file.bytes[next])
        guard let lead = text.first else { return true }
        // A list's bullet (`•`, E2 80 A2) opens a text too.
        if text.starts(with: [0xE2, 0x80, 0xA2]) || lead == UInt8(ascii: "-") { return true }
        if text.count >= 40 || endsSentence(next) || nextUnit.count >= 2, Bytes.isUpper(lead) || lead == UInt8(ascii: "\"") || lead == 0xE2 { return true }
        if let below = LineRules.heading(text), below.number != nil || below.hashes > 0 { return true }
        return false
    }

    /// A part's label alone on a line in a run of plain text (`I`, `A`, `2`), as pdftotext prints a
    /// slip opinion's part headings in reading order with no blank line around them: between a
    /// line that ends a sentence (or another label) and one that opens with a capital. A label at
    /// the unit's head is a section of its own, titled by the label; lines before one are left in
    /// the unit, and the rest goes back to be handled next. Numbers count only after a letter or a
    /// roman numeral was read so (a page's number is no part's label).
    private mutating func takePartLabel(_ unit: inout [Range<Int>]) -> Bool {
        guard unit.count > 1 else { return false }
        let bytes = file.bytes
        for index in unit.indices.dropLast() where unit[index].count <= 6 {
            guard let label = Self.partLabel(unit[index], in: bytes, readsPartLabels: readsPartLabels) else { continue }
            let next = LineRules.trim(bytes[unit[index + 1]])
            guard let lead = next.first, Bytes.isUpper(lead) || (next.count <= 6 && Self.partLabel(unit[index + 1], in: bytes, readsPartLabels: readsPartLabels) != nil) else { continue }
            if index > 0 {
                guard Self.partLabel(unit[index - 1], in: bytes, readsPartLabels: readsPartLabels) != nil || endsSentence(unit[index - 1]) else { continue }
                pending.append(Array(unit[index...]))
                unit.removeSubrange(index...)
                return false
            }
            // After a section with no text yet (`I` over `A`), or text that ends a sentence.
            if let lastLine = sections.last?.blocks.last?.pieces.last, !endsSentence(lastLine) { return false }
            pending.append(Array(unit.dropFirst()))
            region = .body
            bylineDecided = true
            let range = LineRules.trim(bytes[unit[0]])
            startSection(LineRules.Heading(number: label, titleRange: range.startIndex..<range.endIndex, hashes: 0), line: unit[0])
            // The label is the title; the section has no number beside it (`I`, not `I. I`).
            sections[sections.count - 1].heading?.number = nil
            readsPartLabels = true
            return true
        }
        return false
    }

    /// Whether a line ends a sentence, a note's mark printed as plain digits after it (`water.12`)
    /// left aside.
    func endsSentence(_ line: Range<Int>) -> Bool {
        let bytes = file.bytes
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 { end -= 1 }
        var digits = end
        while digits > line.lowerBound, end - digits < 3, Bytes.isDigit(bytes[digits - 1]) { digits -= 1 }
        if digits < end, digits > line.lowerBound, ".?!)]\"'".utf8.contains(bytes[digits - 1]) || bytes[digits - 1] >= 0x80 { end = digits }
        return ending(of: [line.lowerBound..<end]) == .complete
    }

    /// The label a line holds alone: a roman numeral (`IV`), one capital letter, or, once labels
    /// are read, a number up to 20.
    private static func partLabel(_ line: Range<Int>, in bytes: [UInt8], readsPartLabels: Bool) -> String? {
        let text = LineRules.trim(bytes[line])
        guard !text.isEmpty, text.count <= 4 else { return nil }
        if text.allSatisfy({ $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") })
            || (text.count == 1 && Bytes.isUpper(text[text.startIndex])) {
            return String(decoding: text, as: UTF8.self)
        }
        guard readsPartLabels, text.count <= 2, text.allSatisfy(Bytes.isDigit), text.first != UInt8(ascii: "0") else { return nil }
        return String(decoding: text, as: UTF8.self)
    }

    /// Whether a unit is a table of contents (or of figures) with no `Contents` heading of its own
    /// above it: its last line and at least half its lines are entries with a leader and a page
    /// number (`I. Background ........ 7`); the others are a list's title (`Contents`, `Figures`)
    /// or an entry's first lines, wrapped. None of it is the essay's text.
    static func isContentsUnit(_ unit: [Range<Int>], bytes: [UInt8]) -> Bool {
        // A page number ends the last line: most units are passed by at one byte.
        guard let last = unit.last, last.count > 5, Bytes.isDigit(bytes[last.upperBound - 1]) || bytes[last.upperBound - 1] == 0x20,
              isLeaderEntry(last, bytes) else { return false }
        return unit.count(where: { isLeaderEntry($0, bytes) }) * 2 >= unit.count
    }

    /// A contents entry with a leader of dots (`LineRules.isContentsLine`), not a table's row.
    private static func isLeaderEntry(_ line: Range<Int>, _ bytes: [UInt8]) -> Bool {
        let text = LineRules.trim(bytes[line])
        return text.first != UInt8(ascii: "|") && LineRules.isContentsLine(text)
    }

    /// A heading: a section of its own, or, titled `Notes` or `Endnotes`, the start of the notes.
    mutating func takeHeading(_ heading: LineRules.Heading, line: Range<Int>) {
        let title = file.bytes[heading.titleRange]
        if LineRules.isNotesTitle(title) || (mayHoldWebNotes && headsUnnamedNoteList(line)) {
            region = .endnotes
            if hasFormFeeds, footnotes.isEmpty, let next = pending.last?.first, Self.opensFirstNote(LineRules.trim(file.bytes[next])) { readsPlainEndnotes = true }
            return
        }
        if LineRules.isContentsTitle(title) {
            region = .contents
            return
        }
        if Self.continuesLastHeading(heading, after: sections.last, in: file.bytes) {
            sections[sections.count - 1].titlePieces.append(heading.titleRange)
            sections[sections.count - 1].headingLine = (sections[sections.count - 1].headingLine?.lowerBound ?? line.lowerBound)..<line.upperBound
            return
        }
        startSection(heading, line: line)
    }

    /// Takes what front matter says of the essay: title, author, DOI and the author's note.
    private mutating func take(_ matter: FrontMatter) {
        if !matter.title.isEmpty {
            escapedTitle = matter.escapedTitle
            titlePieces = matter.title + matter.subtitle
            titleRange = matter.titleLine.map { file.range(ofBytes: $0) }
            title = ""
            topHeadingHashes = 1
        }
        if let byline = matter.byline {
            author = byline
            bylineDecided = true
        }
        if let doi = matter.doi { self.doi = doi }
        if !matter.abstract.isEmpty { front.abstract.append(matter.abstract) }
        front.keywordItems += matter.keywords
        front.classificationItems += matter.classification
        if let line = matter.authorNoteLine, let first = matter.authorNote.first {
            authorNoteLabel = "*"
            footnotes.append(RawFootnote(label: "*", pieces: matter.authorNote, labelRange: line.lowerBound..<first.lowerBound, number: 0))
        }
    }

    mutating func startSection(_ heading: LineRules.Heading, line: Range<Int>) {
        if sections.count == 1 { takeUnlabelledAbstract(before: heading) }
        var level = 1
        if let number = heading.number {
            let isRoman = number.allSatisfy { "IVXLCDM".contains($0) }
            let isLetter = number.count == 1 && number.first?.isLetter == true
            if isLetter, let previous = lastLetterHeading, let scalar = previous.unicodeScalars.first,
               let next = Unicode.Scalar(scalar.value + 1), String(next) == number {
                level = 2
            } else if isRoman {
                level = 1
            } else if number.allSatisfy({ "ivxlcdm".contains($0) }), !(isLetter && lastLowerLetter.map { Self.follows(number, $0) } == true) {
                // `i.`, `ii.`, `iv.`: the level under lettered parts, unless `i.` comes after `h.`.
                level = 3
            } else if isLetter {
                level = number.first?.isUppercase == true ? 2 : 4
            } else {
                level = 3
            }
            if level == 2 { lastLetterHeading = number.first }
            if level == 1 { lastLetterHeading = nil }
            if level == 4 { lastLowerLetter = number.first }
            partNumbering.read(label: number, level: level)
        } else if heading.hashes > 0 {
            level = max(1, heading.hashes - topHeadingHashes + 1)
        }
        sections.append(RawSection(heading: heading, headingLine: line, level: level, titlePieces: [heading.titleRange]))
        pageBreakSinceLastBlock = false
    }

    /// Whether the one-letter `number` is the letter after `previous`.
    private static func follows(_ number: String, _ previous: Character) -> Bool {
        guard let scalar = previous.unicodeScalars.first, let next = Unicode.Scalar(scalar.value + 1) else { return false }
        return String(next) == number
    }

    /// Whether a heading goes on with the one just before it: a conversion broke one heading over
    /// two lines (`# **B. Agile ... Inherent in**` / `# **Uncertainty by ...**`). The second is
    /// unnumbered, as deep, right after the first, which ends no sentence.
    private static func continuesLastHeading(_ heading: LineRules.Heading, after last: RawSection?, in bytes: [UInt8]) -> Bool {
        guard heading.number == nil, heading.hashes > 0, let last, last.blocks.isEmpty,
              let previous = last.heading, previous.hashes == heading.hashes, let lastPiece = last.titlePieces.last,
              let final = LineRules.trim(bytes[lastPiece]).last(where: { $0 != UInt8(ascii: "*") && $0 != UInt8(ascii: "_") }) else { return false }
        return !".:?!".utf8.contains(final)
    }

    /// Takes a short line after the title as the byline, with its note marker.
    mutating func takeByline(_ line: Range<Int>) -> Bool {
        let bytes = LineRules.trim(file.bytes[line])
        // A byline is at most 120 characters, of at most four bytes each: a longer line is text.
        guard bytes.count <= 480 else { return false }
        if let named = Self.labelledAuthor(bytes) {
            author = named
            return true
        }
        // A Markdown note marker closing the byline is its note (`Jane Roe[^*]`); notes anywhere
        // else make the line a sentence.
        var nameBytes = bytes
        var markdownNote: String?
        if bytes.contains(UInt8(ascii: "^")) {
            // A bold byline closes its emphasis after the marker (`**Jane Roe[^*]**`).
            var end = bytes.endIndex
            if bytes.count > 4, bytes.starts(with: Self.boldMark), bytes[(end - 2)...].elementsEqual(Self.boldMark) { end -= 2 }
            if let open = bytes[..<end].lastRange(of: Self.noteReferenceOpening),
               let close = bytes[open.upperBound..<end].firstIndex(of: UInt8(ascii: "]")), close > open.upperBound,
               close + 1 == end || Self.customMark(in: file.bytes, at: close + 1, before: end)?.end == end {
                // `Jane Roe[^*]`, or a Word draft's `Jane Roe[^1]\*` with the mark Word printed.
                markdownNote = String(decoding: bytes[open.upperBound..<close], as: UTF8.self)
                nameBytes = bytes[(end < bytes.endIndex ? bytes.startIndex + 2 : bytes.startIndex)..<open.lowerBound]
            }
            if nameBytes.contains(UInt8(ascii: "^")) { return false }
        }
        let text = String(decoding: nameBytes, as: UTF8.self)
        guard Self.looksLikeByline(text) else { return false }
        var name = text
        if let markdownNote {
            authorNoteLabel = inlineContext.renamedLabels[markdownNote] ?? markdownNote
            bylineMarks = [line]
        }
        for marker in ["\\*", "*", "†", "‡"] where authorNoteLabel == nil && name.hasSuffix(marker) {
            name.removeLast(marker.count)
            authorNoteLabel = marker == "\\*" ? "*" : marker
            break
        }
        if authorNoteLabel == nil, name.hasSuffix("</sup>"), let open = name.range(of: "<sup>") {
            authorNoteLabel = String(name[open.upperBound..<name.index(name.endIndex, offsetBy: -6)])
            name = String(name[..<open.lowerBound])
        }
        if name.utf8.contains(UInt8(ascii: "*")) { name = name.replacingOccurrences(of: "*", with: "") }
        author = name.trimmingSpaces()
        return true
    }

    private static let noteReferenceOpening = Array("[^".utf8)
    private static let boldMark = Array("**".utf8)

    /// The names a labelled byline gives, `author: Jane Roe`, `By Jane Roe`, as conversions from
    /// DocBook write it (`author:\[Webbink,Mark H.\] author:\[Jaeger,Till\]`, each a surname and
    /// given names turned round).
    static func labelledAuthor(_ bytes: ArraySlice<UInt8>) -> String? {
        var text = String(decoding: bytes, as: UTF8.self)
        if LineRules.startsFolded(bytes, "by "), bytes.count > 3, Bytes.isUpper(bytes[bytes.startIndex + 3]) {
            text = "author:" + text.dropFirst(3)
        }
        guard LineRules.startsFolded(bytes, "author:") || text.hasPrefix("author:") else { return nil }
        var names: [String] = []
        for part in text.components(separatedBy: "author:").dropFirst() {
            var name = part.filter { $0 != "\\" && $0 != "[" && $0 != "]" }.trimmingSpaces()
            if let comma = name.firstIndex(of: ","), name[name.index(after: comma)...].first != " ", !name[name.index(after: comma)...].contains(",") {
                name = name[name.index(after: comma)...].trimmingSpaces() + " " + name[..<comma].trimmingSpaces()
            }
            let words = name.split(separator: " ")
            guard !words.isEmpty, words.count <= 8, !name.contains(where: \.isNumber),
                  words.allSatisfy({ $0.first?.isUppercase == true || isBylineConnector($0) }) else { return nil }
            names.append(name)
        }
        guard !names.isEmpty else { return nil }
        return names.count == 1 ? names[0] : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }

    /// Whether a line reads as a list of names: short, capitalised words, no digits or closing period.
    static func looksLikeByline(_ text: String) -> Bool {
        // ASCII text is measured byte by byte: a character a byte, digits and capitals by their codes.
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        guard text.utf8.count <= 480, (isASCII ? text.utf8.count : text.count) <= 120 else { return false }
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 12, !text.hasSuffix("."),
              isASCII ? !text.utf8.contains(where: Bytes.isDigit) : !text.contains(where: \.isNumber) else { return false }
        return words.allSatisfy { word in
            if isBylineConnector(word) { return true }
            if isASCII { return word.utf8.first.map(Bytes.isUpper) == true }
            return word.first.map { $0.isUppercase } == true
        }
    }

    /// Whether `word` is a lower-case word a list of names may hold: `and`, `&`, `y` or a particle
    /// of a surname (`SurnameParticle`).
    private static func isBylineConnector(_ word: Substring) -> Bool {
        word == "and" || word == "&" || word == "y" || SurnameParticle.isParticle(word)
    }

    mutating func addBodyUnit(_ unit: [Range<Int>]) {
        if sections.isEmpty {
            sections.append(RawSection(heading: nil, headingLine: nil, level: 1))
        }
        let afterBreak = pageBreakSinceLastBlock
        pageBreakSinceLastBlock = false
        let first = file.bytes[unit[0]]
        let lastBlock = sections[sections.count - 1].blocks.last

        // Lines of a list: each bullet opens an item; other lines continue the item before.
        // A nested item after a blank line (`        * text`) goes on with the list before it.
        let nestedStart = lastBlock?.kind == .list ? Self.bulletIndent(first).flatMap { bulletTakenByList(indent: $0) ? Self.bulletTextStart(first) : nil } : nil
        if LineRules.listItemStart(first) != nil || nestedStart != nil {
            var items: [RawItem] = []
            for line in unit {
                if let start = LineRules.listItemStart(file.bytes[line]) ?? (items.isEmpty ? nestedStart : nil) {
                    let content = LineRules.trim(file.bytes[start..<line.upperBound])
                    let label = LineRules.itemLabel(content)
                    let textStart = label?.upperBound ?? content.startIndex
                    items.append(RawItem(label: label, pieces: [textStart..<line.upperBound]))
                } else if !items.isEmpty {
                    items[items.count - 1].pieces.append(line)
                }
            }
            if let lastBlock, lastBlock.kind == .list {
                sections[sections.count - 1].blocks[sections[sections.count - 1].blocks.count - 1].items.append(contentsOf: items)
            } else {
                sections[sections.count - 1].blocks.append(RawBlock(kind: .list, pieces: unit, items: items))
            }
            return
        }

        if unit.allSatisfy({ file.bytes[$0].first == UInt8(ascii: ">") }) {
            let pieces = unit.map { line -> Range<Int> in
                var start = line.lowerBound + 1
                if start < line.upperBound, file.bytes[start] == 0x20 { start += 1 }
                return start..<line.upperBound
            }
            sections[sections.count - 1].blocks.append(RawBlock(kind: .quote, pieces: pieces))
            return
        }

        if let lastBlock, lastBlock.kind != .table {
            // How the last block ends and whether the unit opens in lower case are read only where
            // a rule asks: most paragraphs follow another on the same page and are no quotation.
            let lastPieces = lastBlock.kind == .list ? (lastBlock.items.last?.pieces ?? lastBlock.pieces) : lastBlock.pieces
            // A paragraph a page cut runs to the page's foot; a short line that stops so (a title
            // page's `The Public Contract Law Journal, Fall 2011`) is no paragraph cut short.
            if afterBreak, startsWithLowercase(unit[0]) || (ending(of: lastPieces) != .complete && !isShortLine(lastBlock)) {
                appendToLastBlock(unit)
                return
            }
            if !afterBreak, lastBlock.kind == .paragraph, facts(of: unit)?.isQuotation ?? Self.isQuotation(unit[...], bytes: file.bytes) {
                let lastEnd = ending(of: lastPieces)
                if lastEnd == .leadIn || (lastEnd == .incomplete && startsWithLowercase(unit[0])) {
                    sections[sections.count - 1].blocks.append(RawBlock(kind: .quote, pieces: unit))
                    return
                }
            }
            if lastBlock.kind == .paragraph, continuesDoubleSpacedLine(unit, after: lastPieces) {
                appendToLastBlock(unit)
                return
            }
            if !afterBreak, lastBlock.kind == .paragraph, continuesCutLine(unit, after: lastPieces), !opensDoubleSpacedParagraph(unit, after: lastPieces) {
                appendToLastBlock(unit)
                return
            }
        }
        sections[sections.count - 1].blocks.append(RawBlock(kind: .paragraph, pieces: unit))
    }

    /// An author's pipe table (a header row, a delimiter row under it, rows) in the unit: a table
    /// block of its own; lines before it are body text, lines after it the next unit. (A converter's
    /// tables were read as lines of text before the scan, `PipeTableRows`.)
    private mutating func takeTable(_ unit: inout [Range<Int>]) -> Bool {
        let bytes = file.bytes
        guard mayHoldTables, unit.contains(where: { line in LineRules.trim(bytes[line]).first == UInt8(ascii: "|") }),
              let table = PipeTableRows.tables(in: unit, bytes: bytes).first(where: { table in
                  table.cells.count >= 2 && PipeTableRows.isDelimiterRow(table.cells[1], in: bytes)
              }) else { return false }
        if table.rows.upperBound < unit.count { pending.append(Array(unit[table.rows.upperBound...])) }
        if table.rows.lowerBound > 0 {
            region = .body
            bylineDecided = true
            addBodyUnit(Array(unit[..<table.rows.lowerBound]))
        }
        if sections.isEmpty { sections.append(RawSection(heading: nil, headingLine: nil, level: 1)) }
        region = .body
        bylineDecided = true
        pageBreakSinceLastBlock = false
        let items = table.cells.enumerated().filter { $0.offset != 1 }.map { RawItem(label: nil, pieces: $0.element) }
        sections[sections.count - 1].blocks.append(RawBlock(kind: .table, pieces: Array(unit[table.rows]), items: items))
        return true
    }

    /// Whether a block is one short line (under 60 bytes), as a title page's lines are.
    private func isShortLine(_ block: RawBlock) -> Bool {
        block.kind == .paragraph && block.pieces.count == 1 && block.pieces[0].count < 60
    }

    private mutating func appendToLastBlock(_ unit: [Range<Int>]) {
        let sectionIndex = sections.count - 1
        let blockIndex = sections[sectionIndex].blocks.count - 1
        if sections[sectionIndex].blocks[blockIndex].kind == .list {
            let itemIndex = sections[sectionIndex].blocks[blockIndex].items.count - 1
            if itemIndex >= 0 {
                sections[sectionIndex].blocks[blockIndex].items[itemIndex].pieces.append(contentsOf: unit)
            }
        } else {
            sections[sectionIndex].blocks[blockIndex].pieces.append(contentsOf: unit)
        }
    }

    /// How a block's raw text ends: a whole sentence, a lead-in colon, or cut mid-sentence.
    enum Ending { case complete, leadIn, incomplete }

    func ending(of pieces: [Range<Int>]) -> Ending {
        guard let last = pieces.last else { return .complete }
        var bytes = LineRules.trim(file.bytes[last])
        // Drop trailing footnote markers, emphasis and closing quotes or brackets.
        var changed = true
        while changed, !bytes.isEmpty {
            changed = false
            // `<sup>12</sup>`, or a web page's `<sup id="fnref:12">...</sup>`.
            if Self.endsWithSupClose(bytes),
               let open = bytes.lastRange(of: Self.supTagOpening) {
                bytes = LineRules.trim(bytes[bytes.startIndex..<open.lowerBound])
                changed = true
                continue
            }
            if let last = bytes.last, last == UInt8(ascii: "*") || last == UInt8(ascii: "\"") || last == UInt8(ascii: "'")
                || last == UInt8(ascii: ")") || last == UInt8(ascii: "]") {
                bytes = bytes.dropLast()
                changed = true
                continue
            }
            if bytes.count >= 3, bytes[bytes.endIndex - 3] == 0xE2, bytes[bytes.endIndex - 2] == 0x80,
               bytes[bytes.endIndex - 1] == 0x9D || bytes[bytes.endIndex - 1] == 0x99 {
                bytes = bytes.dropLast(3)
                changed = true
            }
        }
        guard let final = bytes.last else { return .complete }
        switch final {
        case UInt8(ascii: ":"): return .leadIn
        case UInt8(ascii: "."), UInt8(ascii: "?"), UInt8(ascii: "!"): return .complete
        default: return .incomplete
        }
    }

    /// Whether a paragraph reads as a block quotation: it carries exactly one footnote marker, at
    /// its very end, and does not open with a quotation mark.
    static func isQuotation(_ unit: ArraySlice<Range<Int>>, bytes: [UInt8]) -> Bool {
        guard let last = unit.last, let firstLine = unit.first else { return false }
        let tail = LineRules.trim(bytes[last])
        guard endsWithSupClose(tail) else { return false }
        var count = 0
        for line in unit {
            count += bytes[line].occurrences(of: Self.supOpening, upTo: 2 - count)
            guard count <= 1 else { return false }
        }
        guard count == 1 else { return false }
        let head = LineRules.trim(bytes[firstLine])
        if head.first == UInt8(ascii: "\"") { return false }
        if head.count >= 3, head[head.startIndex] == 0xE2, head[head.startIndex + 1] == 0x80, head[head.startIndex + 2] == 0x9C { return false }
        return true
    }

    /// Whether `bytes` end with `</sup>`, byte by byte: comparing with a string's UTF-8 view went
    /// through the generic sequence path, several hundred instructions a unit.
    static func endsWithSupClose(_ bytes: ArraySlice<UInt8>) -> Bool {
        let end = bytes.endIndex
        return bytes.count >= 6 && bytes[end - 6] == UInt8(ascii: "<") && bytes[end - 5] == UInt8(ascii: "/") && bytes[end - 4] == UInt8(ascii: "s")
            && bytes[end - 3] == UInt8(ascii: "u") && bytes[end - 2] == UInt8(ascii: "p") && bytes[end - 1] == UInt8(ascii: ">")
    }

    private static let supOpening = Array("<sup>".utf8)
    private static let supTagOpening = Array("<sup".utf8)

    func startsWithLowercase(_ line: Range<Int>) -> Bool {
        let head = LineRules.trim(file.bytes[line]).prefix(12)
        // Most lines reach an ASCII letter before any other character: no string is needed.
        for byte in head {
            if byte >= 0x80 { break }
            if Bytes.isLetter(byte) { return Bytes.isLower(byte) }
        }
        let text = String(decoding: head, as: UTF8.self)
        guard let letter = text.unicodeScalars.first(where: { $0.properties.isAlphabetic }) else { return false }
        return letter.properties.isLowercase
    }

    private func plainText(of unit: [Range<Int>]) -> String {
        var parser = InlineParser(file: file)
        return parser.parse(pieces: unit).text
    }

    private static func afterLabel(_ text: String) -> String {
        guard let colon = text.firstIndex(of: ":") else { return text }
        let rest = text[text.index(after: colon)...].trimmingSpaces()
        return rest.isEmpty ? text : rest
    }
}

extension StringProtocol {
    func trimmingSpaces() -> String {
        let text = Substring(self)
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        // A slice of the text, copied whole, rather than its scalars encoded again one by one.
        return String(text[scalars.startIndex..<scalars.endIndex])
    }
}

extension ArraySlice where Element == UInt8 {
    func lastRange(of needle: [UInt8]) -> Range<Int>? {
        guard needle.count <= count else { return nil }
        var start = endIndex - needle.count
        while start >= startIndex {
            if self[start..<start + needle.count].elementsEqual(needle) { return start..<start + needle.count }
            start -= 1
        }
        return nil
    }

    /// How many times `needle` occurs in the slice without overlapping, counting no further than `limit`.
    func occurrences(of needle: [UInt8], upTo limit: Int) -> Int {
        guard needle.count <= count, let first = needle.first else { return 0 }
        let buffer = span
        var found = 0
        var index = 0
        search: while found < limit {
            index = ByteScan.firstIndex(in: buffer, from: index, anyMatch: { ByteScan.contains($0, first) }, matches: { $0 == first })
            guard index + needle.count <= buffer.count else { break }
            for offset in 1..<needle.count where buffer[index + offset] != needle[offset] {
                index += 1
                continue search
            }
            found += 1
            index += needle.count
        }
        return found
    }
}

