import LowLevel

/// A code the text cites a section of, anywhere (running text or note): `Neb. Rev. Stat. § 29-2523
/// (Reissue 2008)` in an opinion's body, `720 Ill. Comp. Stat. 5/12-3` in a note. A later bare
/// `§ 29-2519(2)(e)` belongs to the one code cited before it whose sections have its shape
/// (`SectionShape`), as state opinions cite their own code after naming it once.
///
/// Found by a scan of the file for section signs made once, when a note first needs it; each sign's
/// line is read as a small text by `StatuteForm`, so the code is the one a note citing it names.
struct CitedCode: Equatable {
    /// The code as its works are titled before the section: `Neb. Rev. Stat.`, `42 U.S.C.`.
    var codeTitle: String
    /// The abbreviation and title number its works carry (`U.S.C.`, `42`).
    var container: String?
    var volume: String?
    /// The shape of the section cited (`29-2523` is `.hyphen`).
    var shape: SectionShape
    /// The file offset of its section sign.
    var offset: Int

    /// The most bytes of a line read before a section sign: a code's name and title.
    private static let lookBehind = 64
    /// The most bytes read after it: the section.
    private static let lookAhead = 32
    /// The most word starts before a sign tried as the start of the citation.
    private static let starts = 8

    /// Every code section the file cites, in the order of the text.
    static func find(in file: SourceFile) -> [CitedCode] {
        let bytes = file.bytes
        var found: [CitedCode] = []
        var index = 0
        while index + 1 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == 0xC2, bytes[index + 1] == 0xA7 else { continue }
            // `§§` is one sign: the second is read with the first.
            if index >= 2, bytes[index - 2] == 0xC2, bytes[index - 1] == 0xA7 { continue }
            var lineStart = index
            while lineStart > 0, index - lineStart < lookBehind, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
            while lineStart < index, bytes[lineStart] & 0xC0 == 0x80 { lineStart += 1 }
            // No letters before the sign on its line: a bare section, which names no code.
            guard bytes[lineStart..<index].contains(where: Bytes.isLetter) else { continue }
            var lineEnd = index + 2
            while lineEnd < bytes.count, lineEnd - index < lookAhead, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            while lineEnd < bytes.count, lineEnd > index + 2, bytes[lineEnd] & 0xC0 == 0x80 { lineEnd -= 1 }
            let window = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
            guard var cited = read(CitationText(RichText(text: window)), sign: index - lineStart) else { continue }
            cited.offset = index
            found.append(cited)
        }
        return found
    }

    /// The code cited by the section sign at `sign` of `text`, read from one of the few words before
    /// it; nil when no code's section is read there.
    static func read(_ text: CitationText, sign: Int) -> CitedCode? {
        let bytes = text.bytes
        // The section: its number, to the first space or comma.
        var sectionEnd = text.skipSpaces(from: sign + 2, end: text.count)
        if sectionEnd + 1 < text.count, bytes[sectionEnd] == 0xC2, bytes[sectionEnd + 1] == 0xA7 {
            sectionEnd = text.skipSpaces(from: sectionEnd + 2, end: text.count)
        }
        guard sectionEnd < text.count, Bytes.isDigit(bytes[sectionEnd]) else { return nil }
        while sectionEnd < text.count, !Bytes.isSpace(bytes[sectionEnd]), bytes[sectionEnd] != UInt8(ascii: ","),
              bytes[sectionEnd] != UInt8(ascii: ";"), bytes[sectionEnd] != UInt8(ascii: ")") { sectionEnd += 1 }
        var wordStarts: [Int] = []
        var start = sign
        while start > 0, wordStarts.count < starts {
            start -= 1
            if !Bytes.isSpace(bytes[start]), start == 0 || Bytes.isSpace(bytes[start - 1]) { wordStarts.append(start) }
        }
        // The farthest start first: a code's name is read whole (`Neb. Rev. Stat.`, not `Stat.`).
        for start in wordStarts.reversed() {
            guard let reading = StatuteForm.read(text, start..<sectionEnd), case .full(let shared) = reading.form,
                  shared.work.kind == .statute, let mark = shared.work.title.range(of: " §") else { continue }
            let section = shared.work.title[mark.upperBound...].drop { $0 == "§" || $0 == " " }
            guard let shape = SectionShape(section) else { continue }
            return CitedCode(codeTitle: String(shared.work.title[..<mark.lowerBound]), container: shared.work.container,
                             volume: shared.work.volume, shape: shape, offset: sign)
        }
        return nil
    }
}
