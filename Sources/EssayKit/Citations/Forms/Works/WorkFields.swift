import LowLevel

/// A full citation's fields, read once for every `WorkForm`: the names that lead it (author,
/// title, container), split into lead, title and what follows the title, and the facts the later
/// fields give (reporter, pinpoint, dates, document symbol, resolution, address).
struct WorkFields {
    let text: CitationText
    /// The fields of names, in order.
    let names: ArraySlice<CitationField>
    let facts: Facts
    /// The names before the title: the author or issuing body.
    let lead: ArraySlice<CitationField>
    /// The bodies that issued the work, between its authors and its title (`BUREAU OF JUST. STATS.`).
    let issuer: ArraySlice<CitationField>
    /// The title's fields.
    let titleFields: ArraySlice<CitationField>
    /// The names after the title: a container (journal, site, publisher).
    let after: ArraySlice<CitationField>
    /// Where the title in emphasis is among the names, when one is.
    let titleIndex: Int?
    /// The work's kind a field between the body and the title names (`Briefing Note`,
    /// `Press Release`: `DocumentTypeField`), which is then no part of the title.
    let documentKind: Authority.Kind?

    /// What the fields after the names say.
    struct Facts {
        var volume: String?
        var journal: String?
        var firstPage: String?
        var pinpoint: Pinpoint?
        var year: Int?
        var dateYear: Int?
        /// The year of the first date written with its month (`September 11, 2025`, `May 2024`),
        /// not a bare year a title's field holds (`Appropriations Bill, 2026`).
        var writtenDateYear: Int?
        var documentPrefix: String?
        var documentNumber: String?
        var documentText: String?
        var resolution: (body: String, number: String, text: String)?
        var url: String?
        var shortNames: [String] = []
        var strayFields: [CitationField] = []

        /// A remark says the work is forthcoming (`CitationField.Remark.isForthcoming`).
        var forthcoming = false

        var fixesAWork: Bool {
            volume != nil || documentNumber != nil || resolution != nil || url != nil || year != nil || dateYear != nil || forthcoming
        }

        private var previous: CitationField.Shape?

        /// Whether the pinpoint was taken from the field just before: a bare number after it
        /// continues its list (`920, 926, 947`; `at 1, 2`).
        private var pinpointIsOpen = false
        /// Whether a date field (`Jan./Feb. 2009`) came before: a magazine's `at 28` then gives
        /// the first page, and a number after it the pinpoint (`at 28, 34`).
        private var sawDate = false
        /// Whether the field before ended in the first page of the book the work is in.
        private var containerPage = false
        /// A pinpoint that may be a page count (`pp. 117`), as written.
        private var pageCount: String?
        /// Whether the field before named the book the work is in with no page of its own
        /// (`in BOOK TITLE?, 293 (2006)`): a bare number next is where the work starts in it.
        var containerJustNamed = false

        /// Whether a field names the book the work is in: `in Conference Papers`, `reprinted in ...`.
        static func opensContainer(_ text: CitationText, _ field: CitationField) -> Bool {
            let start = field.core.lowerBound
            return text.has("in ", at: start, end: field.core.upperBound) || text.has("reprinted in ", at: start, end: field.core.upperBound)
        }

