import LowLevel

/// The case name a court's paper prints in its caption on the first page, the parties over and
/// under a `v.` of its own line, each over its role (`Plaintiffs,`, `Defendant—Appellee.`):
///
///     JANE ROE, et al.,
///         Plaintiffs,
///     v.                                  Civil No. 31-cv-100-XY
///     JOHN DOE, in his official capacity,
///         Defendant.
///
/// read as the title `JANE ROE, et al. v. JOHN DOE`, not the docket line, the court's neutral
/// citation or a clerk's `FILED` stamp a plain first page's title rule would take.
///
/// - The `v.` line is `v.`, `V.`, `vs.` or `versus` alone, or before a column of two spaces or more
///   (the docket printed beside it), within the first page (`lineLimit` lines, a form feed, a page
///   marker).
/// - Each party is one to three lines: over the `v.` line above its role lines, under it past
///   docket lines; a role line, furniture (`PlainTitle.closes`), a blank line above the first
///   party, or a line in lower case ends it.
/// - A party's text ends before `, in his official capacity` (`her`, `their`, `its`) and its
///   closing comma or semicolon.
struct CaseCaption {
    /// The title's pieces: the first party's, the `v.`, the second party's.
    var pieces: [Range<Int>]
    /// The caption's bytes, from the first party's line to the second party's role: out of the body.
    var covered: Range<Int>

    private static let lineLimit = 80

    /// The caption among the file's first `units`, or nil.
    static func find(in units: [[Range<Int>]], bytes: [UInt8], pageMarkers: PageMarkers = PageMarkers()) -> CaseCaption? {
        guard !PlainTitle.firstPageHasMarkup(units, bytes: bytes, pageMarkers: pageMarkers) else { return nil }
        var lines: [(unit: Int, text: Range<Int>)] = []
        scan: for (unitIndex, unit) in units.enumerated() {
            for line in unit {
                let text = LineRules.trim(bytes[line])
                guard lines.count < lineLimit, text.first != 0x0C, !pageMarkers.contains(line) else { break scan }
                lines.append((unitIndex, text.startIndex..<text.endIndex))
            }
        }
        // Cheap first: a line opening with `v` or `V` that is short, or has a column after its word.
        for (index, line) in lines.enumerated() {
            guard let versus = versusWord(bytes[line.text]) else { continue }
            guard let above = firstParty(before: index, lines: lines, bytes: bytes),
                  let below = secondParty(after: index, lines: lines, bytes: bytes),
                  let start = above.first?.lowerBound, let lastPiece = below.last else { continue }
            // The role lines under the second party go with the caption, and the rest of its
            // capacity before them (`as Commissioner of the` / `Harbor Board,` / `Defendant.`).
            var end = lines.firstIndex { $0.text.contains(lastPiece.lowerBound) } ?? index
            if let role = lines.indices.dropFirst(end + 1).prefix(3).first(where: { isRoleLine(bytes[lines[$0].text]) }) { end = role }
            // A second party given a unit of its own (its names and capacities over up to eight
            // lines) goes whole.
            if let opening = below.first, let at = lines.firstIndex(where: { $0.text.contains(opening.lowerBound) }),
               at == 0 || lines[at - 1].unit != lines[at].unit {
                let unitEnd = lines[at...].firstIndex { $0.unit != lines[at].unit } ?? lines.count
                if unitEnd - at <= 8, unitEnd - 1 > end { end = unitEnd - 1 }
            }
            while end + 1 < lines.count, isRoleLine(bytes[lines[end + 1].text]) { end += 1 }
            return CaseCaption(pieces: above + [versus] + below, covered: start..<max(lines[end].text.upperBound, lastPiece.upperBound))
        }
        return nil
    }

