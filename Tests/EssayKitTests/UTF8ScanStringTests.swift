import LowLevel
import Testing

@Suite("Text made from checked UTF-8")
struct UTF8ScanStringTests {
    /// Invented text with the scalars essays hold: curly quotes, dashes, a section sign, an accent
    /// and one four-byte scalar, with ASCII runs of every length between them.
    let text = Array("The panel’s “rule” at § 12–14 was café-bound; the 𝄞 court wrote it again, and then once more at length.".utf8)

    /// Ill-formed sequences: a surrogate, overlong forms, past U+10FFFF, a lone continuation byte,
    /// a byte never in UTF-8, and sequences cut short.
    let illFormed: [[UInt8]] = [[0xED, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xC0, 0xAF], [0xC1, 0xBF], [0xF0, 0x8F, 0xBF, 0xBF],
                                [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xFF], [0xE2, 0x80], [0xF0, 0x9F, 0x98]]

    /// The first offset where `bytes` stop being well-formed: the end of their longest
    /// well-formed prefix.
    func expectedInvalidOffset(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        return (0...bytes.count).last { String(validating: bytes[..<$0], as: UTF8.self) != nil }
    }

    func expectSameText(_ bytes: [UInt8]) {
        let made = UTF8Scan.string(bytes.span)
        let decoded = String(decoding: bytes, as: UTF8.self)
        #expect(made == decoded && Array(made.utf8) == Array(decoded.utf8), "\(bytes)")
    }

    @Test("every stretch of well-formed text reads as String(decoding:) reads it, cut scalars repaired alike")
    func stretchesOfText() {
        for lower in text.indices {
            for upper in lower...min(text.count, lower + 70) { expectSameText(Array(text[lower..<upper])) }
        }
    }

    @Test("ill-formed bytes at every place of an ASCII run and after other scalars read as String(decoding:) reads them")
    func illFormedBytes() {
        let ascii = Array(repeating: UInt8(ascii: "a"), count: 45)
        for bad in illFormed {
            for place in 0...ascii.count {
                for lead in [[], Array("’".utf8)] {
                    let bytes = lead + Array(ascii[..<place]) + bad + Array(ascii[place...])
                    expectSameText(bytes)
                    #expect(UTF8Scan.firstInvalidOffset(in: bytes.span) == expectedInvalidOffset(bytes), "\(bytes)")
                }
            }
        }
    }

    @Test("well-formed text is found well-formed, ill-formed text where it first goes wrong")
    func firstInvalidOffsets() {
        #expect(UTF8Scan.firstInvalidOffset(in: text.span) == nil)
        for place in stride(from: 0, through: text.count, by: 1) where place == text.count || text[place] & 0xC0 != 0x80 {
            for bad in illFormed {
                let bytes = Array(text[..<place]) + bad + Array(text[place...])
                #expect(UTF8Scan.firstInvalidOffset(in: bytes.span) == expectedInvalidOffset(bytes), "\(bytes)")
            }
        }
    }
}
