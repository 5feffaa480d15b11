import LowLevel

/// A page of a court's slip opinion, as a case is cited before its reporter's pages are known:
/// `(slip op., at 12)`, `slip op. at 4`, the pinpoint into the case (`603 U.S. ___, ___ (2024)
/// (slip op., at 5)`, `*Id.* (slip op., at 12)`, `*Poe*, slip op., at 12`).
enum SlipOpinion {
    /// The slip opinion's page at `offset` (`slip op., at 12`, `slip op. at 12-13`) and the offset
    /// past it, or nil.
    static func page(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        // The cheap gate: `slip op` written here.
        guard text.has("slip op", at: offset, end: end) else { return nil }
        var index = offset + 7
        if text.has(".", at: index, end: end) { index += 1 }
        if text.has(",", at: index, end: end) { index += 1 }
        index = text.skipSpaces(from: index, end: end)
        guard text.has("at ", at: index, end: end) else { return nil }
        let pageStart = text.skipSpaces(from: index + 3, end: end)
        guard let parsed = PinpointParser.parse(text, at: pageStart, end: end, allowRoman: false),
              parsed.pinpoint.kind == .page || parsed.pinpoint.kind == .pages else { return nil }
        return (Pinpoint(kind: parsed.pinpoint.kind, text: "slip op. at " + parsed.pinpoint.text), parsed.end)
    }

    /// The slip opinion's page a parenthesis at `open` holds whole (`(slip op., at 5)`), and the
    /// offset past its closing bracket, or nil.
    static func parenthesized(_ text: CitationText, at open: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        guard open < end, text.bytes[open] == UInt8(ascii: "("), text.has("slip op", at: open + 1, end: end),
              let close = text.closingBracket(after: open, end: end),
              let page = page(text, at: open + 1, end: close - 1), text.skipSpaces(from: page.end, end: close - 1) == close - 1 else { return nil }
        return (page.pinpoint, close)
    }

    /// Whether `pinpoint` is a slip opinion's page: one a case's reporter pages do not bound.
    static func isSlipPage(_ pinpoint: Pinpoint) -> Bool {
        pinpoint.text.hasPrefix("slip op")
    }
}
