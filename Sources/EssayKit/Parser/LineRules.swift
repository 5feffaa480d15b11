import Foundation
import LowLevel

/// The rules that recognise a converted essay's lines by their form, never by their words.
enum LineRules {
    /// A numbered or unnumbered heading recognised on a line.
    struct Heading: Equatable {
        var number: String?
        /// The byte range of the heading's title (after its numbering).
        var titleRange: Range<Int>
        /// The number of `#` marks, or 0 for a bare heading line.
        var hashes: Int
    }

    static func isBlank(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
    }

    /// `---`, `***` or `___`, alone on a line: a page break in converted text; or a rule of dashes
    /// (`——————`, `──────`), which a conversion prints above a page's footnotes, perhaps quoted; with
    /// `enDashes`, a rule of en dashes (`––––––`) too, as `pdftotext -layout` prints it over a page's
    /// indented notes.
    static func isPageBreak(_ bytes: ArraySlice<UInt8>, enDashes: Bool = true) -> Bool {
        var trimmed = trim(bytes)
        if trimmed.first == UInt8(ascii: ">") { trimmed = trim(trimmed.dropFirst()) }
        guard trimmed.count >= 3, let first = trimmed.first else { return false }
        if first == 0xE2 {
            // Three or more of one dash: `–` (E2 80 93), `—` (E2 80 94), `―` (E2 80 95), `─` (E2 94 80).
            guard trimmed.count >= 9, trimmed.count % 3 == 0 else { return false }
            let dash = trimmed.prefix(3)
            guard (enDashes && dash.elementsEqual([0xE2, 0x80, 0x93])) || dash.elementsEqual([0xE2, 0x80, 0x94]) || dash.elementsEqual([0xE2, 0x80, 0x95])
                || dash.elementsEqual([0xE2, 0x94, 0x80]) else {
                return false
            }
            return stride(from: trimmed.startIndex, to: trimmed.endIndex, by: 3).allSatisfy { trimmed[$0..<($0 + 3)].elementsEqual(dash) }
        }
        guard first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") else { return false }
        return trimmed.allSatisfy { $0 == first || $0 == 0x20 }
    }

    /// Where a rule of three or more em dashes starts that plain text glued to the end of a word
    /// (`... and un——————`), as pdftotext prints the rule over a page's notes after a line it
    /// took a hyphen off; nil for a line that is no such word and rule.
    static func gluedRuleStart(_ bytes: ArraySlice<UInt8>) -> Int? {
        var start = bytes.endIndex
        while start - bytes.startIndex >= 3, bytes[start - 1] == 0x94, bytes[start - 2] == 0x80, bytes[start - 3] == 0xE2 { start -= 3 }
        guard bytes.endIndex - start >= 9, start > bytes.startIndex, Bytes.isLetter(bytes[start - 1]) else { return nil }
        return start
    }

    /// A Markdown title line: `# Title`.
    static func titleStart(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard bytes.count > 2, bytes.first == UInt8(ascii: "#"), bytes[bytes.startIndex + 1] == 0x20 else { return nil }
        return bytes.startIndex + 2
    }

    /// A heading: `## ...` of any depth, or a bare line that looks like one (short, numbered or in
    /// capitals, with no closing punctuation).
    static func heading(_ bytes: ArraySlice<UInt8>, requireCapitals: Bool = false) -> Heading? {
        var start = bytes.startIndex
        var hashes = 0
        while start < bytes.endIndex, bytes[start] == UInt8(ascii: "#") {
            hashes += 1
            start += 1
        }
        if hashes > 0 {
            guard hashes <= 6, start < bytes.endIndex, bytes[start] == 0x20 else { return nil }
        }
        var body = hashes > 0 ? withoutAttributes(bytes[start...]) : trim(bytes[start...])
        guard !body.isEmpty else { return nil }
        // A line set in bold whole (`**Conclusion**`, `# **I. Background**`) is read inside the bold.
        let strong = strongContent(body)
        if let strong { body = strong }
        let (number, titleStart) = numbering(body)
        let title = trim(body[titleStart...])
        guard !title.isEmpty else { return nil }
        if hashes > 0 {
            return Heading(number: number, titleRange: title.startIndex..<title.endIndex, hashes: hashes)
        }
        guard title.count <= 120 else { return nil }
        let shape = title.allSatisfy { $0 < 0x80 } ? TitleShape(ascii: title) : TitleShape(String(decoding: title, as: UTF8.self))
        guard shape.words <= 14, let last = shape.lastScalar else { return nil }
        if ".,;:!?".unicodeScalars.contains(last) || isRunningHead(bytes) || isPageNumber(bytes) { return nil }
        guard shape.letters >= 3 else { return nil }
        if !shape.hasLowercase || (!requireCapitals && (number != nil || strong != nil) && shape.opensWithCapital && shape.words <= 10) {
            if strong == nil, CapitalsCitationLine.isCitation(title, numbered: number != nil) { return nil }
            return Heading(number: number, titleRange: title.startIndex..<title.endIndex, hashes: 0)
        }
        return nil
    }

