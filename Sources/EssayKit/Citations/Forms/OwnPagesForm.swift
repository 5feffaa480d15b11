import LowLevel

/// A page of the essay itself: `post, at 12 (dissenting opinion)`, `ante, at 5`, `supra, at
/// 56–59`, `infra, at 30`, as court opinions point at their own pages and at the other opinions
/// printed with them. No work is cited, and an *Id.* after it means those pages, not the work
/// cited before.
enum OwnPagesForm: CitationForm {
    private static let words: [StaticString] = ["ante", "post", "supra", "infra"]

    /// The first test of `read`: each word opens with `a`, `p`, `s` or `i`.
    static func mayOpen(with byte: UInt8) -> Bool {
        byte == UInt8(ascii: "a") || byte == UInt8(ascii: "p") || byte == UInt8(ascii: "s") || byte == UInt8(ascii: "i")
    }

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        // The gate: the clause opens with `a`, `p`, `s` or `i`, then `, at ` follows the word.
        guard body.count >= 10, let first = body.first else { return nil }
        let lead = text.bytes[first]
        guard lead == UInt8(ascii: "a") || lead == UInt8(ascii: "p") || lead == UInt8(ascii: "s") || lead == UInt8(ascii: "i"),
              let word = words.first(where: { text.has($0, at: first, end: body.upperBound) }) else { return nil }
        let wordEnd = first + word.utf8CodeUnitCount
        var comma = text.skipSpaces(from: wordEnd, end: body.upperBound)
        guard comma < body.upperBound, text.bytes[comma] == UInt8(ascii: ",") else { return nil }
        comma = text.skipSpaces(from: comma + 1, end: body.upperBound)
        guard text.has("at ", at: comma, end: body.upperBound),
              let parsed = PinpointParser.parse(text, at: comma + 3, end: body.upperBound, allowRoman: true) else { return nil }
        let (pinpoint, end) = PinpointParser.withNote(text, parsed, start: comma + 3, end: body.upperBound)
        let citation = first..<end
        let rest = text.trimmed(end..<body.upperBound)
        return ClauseReading(form: .ownPages, pinpoint: pinpoint, citation: citation, trailing: rest.isEmpty ? nil : rest)
    }
}
