@testable import Explorer
import Testing

@Suite("How text takes room on a terminal")
struct TerminalTextTests {
    /// The ranges `width(of:)` counts as one column without looking up the character's category.
    static let oneColumnRanges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x2070...0x209F]

    @Test func theQuickRangesHoldNoMarksFormatsOrWideCharacters() {
        for range in Self.oneColumnRanges {
            for value in range {
                // The soft hyphen is a format character that terminals (and glibc's wcwidth) give a column.
                guard value != 0xAD, let scalar = Unicode.Scalar(value) else { continue }
                let category = scalar.properties.generalCategory
                #expect(![.nonspacingMark, .enclosingMark, .format, .lineSeparator, .paragraphSeparator].contains(category),
                        "U+\(String(value, radix: 16)) is \(category)")
                #expect(!TerminalText.isWide(value))
            }
        }
    }

    @Test func countsColumnsAsTheTerminalDoes() {
        #expect(TerminalText.width(of: "plain") == 5)
        #expect(TerminalText.width(of: "“quoted”—dash ¶ §") == 17)
        #expect(TerminalText.width(of: "Order²") == 6)
        #expect(TerminalText.width(of: "漢字") == 4)
        #expect(TerminalText.width(of: "e\u{301}") == 1)
        #expect(TerminalText.width(of: "a\u{200B}b") == 2)
    }

    @Test func bytesAndTextAgree() {
        for text in ["plain words", "“Caron’s” view—of ¶ 72", "漢字 and text", "e\u{301}t\u{E9}"] {
            #expect(TerminalText.width(utf8: ArraySlice(Array(text.utf8))) == TerminalText.width(of: text))
        }
    }

    @Test func superscriptLabels() {
        #expect(ReadingLayout.superscript("12") == "¹²")
        #expect(ReadingLayout.superscript("60") == "⁶⁰")
        #expect(ReadingLayout.superscript("*") == "[*]")
        #expect(ReadingLayout.superscript("12a") == "[12a]")
        #expect(ReadingLayout.superscript("") == "[]")
    }
}
