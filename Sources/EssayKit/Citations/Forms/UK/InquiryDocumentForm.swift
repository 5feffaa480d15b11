import LowLevel

/// Evidence to a public inquiry cited as inquiry reports cite it: the place first, then the witness
/// and the file the inquiry published (`p10, lines 2-11, Ann Roe, [Transcript-of-Morning-Hearing-9-
/// January-2012.pdf](https://...)`, `p13, para 5.1, [Witness-Statement-of-Ann-Roe.pdf](https://...)`),
/// or the place, perhaps the witness, and *ibid* (`pp54-55, lines 12-7, Ann Roe, ibid`, `para 664,
/// ibid`).
///
/// The work is the file: a transcript or statement of the witness named (its author), titled by the
/// file's name; the place (`p10, lines 2-11`) is the pinpoint. An *ibid* takes the place as its
/// pinpoint. The place opens with `p`, `pp` or `para` and a number, as no title does.
enum InquiryDocumentForm: CitationForm {
    /// The first test of `read`: every place opens with `p` or `P` (`p10`, `pp54-55`, `Para 6`).
    static func mayOpen(with byte: UInt8) -> Bool { byte | 0x20 == UInt8(ascii: "p") }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        guard citation.count >= 8, mayOpen(with: text.bytes[citation.lowerBound]),
              let place = place(text, at: citation.lowerBound, end: citation.upperBound) else { return nil }
        let end = citation.upperBound
        var next = text.skipSpaces(from: place.end, end: end)
        guard next < end, text.bytes[next] == UInt8(ascii: ",") else { return nil }
        next = text.skipSpaces(from: next + 1, end: end)
        // The witness: capitalised words before a comma, unless the file or `ibid` comes at once.
        var witness: Range<Int>?
        if next < end, !isIbid(text, at: next, end: end), !opensAddress(text, at: next, end: end) {
            guard let name = witnessName(text, at: next, end: end) else { return nil }
            witness = name
            next = text.skipSpaces(from: name.upperBound + 1, end: end)
        }
        guard next < end else { return nil }
        if isIbid(text, at: next, end: end) {
            let ibidEnd = ibidEnd(text, at: next, end: end)
            guard text.trimmed(ibidEnd..<end).isEmpty else { return nil }
            return ClauseReading(form: .id, pinpoint: place.pinpoint, citation: citation.lowerBound..<ibidEnd, trailing: nil)
        }
        guard let file = address(text, at: next, end: end), text.trimmed(file.end..<end).isEmpty else { return nil }
        var work = WorkDraft(kind: .document, title: file.title)
        if let witness { work.authors = [text.string(witness)] }
        work.url = file.url
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: place.pinpoint,
                             citation: citation.lowerBound..<file.end, trailing: nil)
    }

    /// The place words, each with the space or none after it: pages run into their numbers (`p10`).
    private static let placeWords: [StaticString] = ["paragraphs ", "paragraph ", "paras ", "para ", "pages ", "page ", "pp", "p", "lines ", "line "]

    /// The place at `offset` (`p10, lines 2-11`, `p8, para 33 and pp12-13, paras 52-54`, `p3 para d)`)
    /// as a pinpoint, and just past it; it opens with a page or a paragraph.
    static func place(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        var index = offset
        var last: Int?
        var items = 0
        while index < end, items < 8 {
            guard let item = placeItem(text, at: index, end: end) else { break }
            last = item
            items += 1
            // `, lines`, ` and pp12`, ` para d)`: another item, else the place ends.
            var joint = item
            // `p12,lines 3-9`: a conversion may drop the space after the comma.
            if text.has(",", at: joint, end: end) { joint = text.skipSpaces(from: joint + 1, end: end) } else if text.has(" and ", at: joint, end: end) { joint += 5 }
            else if text.has(" ", at: joint, end: end) { joint += 1 } else { break }
            guard joint < end, placeItem(text, at: joint, end: end) != nil else { break }
            index = joint
        }
        guard let last else { return nil }
        return (Pinpoint(kind: .page, text: text.string(offset..<last)), last)
    }

    /// Just past one place (`p10`, `pp54-55`, `para 5.1`, `paras 52-54`, `lines 2-11`, `para d)`).
    private static func placeItem(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        let first = text.bytes[offset]
        guard first | 0x20 == UInt8(ascii: "p") || first == UInt8(ascii: "l") else { return nil }
        for word in placeWords where text.has(word, at: offset, end: end, ignoringFirstLetterCase: true) {
            let start = offset + word.utf8CodeUnitCount
            guard start < end else { return nil }
            let isPage = word.utf8CodeUnitCount <= 2 || text.has("page", at: offset, end: end, ignoringFirstLetterCase: true)
            // A page runs into its digits (`p10`); a paragraph may be a letter (`para d)`).
            guard Bytes.isDigit(text.bytes[start]) || !isPage && Bytes.isLower(text.bytes[start]) && start + 1 < end
                    && text.bytes[start + 1] == UInt8(ascii: ")") else { continue }
            var index = start
            while index < end, Bytes.isDigit(text.bytes[index]) || Bytes.isLetter(text.bytes[index]) && !isPage
                    || [UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: ")")].contains(text.bytes[index]) {
                index += 1
            }
            while index > start, text.bytes[index - 1] == UInt8(ascii: ".") { index -= 1 }
            guard index == end || !Bytes.isLetter(text.bytes[index]) else { return nil }
            return index
        }
        return nil
    }

    /// A witness's name at `offset`: one to eight words, the first capitalised, no digits, then a comma.
    private static func witnessName(_ text: CitationText, at offset: Int, end: Int) -> Range<Int>? {
        guard Bytes.isUpper(text.bytes[offset]) || text.bytes[offset] >= 0xC0 else { return nil }
        let comma = text.firstOffset(of: UInt8(ascii: ","), from: offset, end: min(end, offset + 120))
        guard comma < end, comma < offset + 120 else { return nil }
        let name = text.trimmed(offset..<comma)
        guard !name.isEmpty, !text.bytes[name].contains(where: Bytes.isDigit),
              text.wordCount(in: name, limit: 9) <= 8 else { return nil }
        return name
    }

    private static func isIbid(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        text.has("ibid", at: offset, end: end, ignoringFirstLetterCase: true)
            && (offset + 4 == end || !Bytes.isLetter(text.bytes[offset + 4]))
    }

    private static func ibidEnd(_ text: CitationText, at offset: Int, end: Int) -> Int {
        offset + 4 < end && text.bytes[offset + 4] == UInt8(ascii: ".") ? offset + 5 : offset + 4
    }

    private static func opensAddress(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        text.isLinked(offset) || text.has("http", at: offset, end: end) || text.has("www.", at: offset, end: end)
            || text.has("<http", at: offset, end: end)
    }

    /// The file at `offset`, a link or a printed address: its title (the link's text, else the
    /// address's last part; hyphens as spaces, the extension off), address and end.
    private static func address(_ text: CitationText, at offset: Int, end: Int) -> (title: String, url: String, end: Int)? {
        var url: String
        var label: String
        var fileEnd: Int
        if text.isLinked(offset), let link = text.link(covering: offset) {
            url = link.url
            fileEnd = min(link.range.upperBound, end)
            label = text.string(text.trimmed(offset..<fileEnd))
            // A file's own name, when the address ends in one: the link's text may be wrapped or cut.
            if let leaf = url.split(separator: "/").last, leaf.contains(".pdf") || leaf.contains(".txt") || leaf.contains(".doc") { label = String(leaf) }
        } else {
            var start = offset
            if text.bytes[start] == UInt8(ascii: "<") { start += 1 }
            guard text.has("http", at: start, end: end) || text.has("www.", at: start, end: end) else { return nil }
            // `http:// www.example.org/ uploads/x.pdf`: a converter's breaks inside the address joined.
            let index = AddressExtent.end(text, from: start, end: end)
            url = AddressExtent.address(text, start..<index)
            fileEnd = index < end && text.bytes[index] == UInt8(ascii: ">") ? index + 1 : index
            label = url
        }
        if label.hasPrefix("http") || label.hasPrefix("www."), let name = URLParts.fileName(of: label) { label = name }
        if let dot = label.lastIndex(of: "."), label[dot...].count <= 5, label[label.index(after: dot)...].allSatisfy(\.isLetter) {
            label = String(label[..<dot])
        }
        let title = String(label.map { $0 == "-" || $0 == "_" ? " " : $0 })
        guard !title.isEmpty else { return nil }
        return (title, url, fileEnd)
    }
}