        mutating func take(_ field: CitationField, in text: CitationText) {
            let wasOpen = pinpointIsOpen
            let afterContainerPage = containerPage
            let afterContainerName = containerJustNamed
            pinpointIsOpen = false
            containerPage = false
            containerJustNamed = false
            defer { previous = field.shape }
            switch field.shape {
            case .reporter(let volume, let journal, let page):
                if self.volume == nil, self.journal == nil {
                    // A journal whose volume was left out (`U. CHI. L. REV. 1395`) has none.
                    self.volume = volume.isEmpty ? nil : volume
                    self.journal = journal
                    firstPage = page.isEmpty ? nil : page
                }
            case .pinpoint(let pinpoint):
                let isPage = pinpoint.kind == .page || pinpoint.kind == .pages
                // `April 2021, pp. 117, https://...`: one number under the mark of several pages is
                // the length of the whole work, as a catalogue prints it, not a place in it; unless
                // more pages follow it (`pp. 1, 3`), which `finish` tells.
                if pinpoint.kind == .page, self.pinpoint == nil, Self.isPageCount(pinpoint.text) { pageCount = pinpoint.text }
                if isPage, journal?.hasSuffix("¶") == true, self.pinpoint == nil {
                    // `11 Nash & Cibinic Rep. ¶ 17, at 60`, `37 Gov't Contractor ¶ 83, Jan. 15, 1995,
                    // at 8–9`: the page the cited paragraph is on, the pinpoint.
                    self.pinpoint = pinpoint
                    pinpointIsOpen = true
                } else if sawDate, isPage, !pinpoint.isMarked, self.pinpoint == nil {
                    // `Foreign Aff., Jan./Feb. 2009, at 28, 34`: the first page, then the pinpoint.
                    if firstPage == nil { firstPage = String(pinpoint.text.prefix { $0.isNumber }) }
                } else if self.pinpoint == nil {
                    self.pinpoint = pinpoint
                    pinpointIsOpen = true
                }
            case .words where field.trailingPinpoint != nil, .capitals where field.trailingPinpoint != nil:
                // A page after a book the work is in (`reprinted in 7 The Collected Works 301–302`)
                // is where it starts there; a page after that is the pinpoint.
                if Self.opensContainer(text, field) {
                    pinpointIsOpen = false
                    containerPage = true
                } else {
                    self.pinpoint = self.pinpoint ?? field.trailingPinpoint
                }
            case .number(let pinpoint):
                let digits = text.bytes[field.core]
                if previous == .monthDay, let year = DateWords.year(in: digits) {
                    dateYear = dateYear ?? year
                    writtenDateYear = writtenDateYear ?? year
                    sawDate = true
                } else if afterContainerName, self.pinpoint == nil {
                    containerPage = true
                } else if case .reporter = previous {
                    self.pinpoint = self.pinpoint ?? pinpoint
                    pinpointIsOpen = self.pinpoint == pinpoint
                } else if afterContainerPage {
                    self.pinpoint = pinpoint
                    pinpointIsOpen = true
                } else if wasOpen, let open = self.pinpoint {
                    self.pinpoint = Pinpoint(kind: .pages, text: open.text + ", " + pinpoint.text)
                    pinpointIsOpen = true
                } else if digits.count == 4, let year = DateWords.year(in: digits) {
                    dateYear = dateYear ?? year
                } else if self.pinpoint == nil {
                    self.pinpoint = pinpoint
                    pinpointIsOpen = true
                }
            case .monthDay:
                break
            case .date(let year):
                dateYear = dateYear ?? year
                writtenDateYear = writtenDateYear ?? year
                sawDate = true
            case .document(let prefix, let number):
                if documentNumber == nil {
                    documentPrefix = prefix
                    documentNumber = number
                    documentText = text.string(field.core)
                }
            case .resolution(let body, let number):
                if resolution == nil { resolution = (body, number, text.string(field.core)) }
            case .url(let address):
                url = url ?? address
            case .emphasized, .capitals, .words:
                strayFields.append(field)
            }
        }

        /// Whether a page pinpoint is `pp. 117`: the mark of pages and a single number.
        static func isPageCount(_ written: String) -> Bool {
            let bytes = written.utf8
            guard bytes.count > 4, bytes.first == UInt8(ascii: "p"), written.hasPrefix("pp. ") else { return false }
            return bytes.dropFirst(4).allSatisfy(Bytes.isDigit)
        }