    /// The `v.` of a caption's line (`v.`, `V.`, `vs.`, `versus`, alone or before two spaces).
    private static func versusWord(_ text: ArraySlice<UInt8>) -> Range<Int>? {
        guard let first = text.first, first == UInt8(ascii: "v") || first == UInt8(ascii: "V") else { return nil }
        var end = text.startIndex
        while end < text.endIndex, text[end] != 0x20 { end += 1 }
        let word = text[text.startIndex..<end]
        guard ["v.", "V.", "v", "vs.", "VS.", "versus", "VERSUS", "Versus"].contains(where: { word.elementsEqual($0.utf8) }) else { return nil }
        if end < text.endIndex {
            // The docket's column beside it: two spaces or more, then no more of a sentence.
            guard end + 1 < text.endIndex, text[end + 1] == 0x20 else { return nil }
        }
        return word.startIndex..<word.endIndex
    }

    /// The first party's pieces, over the role lines above the `v.` line at `index`.
    private static func firstParty(before index: Int, lines: [(unit: Int, text: Range<Int>)], bytes: [UInt8]) -> [Range<Int>]? {
        var cursor = index - 1
        while cursor >= 0, isRoleLine(bytes[lines[cursor].text]) { cursor -= 1 }
        var party: [Range<Int>] = []
        while cursor >= 0, party.count < 3 {
            let text = bytes[lines[cursor].text]
            // A blank line above the party's first line parts it from the court's name.
            if let taken = party.first, let unit = lines.firstIndex(where: { $0.text == taken }).map({ lines[$0].unit }), lines[cursor].unit != unit { break }
            guard isPartyLine(text) else { break }
            party.insert(lines[cursor].text, at: 0)
            cursor -= 1
        }
        return partyText(party, bytes: bytes)
    }

    /// The second party's pieces, under the `v.` line at `index`, past docket lines.
    private static func secondParty(after index: Int, lines: [(unit: Int, text: Range<Int>)], bytes: [UInt8]) -> [Range<Int>]? {
        var cursor = index + 1
        while cursor < lines.count, PlainTitle.closes(bytes[lines[cursor].text]) || isDocket(bytes[lines[cursor].text]) { cursor += 1 }
        var party: [Range<Int>] = []
        while cursor < lines.count, party.count < 3 {
            let text = bytes[lines[cursor].text]
            guard !isRoleLine(text), isPartyLine(text) else { break }
            party.append(lines[cursor].text)
            if cut(text) != nil || text.last == UInt8(ascii: ".") { break }
            cursor += 1
        }
        guard cursor < lines.count || !party.isEmpty else { return nil }
        return partyText(party, bytes: bytes)
    }

    /// The party's lines cut before its capacity (`, in his official capacity`) and closing marks;
    /// nil when there is none or it reads as no name.
    private static func partyText(_ lines: [Range<Int>], bytes: [UInt8]) -> [Range<Int>]? {
        var pieces: [Range<Int>] = []
        for line in lines {
            if let cut = cut(bytes[line]) {
                pieces.append(line.lowerBound..<cut)
                break
            }
            pieces.append(line)
        }
        guard var last = pieces.popLast() else { return nil }
        while last.count > 1, let end = bytes[last].last, end == UInt8(ascii: ",") || end == UInt8(ascii: ";") || end == 0x20 {
            last = last.lowerBound..<(last.upperBound - 1)
        }
        pieces.append(last)
        let letters = pieces.reduce(0) { $0 + bytes[$1].filter(Bytes.isLetter).count }
        return letters >= 3 && pieces.reduce(0, { $0 + $1.count }) <= 240 ? pieces : nil
    }

    /// Where `, in his official capacity` (or `her`, `their`, `its`) begins in a party's line.
    private static func cut(_ text: ArraySlice<UInt8>) -> Int? {
        guard text.contains(UInt8(ascii: ",")) else { return nil }
        // With a space after it, or at the line's end (`GOVERNOR, in his` / `official capacity`).
        let line = (Array(text) + [0x20])[...]
        let range = LineRules.firstRange(of: ", in his ", in: line) ?? LineRules.firstRange(of: ", in her ", in: line)
            ?? LineRules.firstRange(of: ", in their ", in: line) ?? LineRules.firstRange(of: ", in its ", in: line)
        return range.map { text.startIndex + $0.lowerBound }
    }

