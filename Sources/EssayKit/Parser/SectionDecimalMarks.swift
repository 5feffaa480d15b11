import LowLevel

/// A note's mark plain text glued after a section's number where a sentence ends (`2 U.S.C.
/// § 631.49 Numerous`, `2 U.S.C. §§ 682(1), 683.60 The`), as pdftotext prints a superscript that
/// lost its raise: it reads as a decimal section. Codes number sections with decimals too
/// (`26 C.F.R. § 1.501`, `Cal. Health & Safety Code § 1714.45`), so the callers read it so only
/// when it is the number the notes expect next, and only when the text cites that code with no
/// decimal section elsewhere.
enum SectionDecimalMarks {
    /// Whether the `count` digits at `index` are a mark glued after a section's full stop: one to
    /// three digits (no leading zero) after `§ N.` or after the last of a list `§§ N(1), M.`, then
    /// the sentence's end (the line ends, or a capital or quotation mark opens the next), and no
    /// other citation of the code (the word before `§`: `U.S.C.`) writes a section with a decimal
    /// that is not such a mark (`§ 1.501(c)`, `§ 1714.45 (West`).
    static func isMark(_ bytes: [UInt8], at index: Int, count: Int) -> Bool {
        guard count >= 1, count <= 3, index >= 6, index + count <= bytes.count, bytes[index - 1] == UInt8(ascii: "."),
              Bytes.isDigit(bytes[index - 2]), bytes[index] != UInt8(ascii: "0") else { return false }
        let end = index + count
        guard end == bytes.count || !(Bytes.isDigit(bytes[end]) || Bytes.isLetter(bytes[end])),
              LooseMarks.opensWithCapital(bytes, at: end) else { return false }
        var start = index - 2
        while start > 0, Bytes.isDigit(bytes[start - 1]) { start -= 1 }
        guard let sign = sectionSign(bytes, before: start) else { return false }
        let code = codeWord(bytes, before: sign)
        guard !code.isEmpty else { return false }
        return !citesDecimalSections(bytes, code: code, except: start)
    }

    /// Where the `§` (C2 A7) opens the section list whose element starts at `start`: `§ 631`,
    /// `§§ 682(1), 683`; nil when none does.
    static func sectionSign(_ bytes: [UInt8], before start: Int) -> Int? {
        var element = start
        for _ in 0..<8 {
            guard element >= 3, bytes[element - 1] == 0x20 else { return nil }
            if bytes[element - 2] == 0xA7, bytes[element - 3] == 0xC2 {
                var sign = element - 3
                if sign >= 2, bytes[sign - 1] == 0xA7, bytes[sign - 2] == 0xC2 { sign -= 2 }
                return sign
            }
            // The element before, after its comma: `682(1)`, `683`.
            guard bytes[element - 2] == UInt8(ascii: ",") else { return nil }
            var before = element - 2
            while before > 0, bytes[before - 1] != 0x20, element - before < 24 { before -= 1 }
            guard before < element - 2, Bytes.isDigit(bytes[before]) else { return nil }
            element = before
        }
        return nil
    }

    /// The word before the `§` at `sign` (`U.S.C.`, `C.F.R.`, `Code`), empty when none.
    static func codeWord(_ bytes: [UInt8], before sign: Int) -> ArraySlice<UInt8> {
        var end = sign
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, end - start < 24, !Bytes.isSpace(bytes[start - 1]) { start -= 1 }
        return bytes[start..<end]
    }

    /// Whether a citation of `code` elsewhere (not the element at `except`) writes a section
    /// with a decimal that is no mark: the digits after its full stop run on into something other
    /// than a sentence's end (`§ 1.501(c)`, `§ 1.501, and`, `§ 1714.45 (West 2020)`).
    private static func citesDecimalSections(_ bytes: [UInt8], code: ArraySlice<UInt8>, except: Int) -> Bool {
        var position = 0
        while position < bytes.count {
            let sign = ByteScan.firstIndex(in: bytes, from: position, anyMatch: { ByteScan.contains($0, 0xA7) }, matches: { $0 == 0xA7 })
            guard sign < bytes.count else { return false }
            position = sign + 1
            guard sign >= 1, bytes[sign - 1] == 0xC2, codeWord(bytes, before: sign - 1).elementsEqual(code) else { continue }
            // The list of sections after the sign.
            var cursor = sign + 1
            if cursor + 1 < bytes.count, bytes[cursor] == 0xC2, bytes[cursor + 1] == 0xA7 { cursor += 2 }
            for _ in 0..<8 {
                while cursor < bytes.count, bytes[cursor] == 0x20 { cursor += 1 }
                let element = cursor
                while cursor < bytes.count, Bytes.isDigit(bytes[cursor]) { cursor += 1 }
                guard cursor > element, cursor + 1 < bytes.count else { break }
                if bytes[cursor] == UInt8(ascii: "."), Bytes.isDigit(bytes[cursor + 1]), element != except {
                    var fraction = cursor + 1
                    while fraction < bytes.count, Bytes.isDigit(bytes[fraction]) { fraction += 1 }
                    let markShaped = fraction - cursor - 1 <= 3 && bytes[cursor + 1] != UInt8(ascii: "0")
                        && (fraction == bytes.count || !Bytes.isLetter(bytes[fraction])) && LooseMarks.opensWithCapital(bytes, at: fraction)
                    if !markShaped { return true }
                    cursor = fraction
                }
                // Subsections (`(1)`), then a comma and the next element.
                while cursor < bytes.count, bytes[cursor] != 0x20, bytes[cursor] != 0x0A, bytes[cursor] != UInt8(ascii: ","), cursor - element < 24 { cursor += 1 }
                guard cursor + 2 < bytes.count, bytes[cursor] == UInt8(ascii: ","), bytes[cursor + 1] == 0x20, Bytes.isDigit(bytes[cursor + 2]) else { break }
                cursor += 1
            }
        }
        return false
    }
}