        mutating func takeRemarks(of fields: [CitationField]) {
            for field in fields {
                // `8 (May 2, 2009) (https://...)`: an address in brackets is the work's only after its date.
                var dated = false
                for remark in field.remarks {
                    defer { dated = dated || remark.year != nil }
                    if let name = remark.shortName { shortNames.append(name) }
                    if year == nil, let found = remark.year { year = found }
                    if documentNumber == nil, let number = remark.paperNumber { documentNumber = number }
                    if url == nil, dated, let address = remark.url { url = address }
                    if remark.isForthcoming { forthcoming = true }
                    if pinpoint == nil, let page = remark.manuscriptPage { pinpoint = Pinpoint(kind: page.contains("–") || page.contains("-") ? .pages : .page, text: page) }
                }
            }
            year = year ?? dateYear
            // `pp. 117` that no page after it made a list of is the work's length.
            if let count = pageCount, pinpoint?.text == count { pinpoint = nil }
        }
    }

    private static let speechWords: [StaticString] = ["Address", "Remarks", "Speech", "Statement", "Lecture", "Testimony", "Keynote"]

    init(_ text: CitationText, names: ArraySlice<CitationField>, facts: Facts) {
        self.text = text
        self.names = names
        self.facts = facts
        var lead: ArraySlice<CitationField> = []
        var issuer: ArraySlice<CitationField> = []
        var titleFields = names
        var after: ArraySlice<CitationField> = []
        let titleIndex = names.firstIndex { $0.shape == .emphasized }
        if let titleIndex {
            lead = names[..<titleIndex]
            titleFields = names[titleIndex...titleIndex]
            after = names[(titleIndex + 1)...]
        } else if let first = names.first, first.shape == .capitals {
            let second = names.startIndex + 1
            if names.count >= 2, names[second].shape == .capitals {
                lead = names[..<second]
                titleFields = names[second...]
                // `JANE ROE & JOHN DOE, BUREAU OF JUST. STATS., U.S. DEP'T OF JUSTICE, TITLE`: the
                // bodies that issued a report stand between its authors and its title.
                var issued = second
                while issued + 1 < names.endIndex, names[issued].shape == .capitals, Self.namesInstitution(text, names[issued].core) { issued += 1 }
                issuer = names[second..<issued]
                titleFields = names[issued...]
            }
        } else if let issued = RomanBodyName.end(text, names) {
            // `U.S. Dep't of Justice, Civil Rights Division, Title`: a body in roman and its
            // sub-units, together the author, then the title.
            lead = names[..<issued]
            titleFields = names[issued...]
        } else if names.count >= 2, let speech = names.firstIndex(where: { Self.startsWith(text, $0, Self.speechWords) }), speech > 0 {
            lead = names[..<speech]
            titleFields = names[speech...]
        } else if names.count >= 2, let first = names.first, Self.isPersonName(text, first.core) {
            let second = Self.authorListEnd(text, names)
            lead = names[..<second]
            titleFields = names[second...]
        }
        // `Judicial Council, Briefing Note, Records Modernization Plan`: the document's kind, then its title.
        var documentKind: Authority.Kind?
        // `City of Alda, Fact Sheet, Title`: a body no rule above names is the lead all the same.
        if titleIndex == nil, lead.isEmpty, names.count >= 3, DocumentTypeField.kind(text, names[names.startIndex + 1]) != nil {
            lead = names[..<(names.startIndex + 1)]
            titleFields = names[(names.startIndex + 1)...]
        }
        if !lead.isEmpty, titleFields.count >= 2, let first = titleFields.first, let kind = DocumentTypeField.kind(text, first) {
            documentKind = kind
            titleFields = titleFields.dropFirst()
        }
        self.documentKind = documentKind
        self.lead = lead
        self.issuer = issuer
        self.titleFields = titleFields
        self.after = after
        self.titleIndex = titleIndex
    }

