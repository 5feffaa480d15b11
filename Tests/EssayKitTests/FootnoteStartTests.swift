@testable import EssayKit
import Testing

@Suite("A footnote block's note start reads its label's number on the way")
struct FootnoteStartTests {
    @Test("the number read with the label is the label's number", arguments: [
        ("7. A note.", "7", 7), ("012a. A note.", "012a", 12), ("1234567. A note.", "1234567", 1234567),
        ("* A note.", "*", 0), ("\\* A note.", "*", 0), ("† A note.", "†", 0),
    ])
    func numberWithLabel(line: String, label: String, number: Int) throws {
        let start = try #require(LineRules.footnoteStart(Array(line.utf8)[...]))
        #expect(start.label == label)
        #expect(start.number == number)
        #expect(start.number == EssayBuilder.number(ofLabel: start.label))
    }

    @Test("eight digits are no note's label")
    func eightDigits() {
        #expect(LineRules.footnoteStart(Array("12345678. A note.".utf8)[...]) == nil)
    }
}
