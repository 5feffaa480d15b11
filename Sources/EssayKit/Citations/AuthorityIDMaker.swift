/// Makes an authority's readable id from its draft.
///
/// The scheme, in order of preference:
/// - resolutions: organ, `res`, number: `ga-res-57-238`;
/// - works with a `Doc.` symbol: `un-doc-a-hrc-35-22`;
/// - treaties: the title's initials (or, when short, the title) and the year: `iccpr-1966`, `un-charter`;
/// - everything else: author key, year, first significant title word: `caron-1993-legitimacy`,
///   `malcolm-2008-multi-stakeholder`. The author key is a person's surname, or a body's initials
///   (three words or more: `itu`) or name (`freedom-house`); with no author, the container stands in,
///   and with neither, the first three title words.
enum AuthorityIDMaker {
    private static let stopWords: Set<String> = ["the", "a", "an", "of", "on", "and", "for", "to", "in", "at", "by", "de", "la", "le"]
    private static let maximumLength = 48

    static func baseID(for work: WorkDraft) -> String {
        var id: String
        if let url = work.url, work.title == url {
            id = join([slug(URLParts.siteName(of: url) ?? ""), slug(URLParts.leaf(of: url) ?? "")])
        } else if work.kind == .resolution, let number = work.documentNumber {
            id = join([slug(work.resolutionBody ?? ""), "res", slug(number)])
        } else if let prefix = work.documentPrefix, let number = work.documentNumber {
            id = join([slug(prefix), slug(number)])
        } else if work.kind == .treaty {
            id = join([bodyKey(work.title), work.year.map(String.init) ?? ""])
        } else {
            let owner = work.authors.first.map { work.authorIsInstitution ? bodyKey($0) : surname($0) }
                ?? work.container.map(bodyKey)
            let titleWords = significantWords(work.title, limit: owner == nil ? 3 : 1)
            let titlePart = titleWords.joined(separator: "-")
            id = join([owner ?? "", work.year.map(String.init) ?? "", titlePart])
        }
        if id.utf8.count > maximumLength {
            var cut = String(id.prefix(maximumLength))
            if let hyphen = cut.lastIndex(of: "-") { cut = String(cut[..<hyphen]) }
            id = cut
        }
        return id.isEmpty ? "work" : id
    }

    /// Lower-case ASCII letters and digits, every other run a single hyphen; apostrophes and periods
    /// vanish, so `U.N.` gives `un` and `INT'L` gives `intl`. `separator` stands in for the hyphen.
    static func slug(_ string: String, separator: UInt8 = UInt8(ascii: "-")) -> String {
        var string = string
        if let ascii = string.withUTF8({ asciiSlug($0, separator: separator) }) { return ascii }
        var out: [UInt8] = []
        out.reserveCapacity(string.utf8.count)
        var pendingHyphen = false
        for scalar in string.unicodeScalars {
            if scalar == "'" || scalar == "\u{2019}" || scalar == "." { continue }
            let (first, second) = asciiLetters(scalar)
            if first == 0 {
                pendingHyphen = true
                continue
            }
            if pendingHyphen, !out.isEmpty { out.append(separator) }
            pendingHyphen = false
            out.append(Bytes.lowercased(first))
            if second != 0 { out.append(Bytes.lowercased(second)) }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `slug` of ASCII text, or nil when the text is not ASCII.
    private static func asciiSlug(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8) -> String? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        // No more bytes out than in: a hyphen stands for at least one byte dropped.
        return String(unsafeUninitializedCapacity: max(1, bytes.count)) { buffer in
            var count = 0
            var pendingHyphen = false
            for byte in bytes where byte != UInt8(ascii: "'") && byte != UInt8(ascii: ".") {
                guard Bytes.isLetter(byte) || Bytes.isDigit(byte) else {
                    pendingHyphen = true
                    continue
                }
                if pendingHyphen, count > 0 {
                    buffer[count] = separator
                    count += 1
                }
                pendingHyphen = false
                buffer[count] = Bytes.lowercased(byte)
                count += 1
            }
            return count
        }
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

    /// The surname of a person's name: its last word, skipping `Jr.` and the like.
    static func surname(_ name: String) -> String {
        var words = name.utf8.split(separator: UInt8(ascii: " "))
        while let last = words.last {
            let word = slug(String(decoding: last, as: UTF8.self))
            guard words.count > 1, isNameSuffix(word) else { return word }
            words.removeLast()
        }
        return slug(name)
    }

    /// Whether a slugged word is a suffix such as `jr` or `iii`, which follows the surname.
    private static func isNameSuffix(_ word: String) -> Bool {
        switch word {
        case "jr", "sr", "ii", "iii", "iv": true
        default: false
        }
    }

    /// A body's key: its initials when its name has three significant words or more, else its name.
    static func bodyKey(_ name: String) -> String {
        let words = significantWords(name)
        return words.count >= 3 ? String(words.compactMap(\.first)) : slug(name)
    }

    /// The words of a title or name, slugged, without articles, prepositions and conjunctions;
    /// at most `limit` of them.
    private static func significantWords(_ string: String, limit: Int = .max) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func finish() {
            while current.last == UInt8(ascii: "-") { current.removeLast() }
            if !current.isEmpty {
                let word = String(decoding: current, as: UTF8.self)
                if !stopWords.contains(word) { words.append(word) }
            }
            current.removeAll(keepingCapacity: true)
        }
        for scalar in string.unicodeScalars {
            if scalar == " " || scalar == ":" || scalar == "," || scalar == "(" || scalar == ")" || scalar == "/" {
                finish()
                if words.count >= limit { break }
                continue
            }
            if scalar == "'" || scalar == "\u{2019}" || scalar == "." { continue }
            let (first, second) = asciiLetters(scalar)
            if first == 0 {
                if !current.isEmpty, current.last != UInt8(ascii: "-") { current.append(UInt8(ascii: "-")) }
                continue
            }
            current.append(Bytes.lowercased(first))
            if second != 0 { current.append(Bytes.lowercased(second)) }
        }
        if words.count < limit { finish() }
        return words
    }

    /// The non-empty parts, joined by hyphens.
    private static func join(_ parts: [String]) -> String {
        var joined = ""
        for part in parts where !part.isEmpty {
            if !joined.isEmpty { joined += "-" }
            joined += part
        }
        return joined
    }
}
