import LowLevel

/// Splits a rich text into sentences, robust to legal abbreviations, quotations and brackets.
enum SentenceSplitter {
    /// Abbreviations that never end a sentence, lower-cased, without their final period.
    static let abbreviations: Set<String> = [
        "nn", "art", "arts", "res", "doc", "docs", "no", "nos", "al", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "prof", "st", "vs", "cf", "vol", "vols",
        "ed", "eds", "rev", "supp", "para", "paras", "ch", "pt", "sec", "secs", "cong", "sess", "inc", "co", "corp",
        "ltd", "int'l", "int’l", "intl", "proc", "ann", "comm", "rept", "rep", "dept", "gov't", "gov’t", "govt",
        "assoc", "univ", "op", "fig", "ex", "approx", "jr", "sr", "pp", "esp", "transl", "trans", "ibid", "cl",
        "amend", "stat", "reg", "regs", "ct", "cir", "app", "dist", "hr", "sen", "sens", "reps", "ref", "rn", "rdnr", "az",
        "subpt", "subch",
    ]

    /// `abbreviations`, each packed by `Bytes.packedLowercase`, in order: a word is looked up with
    /// no string made.
    private static let packedAbbreviations = abbreviations.compactMap { Bytes.packedLowercase(Array($0.utf8)) }.sorted()

    /// States' and state courts' abbreviations in case citations (`(Va. 1990)`, `Cal. App. 4th`,
    /// `Pa. Dep't`, `Pa. Super. Ct.`, `Cal. Civ. Proc.`), lower-cased without their final period: in
    /// a citation, not at a sentence's end, where a number or another abbreviation follows, or a
    /// party's name after `v.`.
    static let stateAbbreviations: Set<String> = [
        "ala", "ariz", "ark", "cal", "colo", "conn", "del", "fla", "ga", "haw", "ill", "ind", "kan", "ky", "la", "md", "mass",
        "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "or", "ore", "pa", "tenn", "tex", "va", "vt", "wash",
        "wis", "wyo", "commw", "super", "civ", "crim",
    ]

    /// `stateAbbreviations`, packed and in order.
    private static let packedStateAbbreviations = stateAbbreviations.compactMap { Bytes.packedLowercase(Array($0.utf8)) }.sorted()

    /// Whether `word`, lower-cased, is one of `abbreviations`. Lower-casing ASCII letters alone
    /// suffices: the list holds ASCII letters, `'` and `’`, and the one character beyond ASCII
    /// that lower-cases into ASCII, the Kelvin sign, gives a `k`, which no entry holds.
    static func isListedAbbreviation(_ word: some Collection<UInt8>) -> Bool {
        guard let key = Bytes.packedLowercase(word) else { return false }
        return isListedAbbreviation(packed: key)
    }