    /// Where the authors a list names end, the first field a person's name: past the field that
    /// closes the list with `&` or `and` (`Steve Roe, Aaron Doe & Eric Poe`, `Jane Roe, John Doe,
    /// and Ann Poe`), every field before it a person's name; else past the first field alone, as
    /// a person's position and body may follow the name. A title's own list (`Climate Change,
    /// Racial Justice, and Cost-Benefit Analysis, LPE PROJECT`) is no list of authors: its words
    /// are no one's name (`The`, `Between`, a colon, an abbreviation), or only a container in
    /// capitals would be left after it.
    private static func authorListEnd(_ text: CitationText, _ names: ArraySlice<CitationField>) -> Int {
        let second = names.startIndex + 1
        guard listedName(text, names[names.startIndex].core) else { return second }
        var index = second
        while index + 1 < names.endIndex, names[index].remarks.isEmpty, names[index].shape == .words {
            let core = names[index].core
            var closes = false
            for joint in ["& ", "and "] as [StaticString] where text.has(joint, at: core.lowerBound, end: core.upperBound) {
                let rest = text.skipSpaces(from: core.lowerBound + joint.utf8CodeUnitCount, end: core.upperBound)
                guard listedName(text, withoutEtAl(text, rest..<core.upperBound)) else { return second }
                closes = true
            }
            if !closes, let joint = core.first(where: { text.has(" & ", at: $0, end: core.upperBound) || text.has(" and ", at: $0, end: core.upperBound) }) {
                let width = text.bytes[joint + 1] == UInt8(ascii: "&") ? 3 : 5
                guard listedName(text, core.lowerBound..<joint), listedName(text, withoutEtAl(text, joint + width..<core.upperBound)) else { return second }
                closes = true
            }
            // `Mara Quell, Ivo Tan et al.`: a name closed by `et al.` closes the list with no `&`.
            if !closes {
                let name = withoutEtAl(text, core)
                if name != core, listedName(text, name) { closes = true }
            }
            if closes {
                let rest = names[(index + 1)...]
                // A container in capitals alone after the list: the list was the title's.
                if rest.count == 1, rest.first?.shape == .capitals { return second }
                return index + 1
            }
            guard listedName(text, core) else { return second }
            index += 1
        }
        return second
    }

    /// `Lee Fen et al.` without ` et al.`: the last name of a list that names some of its authors
    /// (`Jane Quell, Sam Ode & Lee Fen et al.`); the range itself when it has no `et al.`.
    static func withoutEtAl(_ text: CitationText, _ range: Range<Int>) -> Range<Int> {
        let words = text.words(in: range)
        guard words.count >= 3 else { return range }
        let et = words[words.count - 2], al = words[words.count - 1]
        guard text.equals(et, "et") || text.equals(et, "ET"),
              text.equals(al, "al.") || text.equals(al, "AL.") || text.equals(al, "al") || text.equals(al, "AL") else { return range }
        return range.lowerBound..<words[words.count - 3].upperBound
    }

    /// Words that open no person's name in a list of authors, capitalised as titles have them.
    private static let titleWords: [StaticString] = ["The", "A", "An", "Between", "Of", "In", "On", "For", "To", "With", "From", "And", "Or", "How", "Why", "What"]

    /// Whether `range` is one person's name in a list of authors: two to four capitalised words
    /// (`Jeffrey E. Singer`, `K.A. Fagerstone`), none a title's small word, none ending in a colon
    /// or holding a dash or possessive, an abbreviation only an initial (`E.`, `K.A.`) or `Jr.`.
    static func listedName(_ text: CitationText, _ range: Range<Int>) -> Bool {
        let words = text.words(in: range)
        guard (2...4).contains(words.count) else { return false }
        for word in words {
            let bytes = text.bytes[word]
            guard let lead = bytes.first, Bytes.isUpper(lead) || lead >= 0xC0, !bytes.contains(where: Bytes.isDigit),
                  bytes.last != UInt8(ascii: ":"), bytes.last != UInt8(ascii: ","), !bytes.contains(0xE2) || isApostropheName(bytes),
                  !titleWords.contains(where: { text.equals(word, $0) }) else { return false }
            if bytes.last == UInt8(ascii: ".") {
                // `E.`, `K.A.`, `H.W.`: letters each followed by a stop; or `Jr.`, `Sr.`.
                let initials = bytes.indices.allSatisfy { index in
                    (index - bytes.startIndex) % 2 == 0 ? Bytes.isUpper(bytes[index]) : bytes[index] == UInt8(ascii: ".")
                }
                guard initials || text.equals(word, "Jr.") || text.equals(word, "Sr.") else { return false }
            }
        }
        return true
    }

