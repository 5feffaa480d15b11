/// `[61](b)`: a judgment's paragraph and its sub-paragraph as a pdftotext or Markdown text writes
/// them, which reads as a Markdown link whose text is a number and whose address is a letter. No
/// link is written so; it is kept as text.
enum ParagraphSubdivisionLink {
    /// The most bytes of a paragraph's number (`4.07`, `120`).
    private static let longestNumber = 6
    /// The most bytes of a sub-paragraph's label (`viii`).
    private static let longestLabel = 5

    /// Whether `text` (between the brackets) and `address` (between the parentheses) are a
    /// paragraph's number and a sub-paragraph's label: digits (and dots), then a few lower-case
    /// letters or digits.
    static func isPlace(_ text: ArraySlice<UInt8>, _ address: ArraySlice<UInt8>) -> Bool {
        guard !text.isEmpty, text.count <= longestNumber, !address.isEmpty, address.count <= longestLabel,
              let first = text.first, first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") else { return false }
        return text.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: ".") }
            && address.allSatisfy { ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }
    }
}