    /// The text inside `**...**` or `__...__` when they enclose the whole line and nothing else
    /// closes inside; nil otherwise.
    static func strongContent(_ text: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard text.count > 4, let first = text.first, first == UInt8(ascii: "*") || first == UInt8(ascii: "_"),
              text[text.startIndex + 1] == first, text[text.endIndex - 1] == first, text[text.endIndex - 2] == first,
              text[text.startIndex + 2] != first else { return nil }
        let inner = text[(text.startIndex + 2)..<(text.endIndex - 2)]
        var index = inner.startIndex
        while index + 1 < inner.endIndex {
            if inner[index] == first, inner[index + 1] == first { return nil }
            index += 1
        }
        let trimmed = trim(inner)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// What `heading` asks of a short line's text: its words, last character and letters.
    private struct TitleShape {
        /// Runs of text between spaces.
        var words = 0
        /// The last character that is not `*`.
        var lastScalar: Unicode.Scalar?
        var letters = 0
        var hasLowercase = false
        /// Whether the first letter is a capital.
        var opensWithCapital = false

        init(_ text: String) {
            words = text.split(separator: " ").count
            lastScalar = text.unicodeScalars.last { $0 != "*" }
            for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
                if letters == 0 { opensWithCapital = scalar.properties.isUppercase }
                if scalar.properties.isLowercase { hasLowercase = true }
                letters += 1
            }
        }

        /// The same for ASCII text, byte by byte: ASCII letters are the only alphabetic bytes.
        init(ascii bytes: ArraySlice<UInt8>) {
            var previous = UInt8(ascii: " ")
            for byte in bytes {
                if byte != UInt8(ascii: " "), previous == UInt8(ascii: " ") { words += 1 }
                if byte != UInt8(ascii: "*") { lastScalar = Unicode.Scalar(byte) }
                if Bytes.isLetter(byte) {
                    if letters == 0 { opensWithCapital = Bytes.isUpper(byte) }
                    if Bytes.isLower(byte) { hasLowercase = true }
                    letters += 1
                }
                previous = byte
            }
        }
    }