    /// Whether a word's multi-byte marks are only a curly apostrophe inside a name (`O’Shaughnessy`),
    /// not a possessive ending (`Court’s`) or a dash.
    private static func isApostropheName(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let mark = bytes.firstIndex(of: 0xE2), mark + 2 < bytes.endIndex, bytes[mark + 1] == 0x80, bytes[mark + 2] == 0x99 else { return false }
        let after = bytes[(mark + 3)...]
        return !after.isEmpty && !(after.count == 1 && after.first == UInt8(ascii: "s")) && !after.contains(0xE2)
    }

    /// Words that say a field in capitals names a body, not a title: `BUREAU OF JUST. STATS.`,
    /// `U.S. DEP'T OF JUSTICE`, `OFF. OF INSPECTOR GEN.`.
    private static let institutionWords: [StaticString] = [
        "BUREAU", "DEP'T", "DEP’T", "DEPARTMENT", "OFFICE", "OFF.", "AGENCY", "ADMIN.", "ADMINISTRATION", "COMM'N", "COMM’N",
        "COMMISSION", "INST.", "INSTITUTE", "CTR.", "CENTER", "COUNCIL", "BD.", "BOARD", "DIV.", "DIVISION", "SERV.", "SERVS.",
        "SERVICE", "MINISTRY", "AUTH.", "AUTHORITY", "COMM.", "COMMITTEE",
    ]

    /// Whether a field in capitals names a body: one of its first three words is an institution's.
    static func namesInstitution(_ text: CitationText, _ core: Range<Int>) -> Bool {
        let words = text.words(in: core).prefix(3)
        return words.contains { word in institutionWords.contains { text.equals(word, $0) } }
    }

    /// The title as written, or what stands in for one: the resolution, document symbol or address.
    var title: String {
        titleSpan ?? facts.resolution?.text ?? facts.documentText ?? facts.url ?? ""
    }

    /// The title's fields as written, with the capitalised remarks its last field goes on with:
    /// `Certificate of Service (DD Form 214/5 Series)`, `... and Review Boards (DRBs)`, and
    /// `Records Modernization Plan (RMP)` before a date (`(RMP) (Feb. 2012)`).
    private var titleSpan: String? {
        guard let first = titleFields.first, let last = titleFields.last else { return nil }
        if let end = last.remarks.last?.end, last.remarks.allSatisfy(\.isCapitalisedPlain) { return text.string(first.core.lowerBound..<end) }
        // Before other remarks, only an acronym in brackets is the title's.
        if let acronym = last.remarks.first, acronym.isCapitalisedPlain, isAcronym(text.trimmed(last.core.upperBound..<acronym.end)) {
            return text.string(first.core.lowerBound..<acronym.end)
        }
        return span(titleFields)
    }

    /// Whether `range` is an acronym in brackets: `(RMP)`, `(NIST-2)`, capitals first.
    private func isAcronym(_ range: Range<Int>) -> Bool {
        let bytes = text.bytes
        guard range.count >= 4, range.count <= 14, bytes[range.lowerBound] == UInt8(ascii: "("), bytes[range.upperBound - 1] == UInt8(ascii: ")"),
              Bytes.isUpper(bytes[range.lowerBound + 1]) else { return false }
        return bytes[(range.lowerBound + 1)..<(range.upperBound - 1)].allSatisfy { Bytes.isUpper($0) || Bytes.isDigit($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "&") }
    }

