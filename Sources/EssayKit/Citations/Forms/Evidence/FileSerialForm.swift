import LowLevel

/// An investigative file cited by its number and serials: `XY-1234567, serial 18`, `XY-1234567,
/// serials 4 & 19`. The file is the work, the serial the pinpoint.
enum FileSerialForm: CitationForm {
    /// The first test of `read`: a file number's capital.
    static func mayOpen(with byte: UInt8) -> Bool { Bytes.isUpper(byte) }

    /// The fewest digits a file number has after its letters.
    private static let fewestDigits = 4

    static func read(_ text: CitationText, _ body: Range<Int>) -> ClauseReading? {
        let citation = ClauseEnds.withoutClosingPeriod(text, body)
        let bytes = text.bytes
        var index = citation.lowerBound
        while index < citation.upperBound, Bytes.isUpper(bytes[index]) || Bytes.isDigit(bytes[index]) || bytes[index] == UInt8(ascii: "-") { index += 1 }
        let number = citation.lowerBound..<index
        // The gate: capitals, a hyphen, and digits, then `serial` after a comma or a space.
        var digits = 0
        for offset in number where Bytes.isDigit(bytes[offset]) { digits += 1 }
        guard digits >= fewestDigits, bytes[number].contains(UInt8(ascii: "-")) else { return nil }
        var serial = index
        if text.has(",", at: serial, end: citation.upperBound) { serial += 1 }
        serial = text.skipSpaces(from: serial, end: citation.upperBound)
        guard serial > index, text.has("serial", at: serial, end: citation.upperBound, ignoringFirstLetterCase: true) else { return nil }
        var work = WorkDraft(kind: .document, title: text.string(number))
        work.documentNumber = text.string(number)
        let pinpoint = Pinpoint(kind: .other, text: text.string(serial..<citation.upperBound))
        return ClauseReading(form: .full(ClauseReading.SharedWork(work)), pinpoint: pinpoint, citation: citation, trailing: nil)
    }
}