    /// Whether the word packed as `key` by `Bytes.packedLowercase` is one of `abbreviations`.
    static func isListedAbbreviation(packed key: UInt64) -> Bool {
        var low = 0
        var high = packedAbbreviations.count
        while low < high {
            let mid = (low + high) / 2
            if packedAbbreviations[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < packedAbbreviations.count && packedAbbreviations[low] == key
    }

    /// The sentences of `content`; each marker goes to the sentence it closes or sits in.
    static func split(_ content: RichText, file: SourceFile) -> [Sentence] {
        split(content, bytes: content.text.utf8Span.span, file: file)
    }

    /// `split` over the UTF-8 bytes of `content.text`.
    private static func split(_ content: RichText, bytes: Span<UInt8>, file: SourceFile) -> [Sentence] {
        // The ranges are found first, the first few kept inline (most texts hold a sentence or
        // two), so the list of sentences is made once at its size: reserving a guess and copying
        // it to fit made two lists a text.
        var firstRanges = InlineArray<8, Range<Int>>(repeating: 0..<0)
        var moreRanges: [Range<Int>] = []
        var rangeCount = 0
        func add(_ range: Range<Int>) {
            if rangeCount < firstRanges.count { firstRanges[rangeCount] = range } else { moreRanges.append(range) }
            rangeCount += 1
        }
        var start = skipSpaces(bytes, from: 0)
        var index = start
        let count = bytes.count
        while index < count {
            index = ByteScan.firstIndex(in: bytes, from: index, upTo: count, lanes: { block in
                block .== SIMD16(repeating: UInt8(ascii: ".")) .| block .== SIMD16(repeating: UInt8(ascii: "?"))
                    .| block .== SIMD16(repeating: UInt8(ascii: "!"))
            }, matches: isTerminal)
            guard index < count else { break }
            let byte = bytes[index]
            var end = index + 1
            while end < count {
                if isTerminal(bytes[end]) || isASCIICloser(bytes[end]) {
                    end += 1
                } else if let width = closingQuoteWidth(bytes, at: end) {
                    end += width
                } else {
                    break
                }
            }
            guard end < count, isSpace(bytes[end]) else {
                index = end
                continue
            }
            let next = skipSpaces(bytes, from: end)
            guard next < count else { break }
            if startsSentence(bytes, at: next), !(byte == UInt8(ascii: ".") && isAbbreviation(bytes, period: index, next: next)) {
                add(start..<end)
                start = next
            }
            index = next
        }
        var last = count
        while last > start, isSpace(bytes[last - 1]) { last -= 1 }
        if start < last { add(start..<last) }
        // The model keeps these for as long as the essay is open: no room beyond the sentences made.
        var sentences: [Sentence] = []
        sentences.reserveCapacity(rangeCount)
        var markerIndex = 0
        let markers = content.markers
        func storedRange(_ position: Int) -> Range<Int> {
            position < firstRanges.count ? firstRanges[position] : moreRanges[position - firstRanges.count]
        }
        for position in 0..<rangeCount {
            let range = storedRange(position)
            var labels: [String] = []
            // A marker in the spaces after a sentence's end (`remedy. <sup>2</sup> Later`, as a web
            // page's conversion leaves it) closes that sentence: no note marks a sentence's opening.
            // The last sentence takes the markers after it too. (`EssayBuilder.link` reads the
            // markers by this rule, not the sentences' labels.)
            let limit = position == rangeCount - 1 ? Int.max : storedRange(position + 1).lowerBound
            while markerIndex < markers.count, markers[markerIndex].offset <= limit {
                labels.append(markers[markerIndex].label)
                markerIndex += 1
            }
            let text = UTF8Slice.substring(content.text, range, bytes: bytes)
            let sourceRange = content.sourceRange(of: range, in: file) ?? SourceRange(start: .init(line: 0, column: 0), end: .init(line: 0, column: 0))
            sentences.append(Sentence(text: text, textRange: range, footnotes: labels, range: sourceRange))
        }
        return sentences
    }

    static func isTerminal(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: "?") || byte == UInt8(ascii: "!")
    }

    static func isASCIICloser(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]")
    }

