import LowLevel

/// A line that opens a part of an essay's front matter with its label: `Abstract`, `ABSTRACT.`,
/// `## Abstract`, `**Abstract:** We study ...`, `Keywords: a, b`, `Key words—a; b`, `JEL
/// Classification: K12, D82`, `JEL Codes: K12`.
///
/// A label in mixed case is followed by a stop, a colon or a dash (or ends the line): `Abstract
/// thinking is ...` opens a sentence. One in capitals may run on into its text (`ABSTRACT This
/// Article ...`), as PDF conversions set a label in small capitals.
struct FrontPartLine {
    enum Kind { case abstract, keywords, classification }

    var kind: Kind
    /// Where the part's text starts on the line, after its label (the line's end when it is alone).
    var textStart: Int

    /// The label `line` opens with; nil for any other line. The first byte (`A`, `K`, `J`, `#`, `*`,
    /// `_`, in either case) is looked at before anything else.
    static func read(_ line: ArraySlice<UInt8>) -> FrontPartLine? {
        guard let lead = line.first, line.count <= 4000 else { return nil }
        switch lead | 0x20 {
        case UInt8(ascii: "a"), UInt8(ascii: "k"), UInt8(ascii: "j"), UInt8(ascii: "#") | 0x20, UInt8(ascii: "*") | 0x20, UInt8(ascii: "_") | 0x20:
            break
        default:
            return nil
        }
        var text = LineRules.trim(line)
        // Markdown's heading marks and emphasis round the label.
        while let first = text.first, first == UInt8(ascii: "#") || first == UInt8(ascii: "*") || first == UInt8(ascii: "_") { text = text.dropFirst() }
        text = text.drop(while: { $0 == 0x20 })
        guard let first = text.first else { return nil }
        let labels: [(StaticString, Kind)]
        switch first | 0x20 {
        case UInt8(ascii: "a"): labels = [("abstract", .abstract)]
        case UInt8(ascii: "k"): labels = [("keywords", .keywords), ("key words", .keywords), ("keyword", .keywords), ("key terms", .keywords)]
        case UInt8(ascii: "j"): labels = [("jel classifications", .classification), ("jel classification", .classification),
                                         ("jel codes", .classification), ("jel code", .classification), ("jel", .classification)]
        default: return nil
        }
        for (label, kind) in labels where LineRules.startsFolded(text, label) {
            let word = text.prefix(label.utf8CodeUnitCount)
            var rest = text.dropFirst(label.utf8CodeUnitCount)
            // The emphasis closing round the label (`**Abstract:**`, `*Keywords*:`).
            let marks = { (slice: inout ArraySlice<UInt8>) in
                while let byte = slice.first, byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") { slice = slice.dropFirst() }
            }
            marks(&rest)
            var stopped = false
            if let byte = rest.first {
                if byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || (byte == UInt8(ascii: "-") && rest.dropFirst().first == 0x20) {
                    rest = rest.dropFirst()
                    stopped = true
                } else if byte == 0xE2, rest.count >= 3, rest[rest.startIndex + 1] == 0x80,
                          rest[rest.startIndex + 2] == 0x94 || rest[rest.startIndex + 2] == 0x93 {
                    rest = rest.dropFirst(3)
                    stopped = true
                }
            }
            marks(&rest)
            let afterSpace = rest.drop(while: { $0 == 0x20 })
            if !stopped, !afterSpace.isEmpty {
                // A label that runs on into its text is one in capitals, before a capital.
                guard afterSpace.startIndex > rest.startIndex, !word.contains(where: Bytes.isLower),
                      let next = afterSpace.first, Bytes.isUpper(next) || Bytes.isDigit(next) else { return nil }
            }
            guard rest.isEmpty || afterSpace.startIndex > rest.startIndex || stopped else { return nil }
            return FrontPartLine(kind: kind, textStart: afterSpace.isEmpty ? line.endIndex : afterSpace.startIndex)
        }
        return nil
    }

    /// The items of a list of keywords or codes: parted by semicolons when it has any, else by
    /// commas; a closing stop left out.
    static func items(_ text: String) -> [String] {
        let separator: Character = text.contains(";") ? ";" : ","
        return text.split(separator: separator).map { item in
            var item = item.trimmingSpaces()
            while item.last == "." { item.removeLast() }
            return item
        }.filter { !$0.isEmpty }
    }
}