    /// Splits `IV. `, `A. `, `3. ` off the front of a heading.
    static func numbering(_ body: ArraySlice<UInt8>) -> (String?, Int) {
        var index = body.startIndex
        while index < body.endIndex, index - body.startIndex < 8 {
            let byte = body[index]
            let isNumeral = (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") && index == body.startIndex)
                || (isLowerRoman(byte) && isLowerRoman(body[body.startIndex]))
            guard isNumeral else { break }
            index += 1
        }
        guard index > body.startIndex, index + 1 < body.endIndex, body[index] == UInt8(ascii: ".") else { return (nil, body.startIndex) }
        // A converter may drop the space after a letter's period (`A.The Problem`): a capital then a
        // lower-case letter after it is the title's first word, where `U.S. Policy` has a period.
        let glued = index - body.startIndex == 1 && Bytes.isUpper(body[body.startIndex]) && index + 2 < body.endIndex
            && Bytes.isUpper(body[index + 1]) && Bytes.isLower(body[index + 2])
        guard body[index + 1] == 0x20 || glued else { return (nil, body.startIndex) }
        let number = String(decoding: body[body.startIndex..<index], as: UTF8.self)
        if glued { return (number, index + 1) }
        let isRoman = number.allSatisfy { "IVXLCDM".contains($0) } || number.allSatisfy { "ivxlcdm".contains($0) }
        let isDigits = number.allSatisfy(\.isNumber)
        guard isRoman || isDigits || number.count == 1 else { return (nil, body.startIndex) }
        return (number, index + 2)
    }

    /// Whether a byte is a lower-case roman digit: `i`, `v`, `x`, `l`, `c`, `d`, `m`.
    static func isLowerRoman(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "x"), UInt8(ascii: "l"), UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "m"): true
        default: false
        }
    }

    /// A footnote definition: `12. text`, `12a. text`, `\* text`, `* text`, `† text`; returns the
    /// label, where the text starts, and the label's number (`EssayBuilder.number(ofLabel:)`).
    static func footnoteStart(_ bytes: ArraySlice<UInt8>) -> (label: String, textStart: Int, number: Int)? {
        var index = bytes.startIndex
        let end = bytes.endIndex
        if index < end, bytes[index] == UInt8(ascii: "\\") { index += 1 }
        if index + 1 < end, bytes[index] == UInt8(ascii: "*"), bytes[index + 1] == 0x20 {
            return ("*", index + 2, 0)
        }
        if index + 3 < end, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA0, bytes[index + 3] == 0x20 {
            return ("†", index + 4, 0)
        }
        let digitsStart = index
        // Seven digits at most: the number read on the way cannot overflow.
        var number = 0
        while index < end, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9"), index - digitsStart < 7 {
            number = number * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < end, bytes[index] >= UInt8(ascii: "a"), bytes[index] <= UInt8(ascii: "z") { index += 1 }
        // `1\. text`: Pandoc escapes the period of a paragraph that opens with a number.
        if index + 2 < end, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "."), bytes[index + 2] == 0x20 {
            return (String(decoding: bytes[digitsStart..<index], as: UTF8.self), index + 3, number)
        }
        guard index + 1 < end, bytes[index] == UInt8(ascii: "."), bytes[index + 1] == 0x20 else { return nil }
        return (String(decoding: bytes[digitsStart..<index], as: UTF8.self), index + 2, number)
    }

    /// A page number alone on a line (`148`, `xii`, `- 12 -`).
    static func isPageNumber(_ bytes: ArraySlice<UInt8>) -> Bool {
        var trimmed = trim(bytes)
        if trimmed.count >= 5, trimmed.first == UInt8(ascii: "-"), trimmed.last == UInt8(ascii: "-") {
            trimmed = trim(trimmed.dropFirst().dropLast())
        }
        guard !trimmed.isEmpty, trimmed.count <= 6 else { return false }
        return trimmed.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
            || trimmed.allSatisfy { "ivxlc".utf8.contains($0) }
    }

    /// A page's label printed as a report prints it at the foot: `Page 12`, `Page 1-16` (a chapter's
    /// page), `Page 3 of 40`, alone on its line or, as `pdftotext -layout` keeps a foot's columns,
    /// with the report's name after a gap of three spaces or more
    /// (`Page 11-16          GAO-06-382SP Appropriations Law`).
    static func isPageLabel(_ bytes: ArraySlice<UInt8>) -> Bool {
        var trimmed = trim(bytes)
        // The gate: `Page ` and a digit, in at most 160 bytes.
        guard trimmed.count >= 6, trimmed.count <= 160, trimmed.first == UInt8(ascii: "P"),
              trimmed.starts(with: "Page ".utf8) else { return false }
        if let gap = trimmed.firstRange(of: "   ".utf8) { trimmed = trimmed[..<gap.lowerBound] }
        guard trimmed.count <= 24 else { return false }
        var index = trimmed.startIndex + 5
        func digits() -> Bool {
            let start = index
            while index < trimmed.endIndex, trimmed[index] >= UInt8(ascii: "0"), trimmed[index] <= UInt8(ascii: "9") { index += 1 }
            return index > start && index - start <= 4
        }
        guard digits() else { return false }
        if index == trimmed.endIndex { return true }
        if trimmed[index] == UInt8(ascii: "-") {
            index += 1
        } else if trimmed[index...].starts(with: " of ".utf8) {
            index += 4
        } else {
            return false
        }
        return digits() && index == trimmed.endIndex
    }

    /// A running head: a journal or essay name in capitals with a volume or page designation,
    /// such as `*ECOLOGY LAW QUARTERLY* [Vol. 46:135` or `2019] LEGITIMACY 137`.
    static func isRunningHead(_ bytes: ArraySlice<UInt8>) -> Bool {
        let trimmed = trim(bytes)
        // A running head is at most 120 characters of at most four bytes: a paragraph's line is
        // not searched for a volume it cannot hold.
        guard trimmed.count <= 480 else { return false }
        // Either designation needs a `Vol. ` or four leading digits and a bracket (digits beyond
        // ASCII are multi-byte, so only ASCII digits fix where the bracket must be).
        let head = trimmed.prefix(5)
        let mayOpenWithYear = head.count == 5 && (
            head.prefix(4).allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
                ? head.last == UInt8(ascii: "]")
                : head.prefix(4).allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 >= 0x80 })
        guard mayOpenWithYear || containsVolumeWord(trimmed) else { return false }
        guard trimmed.allSatisfy({ ($0 >= 0x20 && $0 <= 0x7E) || $0 == 0x09 }) else {
            return isRunningHeadText(String(decoding: trimmed, as: UTF8.self))
        }
        // Printable ASCII: one character a byte, ASCII digits and letters only; the same rules as
        // `isRunningHeadText` without building a string.
        guard trimmed.count <= 120 else { return false }
        var hasVolume = false
        var letters = 0
        var index = trimmed.startIndex
        while index < trimmed.endIndex {
            if trimmed[index] == UInt8(ascii: "V"), let end = volumeEnd(in: trimmed, at: index) {
                hasVolume = true
                index = end
                continue
            }
            let byte = trimmed[index]
            if byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z") { return false }
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { letters += 1 }
            index += 1
        }
        let hasYearBracket = trimmed.count >= 5 && trimmed.prefix(4).allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            && trimmed[trimmed.startIndex + 4] == UInt8(ascii: "]")
        // pdftotext prints a head's parts as paragraphs of their own: its mark alone (`[Vol. 12:1`,
        // `2013]`) is a head's too.
        return (hasVolume || hasYearBracket) && (letters > 0 || trimmed.count <= 16)
    }

    /// `isRunningHead` for text with characters beyond printable ASCII, scalar by scalar: a
    /// `Vol. N:N` (`[Vol. 46:135]`) or a leading year and bracket (`2019]`), digits being any
    /// decimal digits, and letters outside the volume designations, none of them lower-case.
    /// (Regular expressions did this, compiled again on every line that asked.)
    private static func isRunningHeadText(_ text: String) -> Bool {
        guard !text.isEmpty, text.count <= 120 else { return false }
        let scalars = Array(text.unicodeScalars)
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.generalCategory == .decimalNumber }
        func digitsEnd(from start: Int) -> Int {
            var end = start
            while end < scalars.count, isDigit(scalars[end]) { end += 1 }
            return end
        }
        /// Just past `Vol. N:N` starting at `index`, if it does.
        func volumeEnd(at index: Int) -> Int? {
            guard index + 5 <= scalars.count, scalars[index] == "V", scalars[index + 1] == "o" || scalars[index + 1] == "O",
                  scalars[index + 2] == "l" || scalars[index + 2] == "L",
                  scalars[index + 3] == ".", scalars[index + 4] == " " else { return nil }
            let volume = digitsEnd(from: index + 5)
            guard volume > index + 5, volume < scalars.count, scalars[volume] == ":" else { return nil }
            let page = digitsEnd(from: volume + 1)
            return page > volume + 1 ? page : nil
        }
        let hasYearBracket = scalars.count >= 5 && scalars[..<4].allSatisfy(isDigit) && scalars[4] == "]"
        var hasVolume = false
        var hasLetter = false
        var index = 0
        while index < scalars.count {
            if let end = volumeEnd(at: index) {
                hasVolume = true
                index = end
                continue
            }
            let properties = scalars[index].properties
            if properties.isAlphabetic {
                if properties.isLowercase { return false }
                hasLetter = true
            }
            index += 1
        }
        return (hasVolume || hasYearBracket) && hasLetter
    }

    /// Whether `Vol. ` occurs in `bytes`.
    private static func containsVolumeWord(_ bytes: ArraySlice<UInt8>) -> Bool {
        let buffer = bytes.span
        var index = 0
        while true {
            index = ByteScan.firstIndex(in: buffer, from: index, anyMatch: { ByteScan.contains($0, UInt8(ascii: "V")) },
                                        matches: { $0 == UInt8(ascii: "V") })
            guard index + 5 <= buffer.count else { return false }
            if buffer[index + 1] | 0x20 == UInt8(ascii: "o"), buffer[index + 2] | 0x20 == UInt8(ascii: "l"),
               buffer[index + 3] == UInt8(ascii: "."), buffer[index + 4] == 0x20 {
                return true
            }
            index += 1
        }
    }

    /// Whether `Vol. ` starts at `index`.
    private static func isVolumeWord(_ bytes: ArraySlice<UInt8>, at index: Int) -> Bool {
        index + 5 <= bytes.endIndex && bytes[index] == UInt8(ascii: "V") && bytes[index + 1] | 0x20 == UInt8(ascii: "o")
            && bytes[index + 2] | 0x20 == UInt8(ascii: "l") && bytes[index + 3] == UInt8(ascii: ".") && bytes[index + 4] == 0x20
    }

    /// The end of an ASCII volume designation `Vol. 46:135` starting at `index`, if one does.
    private static func volumeEnd(in bytes: ArraySlice<UInt8>, at index: Int) -> Int? {
        guard isVolumeWord(bytes, at: index) else { return nil }
        func digits(from start: Int) -> Int {
            var end = start
            while end < bytes.endIndex, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") { end += 1 }
            return end
        }
        let volume = digits(from: index + 5)
        guard volume > index + 5, volume < bytes.endIndex, bytes[volume] == UInt8(ascii: ":") else { return nil }
        let page = digits(from: volume + 1)
        return page > volume + 1 ? page : nil
    }

    /// A front-matter metadata line: `DOI: ...` or a copyright notice.
    static func metadataKind(_ bytes: ArraySlice<UInt8>) -> MetadataKind? {
        let head = trim(bytes).prefix(16)
        guard let first = head.first else { return nil }
        // Only `d`, `c`, `(` and `©` (0xC2 0xA9) open a match: no other character lower-cases to them.
        switch first {
        case UInt8(ascii: "d"), UInt8(ascii: "D"), UInt8(ascii: "c"), UInt8(ascii: "C"), UInt8(ascii: "("), 0xC2: break
        default: return nil
        }
        guard head.allSatisfy({ $0 < 0x80 }) else { return metadataKind(ofText: String(decoding: head, as: UTF8.self)) }
        // ASCII lower-cases byte by byte.
        func starts(with prefix: StaticString) -> Bool {
            prefix.utf8CodeUnitCount <= head.count && Bytes.withBytes(of: prefix) { expected in
                var index = head.startIndex
                for offset in expected.indices {
                    guard Bytes.lowercased(head[index]) == expected[offset] else { return false }
                    index += 1
                }
                return true
            }
        }
        if starts(with: "doi:") || starts(with: "doi ") { return .doi }
        if starts(with: "(c) ") { return .copyright }
        if starts(with: "copyright") {
            // A notice: `Copyright © 2019 ...`, `Copyright (c) ...`, `Copyright 2019 ...`; not a
            // sentence about copyright.
            let rest = LineRules.trim(trim(bytes).dropFirst(9))
            let isNotice = rest.first == 0xC2 || rest.starts(with: "(c)".utf8) || rest.starts(with: "(C)".utf8)
                || (rest.count >= 4 && rest.prefix(4).allSatisfy(Bytes.isDigit))
            return isNotice ? .copyright : nil
        }
        return nil
    }

    private static func metadataKind(ofText head: String) -> MetadataKind? {
        let text = head.lowercased()
        if text.hasPrefix("doi:") || text.hasPrefix("doi ") { return .doi }
        if text.hasPrefix("©") || text.hasPrefix("(c) ") { return .copyright }
        if text.hasPrefix("copyright") {
            let rest = text.dropFirst(9).drop { $0 == " " }
            return rest.hasPrefix("©") || rest.hasPrefix("(c)") || rest.prefix(4).allSatisfy(\.isNumber) && rest.count >= 4 ? .copyright : nil
        }
        return nil
    }

    enum MetadataKind { case doi, copyright }

    /// A list item: `- text`, `* text`, `+ text`; returns where the item's text starts.
    static func listItemStart(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex, bytes[index] == 0x20, index - bytes.startIndex < 3 { index += 1 }
        guard index + 1 < bytes.endIndex else { return nil }
        let byte = bytes[index]
        guard byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+"), bytes[index + 1] == 0x20 else { return nil }
        return index + 2
    }

    /// An item's own label after the bullet, such as `1)`, `(a)` or `iv.`: its range, if any.
    static func itemLabel(_ bytes: ArraySlice<UInt8>) -> Range<Int>? {
        var index = bytes.startIndex
        let open = index < bytes.endIndex && bytes[index] == UInt8(ascii: "(")
        if open { index += 1 }
        let start = index
        while index < bytes.endIndex, index - start < 4,
              (bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9")) || (bytes[index] | 0x20 >= UInt8(ascii: "a") && bytes[index] | 0x20 <= UInt8(ascii: "z")) {
            index += 1
        }
        guard index > start, index < bytes.endIndex else { return nil }
        let closer = bytes[index]
        guard closer == UInt8(ascii: ")") || (closer == UInt8(ascii: ".") && !open) else { return nil }
        guard index + 1 == bytes.endIndex || bytes[index + 1] == 0x20 else { return nil }
        return bytes.startIndex..<(index + 1)
    }

    /// Inlined: the scan trims most lines it asks about, and a call made a slice of the file to
    /// count and free each time.
    @inline(__always)
    static func trim(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lower = bytes.startIndex
        var upper = bytes.endIndex
        while lower < upper, bytes[lower] == 0x20 || bytes[lower] == 0x09 || bytes[lower] == 0x0D { lower += 1 }
        while upper > lower, bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09 || bytes[upper - 1] == 0x0D { upper -= 1 }
        return bytes[lower..<upper]
    }
}