    var leadText: String? { span(lead) }

    var issuerText: String? { span(issuer) }

    /// Whether the title is written in quotation marks (read as a field in emphasis), as styles
    /// that name the author each time write it: no author is implied by the work before.
    var titleIsQuoted: Bool {
        guard let first = titleFields.first, first.core.lowerBound > 0 else { return false }
        let before = text.bytes[first.core.lowerBound - 1]
        return before == UInt8(ascii: "\"") || before == 0x9C
    }

    var afterText: String? { span(after) }

    var leadIsCapitals: Bool { lead.allSatisfy { $0.shape == .capitals } }

    /// Whether the lead is a body in roman and its sub-units (`RomanBodyName`), one author.
    var leadIsRomanBody: Bool {
        guard lead.count >= 2 else { return false }
        return lead.allSatisfy { $0.shape == .words && RomanBodyName.isBody(text, $0.core) }
    }

    /// Whether the title opens with one of `words` (`Letter`, `Address`).
    func titleStarts(with words: [StaticString]) -> Bool {
        guard let first = titleFields.first else { return false }
        return Self.startsWith(text, first, words)
    }

    /// The text from the first field's core to the last one's, as written.
    func span(_ fields: ArraySlice<CitationField>) -> String? {
        guard let first = fields.first, let last = fields.last else { return nil }
        // A last field of remarks alone (`Title, (forthcoming)`) adds no words and leaves no comma.
        guard last.core.isEmpty, fields.count > 1 else { return text.string(first.core.lowerBound..<last.core.upperBound) }
        return text.string(text.trimmingTrailing(text.trimmed(first.core.lowerBound..<last.core.upperBound), [UInt8(ascii: ",")]))
    }

    static func startsWith(_ text: CitationText, _ field: CitationField, _ words: [StaticString]) -> Bool {
        words.contains { word in
            let end = field.core.lowerBound + word.utf8CodeUnitCount
            return text.has(word, at: field.core.lowerBound, end: field.core.upperBound) && text.isWordEnd(end, end: field.core.upperBound)
        }
    }

    /// `Thomas M. Franck`, `George H.W. Bush`, `Anne-Marie Slaughter`: two to five capitalised words.
    static func isPersonName(_ text: CitationText, _ range: Range<Int>) -> Bool {
        let words = text.words(in: range)
        // `Lauren Roe et al.`, `JAN ROE ET AL.`: the first author, named in full, for several.
        if words.count >= 4, text.equals(words[words.count - 2], "et") || text.equals(words[words.count - 2], "ET"),
           text.equals(words[words.count - 1], "al.") || text.equals(words[words.count - 1], "AL.") {
            return isPersonName(text, range.lowerBound..<words[words.count - 3].upperBound)
        }
        // `Jane Roe and Sam Poe`, `Jane Roe & Sam Poe`: two people, each named in full.
        if let and = words.firstIndex(where: { text.equals($0, "and") || text.equals($0, "&") }), and > 0, and + 1 < words.count {
            return isPersonName(text, range.lowerBound..<words[and - 1].upperBound)
                && isPersonName(text, words[and + 1].lowerBound..<range.upperBound)
        }
        guard (2...5).contains(words.count) else { return false }
        return words.indices.allSatisfy { index in
            let word = words[index]
            let lead = text.bytes[word.lowerBound]
            // `Barbara van Schewick`: a particle inside the name, never first or last.
            if index > 0, index < words.count - 1, SurnameParticle.isParticle(text, word) { return true }
            return (Bytes.isUpper(lead) || lead >= 0xC0) && !text.bytes[word].contains(where: Bytes.isDigit)
        }
    }
}
