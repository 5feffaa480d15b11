import LowLevel

/// The pinpoint New Zealand and Australian styles print after a case's court and year, where the
/// Bluebook puts it before them: `Riley v Ostrow 612 F 3d 455 (4th Cir 2010) at 461`, `(2d Cir
/// 1996) at 805`, `(HCA 2001) at [31]`.
enum PinpointAfterCourt {
    /// The place after ` at ` at `offset`, and just past it; nil when no `at` and place are there.
    static func read(_ text: CitationText, at offset: Int, end: Int) -> (pinpoint: Pinpoint, end: Int)? {
        let at = text.skipSpaces(from: offset, end: end)
        guard at > offset, text.has("at ", at: at, end: end) else { return nil }
        let place = text.skipSpaces(from: at + 3, end: end)
        guard place < end else { return nil }
        if let paragraph = ParagraphPlace.parse(text, at: place, end: end) { return paragraph }
        guard Bytes.isDigit(text.bytes[place]), let parsed = PinpointParser.parse(text, at: place, end: end, allowRoman: false),
              parsed.pinpoint.kind == .page || parsed.pinpoint.kind == .pages else { return nil }
        return parsed
    }
}
