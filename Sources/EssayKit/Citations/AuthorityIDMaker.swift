import LowLevel

/// Makes an authority's readable id from its draft.
///
/// The scheme, in order of preference:
/// - resolutions: organ, `res`, number: `ga-res-57-238`;
/// - works with a `Doc.` symbol: `un-doc-a-hrc-35-22`;
/// - cases: the name and year: `marbury-v-madison-1803`;
/// - codes and constitutions: the code as cited: `42-usc`, `us-const`;
/// - treaties: the title's initials (or, when short, the title) and the year: `iccpr-1966`, `un-charter`;
/// - everything else: author key, year, first significant title word: `caron-1993-legitimacy`,
///   `malcolm-2008-multi-stakeholder`. The author key is a person's surname, or a body's initials
///   (three words or more: `itu`) or name (`freedom-house`); with no author, the container stands in,
///   and with neither, the first three title words.
enum AuthorityIDMaker {
    /// The words a title or name leaves out of an id, packed by `Bytes.packedLowercase`.
    private static let stopWords: [UInt64] = ["the", "a", "an", "of", "on", "and", "for", "to", "in", "at", "by", "de", "la", "le"]
        .compactMap { Bytes.packedLowercase(Array($0.utf8)) }
    private static let maximumLength = 48
    private static let hyphen = UInt8(ascii: "-")

    /// The id, built in one byte buffer: made for every full citation, its strings were a tenth of
    /// the cost of reading the citation.
    static func baseID(for work: WorkDraft) -> String {
        var id: [UInt8] = []
        id.reserveCapacity(64)
        if let url = work.url, work.title == url {
            appendPart(to: &id) { appendSlug(URLParts.siteName(of: url) ?? "", to: &$0) }
            appendPart(to: &id) { appendSlug(URLParts.leaf(of: url) ?? "", to: &$0) }
        } else if work.kind == .resolution, let number = work.documentNumber {
            appendPart(to: &id) { appendSlug(work.resolutionBody ?? "", to: &$0) }
            appendPart(to: &id) { $0.append(contentsOf: "res".utf8) }
            appendPart(to: &id) { appendSlug(number, to: &$0) }
        } else if let prefix = work.documentPrefix, let number = work.documentNumber {
            appendPart(to: &id) { appendSlug(prefix, to: &$0) }
            appendPart(to: &id) { appendSlug(number, to: &$0) }
        } else if work.kind == .case {
            appendCaseID(work, to: &id)
        } else if [.statute, .regulation, .constitution].contains(work.kind), work.documentNumber == nil {
            // A code, register or constitution is its title: `42-usc`, `mass-gen-laws-ch-1`, `us-const`.
            appendSlug(work.title, to: &id)
        } else if work.kind == .treaty {
            appendPart(to: &id) { appendBodyKey(work.title, to: &$0) }
            appendPart(to: &id) { appendYear(work.year, to: &$0) }
        } else {
            var hasOwner = true
            appendPart(to: &id) { out in
                if let author = work.authors.first {
                    if work.authorIsInstitution { appendBodyKey(author, to: &out) } else { appendSurname(author, to: &out) }
                } else if let container = work.container {
                    appendBodyKey(container, to: &out)
                } else {
                    hasOwner = false
                }
            }
            appendPart(to: &id) { appendYear(work.year, to: &$0) }
            appendPart(to: &id) { out in
                appendSignificantWords(work.title, limit: hasOwner ? 1 : 3, separator: hyphen, to: &out)
            }
        }
        // Ids are ASCII, so a byte is a character.
        if id.count > maximumLength {
            id.removeSubrange(maximumLength...)
            if let last = id.lastIndex(of: hyphen) { id.removeSubrange(last...) }
        }
        return id.isEmpty ? "work" : String(decoding: id, as: UTF8.self)
    }

    /// A case's id: its name and year (`marbury-v-madison-1803`), the name cut at a word to leave
    /// room for the year; a case named by its reporter alone, the cite (`376-us-254-1964`).
    private static func appendCaseID(_ work: WorkDraft, to id: inout [UInt8]) {
        if work.title.isEmpty {
            appendSlug("\(work.volume ?? "") \(work.container ?? "") \(work.firstPage ?? "")", to: &id)
        } else {
            appendSlug(work.title, to: &id)
        }
        let room = maximumLength - 5
        if id.count > room {
            id.removeSubrange(room...)
            if let last = id.lastIndex(of: hyphen) { id.removeSubrange(last...) }
        }
        appendPart(to: &id) { appendYear(work.year, to: &$0) }
    }