    /// The width of a curly closing quote (” or ’) at `index`, if there is one.
    static func closingQuoteWidth(_ bytes: Span<UInt8>, at index: Int) -> Int? {
        guard index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80 else { return nil }
        return bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99 ? 3 : nil
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    static func skipSpaces(_ bytes: Span<UInt8>, from index: Int) -> Int {
        var index = index
        while index < bytes.count, isSpace(bytes[index]) { index += 1 }
        return index
    }

    /// Whether the text at `index` can open a sentence: a capital, a digit, or an opening quote
    /// or bracket before one.
    static func startsSentence(_ bytes: Span<UInt8>, at index: Int) -> Bool {
        var index = index
        // Skip opening quotes and brackets.
        for _ in 0..<3 {
            guard index < bytes.count else { return false }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") {
                index += 1
            } else if index + 2 < bytes.count, byte == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x9C || bytes[index + 2] == 0x98 {
                index += 3
            } else {
                break
            }
        }
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { return true }
        if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { return true }
        if byte >= 0xC0 {
            // The letter's scalar, decoded in place (the text is a string's valid UTF-8): a list
            // of its bytes for a decoder cost an allocation a sentence.
            let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            guard index + width <= bytes.count else { return false }
            var value = UInt32(byte & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07))
            for offset in 1..<width {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { return false }
                value = value << 6 | UInt32(next & 0x3F)
            }
            return Unicode.Scalar(value)?.properties.isUppercase ?? false
        }
        return false
    }

    /// Whether the word at `next` goes on with a citation after a state's abbreviation: a number
    /// (`(Va. 1990)`, `Cal. 4th`), or another abbreviation (`App.`, `Dep't`, `Ct.`) or a code's
    /// name (`Code`, `Const.`).
    private static func citationGoesOn(_ bytes: Span<UInt8>, at next: Int) -> Bool {
        guard next < bytes.count else { return false }
        if bytes[next] >= UInt8(ascii: "0"), bytes[next] <= UInt8(ascii: "9") { return true }
        var end = next
        while end < bytes.count, !isSpace(bytes[end]) {
            let byte = bytes[end]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "'") || (byte == 0x99 && end >= next + 2 && bytes[end - 2] == 0xE2) { return true }
            end += 1
        }
        return end - next == 4 && bytes[next] == UInt8(ascii: "C") && bytes[next + 1] == UInt8(ascii: "o") && bytes[next + 2] == UInt8(ascii: "d")
            && bytes[next + 3] == UInt8(ascii: "e")
    }

    /// Whether the word starting at `wordStart` follows `v. ` (a party named by its state, `Roe v.
    /// Cal. Coastal Comm'n`).
    private static func followsVersus(_ bytes: Span<UInt8>, wordStart: Int) -> Bool {
        wordStart >= 3 && bytes[wordStart - 1] == 0x20 && bytes[wordStart - 2] == UInt8(ascii: ".") && bytes[wordStart - 3] == UInt8(ascii: "v")
            && (wordStart == 3 || bytes[wordStart - 4] == 0x20)
    }

    /// Whether the period at `period` closes an abbreviation rather than the sentence.
    static func isAbbreviation(_ bytes: Span<UInt8>, period: Int, next: Int) -> Bool {
        var wordStart = period
        while wordStart > 0 {
            let byte = bytes[wordStart - 1]
            if isSpace(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "\"") { break }
            if byte == 0x9C, wordStart >= 3, bytes[wordStart - 3] == 0xE2 { break }  // an opening “
            wordStart -= 1
        }
        let word = wordStart..<period
        if word.isEmpty { return false }
        // Initials and dotted forms: H.W., U.S., e.g., i.e., n.
        var letters = 0
        var hasLowercase = false
        for index in word {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") { return true }
            if (byte | 0x20) >= UInt8(ascii: "a"), (byte | 0x20) <= UInt8(ascii: "z") {
                letters += 1
                if byte >= UInt8(ascii: "a") { hasLowercase = true }
            }
        }
        if word.count == 1, letters == 1 { return true }
        if let key = Bytes.packedLowercase(bytes, word) {
            if isListedAbbreviation(packed: key) { return true }
            if letters == word.count, bytes[word.lowerBound] >= UInt8(ascii: "A"), bytes[word.lowerBound] <= UInt8(ascii: "Z"),
               packedStateAbbreviations.contains(key), citationGoesOn(bytes, at: next) || followsVersus(bytes, wordStart: wordStart) { return true }
        }
        // A capitalised journal abbreviation (AM. J. INT'L L. 552) runs on into more capitals or a number.
        let isAllCaps = letters > 0 && !hasLowercase
        if isAllCaps, word.count <= 6 {
            var probe = next
            var nextLetters = 0
            var nextAllCaps = true
            while probe < bytes.count, !isSpace(bytes[probe]) {
                let byte = bytes[probe]
                if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), nextLetters == 0 { return true }
                if (byte | 0x20) >= UInt8(ascii: "a"), (byte | 0x20) <= UInt8(ascii: "z") {
                    nextLetters += 1
                    if byte >= UInt8(ascii: "a") { nextAllCaps = false }
                }
                probe += 1
            }
            return nextLetters > 0 && nextAllCaps
        }
        return false
    }
}
