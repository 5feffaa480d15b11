import LowLevel

/// Letters a PDF's font wrote as private-use characters, rewritten as the letters they stand for
/// before the scan, so every rule after it (note starts, names, titles, search) sees letters.
///
/// A publisher's small capitals (Adobe's expert encoding) are glyphs of their own that a PDF's
/// text layer maps to private-use code points: U+F761–U+F77A for small `a`–`z`, U+F7E0–U+F7FE for
/// the small accented letters of Latin-1 (`à` … `þ`), U+F730–U+F739 for old-style figures and
/// U+F726 for a small ampersand. A converter (MarkItDown, pdfminer) keeps them, so a name printed
/// `Anna-Marie Costa` in small capitals reaches legit as `A` + three unknown characters + `-M` ….
/// Each is read as its letter in lower case (the capital before it is printed as a capital);
/// every edited line keeps its place, its text closed up and spaces filling it to its old end
/// (`NoteSyntaxRewrite.apply`). A file without the lead byte `EF` is looked at once.
enum PrivateUseLetters {
    /// The file with its private-use letters rewritten, and how many there were; nil when none.
    static func rewritten(_ bytes: [UInt8]) -> (bytes: [UInt8], count: Int)? {
        var edits: [NoteSyntaxRewrite.Edit] = []
        var from = 0
        while let lead = ByteScan.firstIndex(of: 0xEF, in: bytes.span, from: from) {
            from = lead + 1
            guard lead + 2 < bytes.count, let letter = letter(bytes[lead + 1], bytes[lead + 2]) else { continue }
            edits.append(.init(lead..<(lead + 3), letter))
            from = lead + 3
        }
        return edits.isEmpty ? nil : (NoteSyntaxRewrite.apply(edits, to: bytes), edits.count)
    }

    /// The UTF-8 of the letter that the private-use character `EF second third` stands for.
    static func letter(_ second: UInt8, _ third: UInt8) -> [UInt8]? {
        switch second {
        case 0x9D where (0xA1...0xBA).contains(third):
            // U+F761–U+F77A: small `a`–`z`.
            return [UInt8(ascii: "a") + (third - 0xA1)]
        case 0x9C where (0xB0...0xB9).contains(third):
            // U+F730–U+F739: old-style `0`–`9`.
            return [UInt8(ascii: "0") + (third - 0xB0)]
        case 0x9C where third == 0xA6:
            // U+F726: a small ampersand.
            return [UInt8(ascii: "&")]
        case 0x9F where (0xA0...0xBE).contains(third) && third != 0xB7:
            // U+F7E0–U+F7FE: small `à`–`þ` (U+00E0–U+00FE; U+F7F7 would be the division sign).
            return [0xC3, third]
        default:
            return nil
        }
    }
}
