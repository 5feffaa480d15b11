import EssayKit
import Testing

/// Text that is nearly UTF-8: read where nothing is lost, refused with advice that fits otherwise.
@Suite("Nearly UTF-8: surrogates written as UTF-8, files cut short, one damaged stretch")
struct EncodingRepairTests {
    /// `text` in UTF-8, except each character beyond U+FFFF, written as its UTF-16 surrogates, each
    /// encoded as three bytes (CESU-8).
    private static func cesu8(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            guard scalar.value > 0xFFFF else { bytes += Array(String(scalar).utf8); continue }
            for unit in String(scalar).utf16 {
                bytes += [0xE0 | UInt8(unit >> 12), 0x80 | UInt8((unit >> 6) & 0x3F), 0x80 | UInt8(unit & 0x3F)]
            }
        }
        return bytes
    }

    @Test("surrogate pairs written as UTF-8 (CESU-8): read as their characters, with one warning at the first")
    func surrogatePairs() throws {
        let text = "# Title\n\nThe rate “𝑟” exceeds 𝑔 here.[^1]\n\n[^1]: See Ann Roe, A Treatise 12 (2001).\n"
        let file = try SourceFile.decode(path: "math.md", data: Self.cesu8(text))
        #expect(file.bytes == Array(text.utf8))
        let essay = try EssayParser().parse(file)
        #expect(Fixture.sentences(essay) == ["The rate “𝑟” exceeds 𝑔 here."])
        #expect(essay.footnotes.count == 1)
        #expect(essay.diagnostics.map(\.description) == [
            "math.md:3:11: warning: 2 characters are written as UTF-16 surrogate pairs (CESU-8), the first here; "
                + "read as the characters they encode (save the file as UTF-8 to silence this)",
        ])
    }

    @Test("a surrogate without its partner: U+FFFD in its three bytes, the rest of the line in place, a warning at it")
    func loneSurrogates() throws {
        // A high surrogate, then a pair, then a low surrogate alone, as a broken extraction leaves them.
        var bytes = Array("# Title\n\nThe set ".utf8)
        bytes += [0xED, 0xA0, 0xB5] + Self.cesu8("𝑐") + [0xED, 0xB1, 0x9A]
        bytes += Array(" is small.\n".utf8)
        let essay = try EssayParser().parse(SourceFile.decode(path: "lone.md", data: bytes))
        #expect(Fixture.sentences(essay) == ["The set \u{FFFD}𝑐\u{FFFD} is small."])
        #expect(essay.diagnostics.map(\.description) == [
            "lone.md:3:9: warning: 2 UTF-16 surrogates stand without a partner, the first here; "
                + "each is read as U+FFFD, as it encodes no character (fix the text there)",
            "lone.md:3:10: warning: 1 character is written as a UTF-16 surrogate pair (CESU-8), the first here; "
                + "read as the characters they encode (save the file as UTF-8 to silence this)",
        ])
    }

    @Test("a surrogate pair and then a Latin-1 byte: the error names the Latin-1 byte at its place in the file")
    func surrogatesThenOtherDamage() {
        var bytes = Array("# Title\n\n".utf8) + Self.cesu8("The 𝑥 is known.\n\nThe caf")
        let offset = bytes.count
        bytes += [0xE9] + Array("t\u{E9}\n".utf8)
        #expect {
            try SourceFile.decode(path: "mixed.md", data: bytes)
        } throws: { error in
            (error as? EssayError)?.description == "mixed.md:5:8: error: the file is not valid UTF-8 (byte 0xE9 at offset \(offset)); "
                + "the text before it is UTF-8, so the file is UTF-8 with a damaged stretch (converting the whole would garble the rest): "
                + "fix the text at that place"
        }
    }

    @Test("a file cut short inside a character: said so, not advised to convert from another encoding")
    func truncatedCharacter() {
        let bytes = Array("# Title\n\nIt ends “".utf8).dropLast(1)
        #expect {
            try SourceFile.decode(path: "cut.md", data: Array(bytes))
        } throws: { error in
            (error as? EssayError)?.description == "cut.md:3:9: error: the file is not valid UTF-8 (byte 0xE2 at offset \(bytes.count - 2)); "
                + "the file ends inside a character, as a file cut short does; check that it was saved or copied whole"
        }
    }

    @Test("Latin-1 text: the iconv line that converts it")
    func latin1() {
        let bytes = Array("# Title\n\nThe caf".utf8) + [0xE9] + Array(" was open.\n".utf8)
        #expect {
            try SourceFile.decode(path: "latin.md", data: bytes)
        } throws: { error in
            (error as? EssayError)?.description == "latin.md:3:8: error: the file is not valid UTF-8 (byte 0xE9 at offset 16); "
                + "convert it to UTF-8, for example with iconv -f WINDOWS-1252 -t UTF-8, or fix the text at that place"
        }
    }

    @Test("UTF-16 without a byte-order mark: named as UTF-16 in its byte order, not as binary data", arguments: [true, false])
    func utf16WithoutMark(littleEndian: Bool) {
        let text = "# Title\n\nThe court’s view.\n"
        let bytes = text.utf16.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let order = littleEndian ? "little-endian" : "big-endian"
        #expect {
            try SourceFile.decode(path: "wide.md", data: bytes)
        } throws: { error in
            (error as? EssayError)?.description == "wide.md:1:1: error: the file is UTF-16 text (\(order), without a byte-order mark: "
                + "every other byte is zero); legit reads UTF-8; convert it, for example with iconv -f UTF-16\(littleEndian ? "LE" : "BE") -t UTF-8"
        }
    }
}