    /// A line that may be (part of) a party's name: it opens with a capital or a digit, is no
    /// furniture, and holds no lower-case word of five letters or more before its capacity.
    private static func isPartyLine(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, Bytes.isUpper(first) || Bytes.isDigit(first), text.count <= 120,
              !PlainTitle.closes(text), !isDocket(text) else { return false }
        // A court's name goes on over the parties (`IN THE UNITED STATES COURT OF APPEALS` / `FOR THE
        // NINTH CIRCUIT`).
        if LineRules.startsFolded(text, "for the ") || LineRules.startsFolded(text, "in the ") || LineRules.startsFolded(text, "of the ") {
            return false
        }
        let name = cut(text).map { text[text.startIndex..<$0] } ?? text
        var run = 0
        var wordStart = true
        var lowerWord = false
        for byte in name {
            if byte == 0x20 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") {
                if lowerWord, run >= 5 { return false }
                run = 0
                wordStart = true
                lowerWord = false
                continue
            }
            if wordStart { lowerWord = Bytes.isLower(byte) }
            wordStart = false
            if Bytes.isLetter(byte) { run += 1 }
        }
        return !(lowerWord && run >= 5)
    }

    /// A docket's line: `Civil No. 31-cv-100`, `Case No. 8:31-cv-1`, `Civil Action No. 1:31-cv-2`,
    /// `No. 31-1507`, `Opinion No. 2031 DNH 100`.
    private static func isDocket(_ text: ArraySlice<UInt8>) -> Bool {
        guard text.contains(where: Bytes.isDigit), let no = LineRules.firstRange(of: "No. ", in: text) ?? LineRules.firstRange(of: "No.", in: text) else { return false }
        let before = text[text.startIndex..<no.lowerBound]
        return before.count <= 24 && before.allSatisfy { Bytes.isLetter($0) || $0 == 0x20 }
    }

    /// The words a party's role is printed in, lower-cased.
    private static let roleWords: Set<String> = [
        "plaintiff", "plaintiffs", "defendant", "defendants", "petitioner", "petitioners", "respondent", "respondents",
        "appellant", "appellants", "appellee", "appellees", "intervenor", "intervenors", "movant", "movants", "claimant",
        "claimants", "cross", "counter", "third", "party", "and", "real", "in", "interest",
    ]

    /// A line of a party's role alone: `Plaintiffs,`, `Plaintiff, Appellant,`, `Defendants—Appellees.`
    static func isRoleLine(_ text: ArraySlice<UInt8>) -> Bool {
        guard let first = text.first, Bytes.isLetter(first), text.count <= 60 else { return false }
        let words = String(decoding: text, as: UTF8.self).lowercased()
            .split(whereSeparator: { !$0.isLetter })
        guard let lead = words.first, lead.hasPrefix("plaintiff") || lead.hasPrefix("defendant") || lead.hasPrefix("petitioner")
            || lead.hasPrefix("respondent") || lead.hasPrefix("appell") || lead.hasPrefix("intervenor") || lead.hasPrefix("movant")
            || lead.hasPrefix("claimant") || lead == "cross" || lead == "counter" || lead == "third" else { return false }
        return words.allSatisfy { roleWords.contains(String($0)) }
    }
}

extension EssayBuilder {
    /// Takes a court paper's case name from its caption as the title (`CaseCaption`), and the
    /// caption's lines out of the units.
    mutating func takeCaptionTitle() -> Bool {
        guard let caption = CaseCaption.find(in: pending, bytes: file.bytes, pageMarkers: pageMarkers),
              let first = caption.pieces.first, let last = caption.pieces.last else { return false }
        titlePieces = caption.pieces
        // The caption's lines leave the body: the title prints them.
        let covered = caption.covered
        var index = 0
        while index < pending.count, let first = pending[index].first, first.lowerBound < covered.upperBound {
            pending[index].removeAll { covered.contains($0.lowerBound) }
            if pending[index].isEmpty { pending.remove(at: index) } else { index += 1 }
        }
        titleKey = caption.pieces.flatMap { PlainTitle.key(file.bytes[$0]) }
        titleRange = file.range(ofBytes: first.lowerBound..<last.upperBound)
        title = ""
        bylineDecided = true
        return true
    }
}