    /// Appends what `add` writes as one part of an id: a hyphen first when both it and what is
    /// already there are not empty.
    private static func appendPart(to id: inout [UInt8], _ add: (inout [UInt8]) -> Void) {
        let before = id.count
        if before > 0 { id.append(hyphen) }
        let start = id.count
        add(&id)
        if id.count == start, before > 0 { id.removeLast() }
    }

    /// Appends a year's digits, or nothing when there is none.
    static func appendYear(_ year: Int?, to out: inout [UInt8]) {
        guard let year else { return }
        // A year of four digits, as nearly all are, byte by byte: formatting a `String` for it cost
        // more than the rest of a key's parts but the title.
        guard (1000...9999).contains(year) else { return out.append(contentsOf: String(year).utf8) }
        let zero = UInt8(ascii: "0")
        out.append(zero + UInt8(year / 1000))
        out.append(zero + UInt8(year / 100 % 10))
        out.append(zero + UInt8(year / 10 % 10))
        out.append(zero + UInt8(year % 10))
    }

    /// Lower-case ASCII letters and digits, every other run a single hyphen; apostrophes and periods
    /// vanish, so `U.N.` gives `un` and `INT'L` gives `intl`. `separator` stands in for the hyphen.
    static func slug(_ string: String, separator: UInt8 = UInt8(ascii: "-")) -> String {
        var out: [UInt8] = []
        appendSlug(string, separator: separator, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `slug(string, separator:)` to `out`.
    static func appendSlug(_ string: String, separator: UInt8 = UInt8(ascii: "-"), to out: inout [UInt8]) {
        appendSlug(string.utf8Span.span, separator: separator, to: &out)
    }

    /// Appends the slug of UTF-8 `bytes` to `out`.
    static func appendSlug(_ bytes: Span<UInt8>, separator: UInt8 = UInt8(ascii: "-"), to out: inout [UInt8]) {
        // Room for the longest slug first, written through a span: appending byte by byte checks
        // the array each time. No slug is longer than its text: a letter beyond ASCII is two bytes
        // for at most two letters, and a separator stands for a byte that wrote nothing.
        let start = out.count
        out.append(contentsOf: repeatElement(0, count: bytes.count))
        var count = start
        do {
            var slug = out.mutableSpan
            var pendingHyphen = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var letters: (UInt8, UInt8) = (0, 0)
                if byte < 0x80 {
                    index += 1
                    if byte == UInt8(ascii: "'") || byte == UInt8(ascii: ".") { continue }
                    if Bytes.isLetter(byte) || Bytes.isDigit(byte) { letters = (byte, 0) }
                } else if byte >= 0xC2, byte <= 0xDF, index + 1 < bytes.count, bytes[index + 1] & 0xC0 == 0x80 {
                    // A two-byte scalar (U+0080 to U+07FF): Latin letters are among them.
                    letters = asciiLetters(Unicode.Scalar(UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)) ?? " ")
                    index += 2
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x99 {
                    // `’`, left out as `'` is.
                    index += 3
                    continue
                } else {
                    // Any other scalar is no letter, and neither is a byte that is no valid UTF-8 (each
                    // reads as U+FFFD): each byte of it only marks a separator.
                    index += 1
                }
                guard letters.0 != 0 else {
                    pendingHyphen = true
                    continue
                }
                if pendingHyphen, count > start {
                    slug[count] = separator
                    count += 1
                }
                pendingHyphen = false
                slug[count] = Bytes.lowercased(letters.0)
                count += 1
                if letters.1 != 0 {
                    slug[count] = Bytes.lowercased(letters.1)
                    count += 1
                }
            }
        }
        out.removeSubrange(count...)
    }

    /// Latin-1 and Latin Extended-A letters without their accents, in the order of their code points.
    private static let latin1Letters = Array("AAAAAAACEEEEIIIIDNOOOOO OUUUUYTsaaaaaaaceeeeiiiidnooooo ouuuuyty".utf8)
    private static let latinExtendedLetters = Array("AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs".utf8)

    /// The ASCII letter or digit (two for ligatures) a scalar reads as, or zeros when it is none.
    private static func asciiLetters(_ scalar: Unicode.Scalar) -> (UInt8, UInt8) {
        let value = scalar.value
        if value < 0x80 {
            let byte = UInt8(value)
            return Bytes.isLetter(byte) || Bytes.isDigit(byte) ? (byte, 0) : (0, 0)
        }
        switch value {
        case 0xDF: return (UInt8(ascii: "s"), UInt8(ascii: "s"))
        case 0xC6, 0xE6: return (UInt8(ascii: "a"), UInt8(ascii: "e"))
        case 0x152, 0x153: return (UInt8(ascii: "o"), UInt8(ascii: "e"))
        case 0xC0...0xFF:
            let letter = latin1Letters[Int(value - 0xC0)]
            return letter == UInt8(ascii: " ") ? (0, 0) : (letter, 0)
        case 0x100...0x17F: return (latinExtendedLetters[Int(value - 0x100)], 0)
        default: return (0, 0)
        }
    }

    /// Appends the surname of a person's name: its last word, skipping `Jr.` and the like.
    static func appendSurname(_ name: String, to out: inout [UInt8]) {
        let bytes = name.utf8Span.span
        let start = out.count
        var end = bytes.count
        while true {
            while end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            var wordStart = end
            while wordStart > 0, bytes[wordStart - 1] != UInt8(ascii: " ") { wordStart -= 1 }
            guard wordStart < end else { break }
            out.removeSubrange(start...)
            appendSlug(bytes.extracting(wordStart..<end), to: &out)
            var isLastWord = true
            for index in 0..<wordStart where bytes[index] != UInt8(ascii: " ") {
                isLastWord = false
                break
            }
            guard !isLastWord, isNameSuffix(out[start...]) else { return }
            end = wordStart
        }
        out.removeSubrange(start...)
        appendSlug(bytes, to: &out)
    }

    /// Whether a slugged word is a suffix such as `jr` or `iii`, which follows the surname.
    private static func isNameSuffix(_ word: ArraySlice<UInt8>) -> Bool {
        switch word.count {
        case 2: word.elementsEqual("jr".utf8) || word.elementsEqual("sr".utf8) || word.elementsEqual("ii".utf8) || word.elementsEqual("iv".utf8)
        case 3: word.elementsEqual("iii".utf8)
        default: false
        }
    }

    /// Appends a body's key: its initials when its name has three significant words or more, else its name.
    static func appendBodyKey(_ name: String, to out: inout [UInt8]) {
        var words: [UInt8] = []
        let count = appendSignificantWords(name, separator: UInt8(ascii: " "), to: &words)
        guard count >= 3 else { return appendSlug(name, to: &out) }
        var atWordStart = true
        for byte in words {
            if atWordStart { out.append(byte) }
            atWordStart = byte == UInt8(ascii: " ")
        }
    }

    /// Appends the words of a title or name, slugged, without articles, prepositions and
    /// conjunctions, at most `limit` of them, with `separator` between; returns how many.
    @discardableResult
    private static func appendSignificantWords(_ string: String, limit: Int = .max, separator: UInt8, to out: inout [UInt8]) -> Int {
        var count = 0
        // Where the word being read starts in `out`.
        var wordStart = out.count
        func finish() {
            while out.count > wordStart, out[out.count - 1] == hyphen { out.removeLast() }
            if out.count > wordStart, !isStopWord(out[wordStart...]) {
                count += 1
                out.append(separator)
                wordStart = out.count
            } else {
                out.removeSubrange(wordStart...)
            }
        }
        for scalar in string.unicodeScalars {
            if scalar == " " || scalar == ":" || scalar == "," || scalar == "(" || scalar == ")" || scalar == "/" {
                finish()
                if count >= limit { break }
                continue
            }
            if scalar == "'" || scalar == "\u{2019}" || scalar == "." { continue }
            let (first, second) = asciiLetters(scalar)
            if first == 0 {
                if out.count > wordStart, out[out.count - 1] != hyphen { out.append(hyphen) }
                continue
            }
            out.append(Bytes.lowercased(first))
            if second != 0 { out.append(Bytes.lowercased(second)) }
        }
        if count < limit { finish() }
        // Each word kept left a separator after it.
        if count > 0 { out.removeLast() }
        return count
    }

    /// Whether a slugged word is one the ids leave out.
    private static func isStopWord(_ word: ArraySlice<UInt8>) -> Bool {
        guard word.count <= 3, let key = Bytes.packedLowercase(word) else { return false }
        return stopWords.contains(key)
    }
}
