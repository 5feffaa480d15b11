import LowLevel

/// How far an address printed in a note runs, a converter's line breaks inside it joined:
/// `http:// www.example.org/wp-content/ uploads/2011/x.pdf` is one address.
///
/// A piece after a space continues the address only when the piece before ends where a path
/// goes on (`://`, `/`, `-`, `_`, `=`, `?`, `&`, `%`) and the next holds a path's marks (a slash, a
/// dot, a hyphen, an underscore, a digit), or when the next holds a slash or ends in a file's
/// extension; never when it opens an address of its own or a word of prose (`Part 3`, `as of`).
enum AddressExtent {
    /// The most pieces one address is joined from.
    private static let mostPieces = 6

    /// Whether an address opens at `offset`: `http://`, `https://` or `www.`.
    static func opens(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        text.has("http://", at: offset, end: end) || text.has("https://", at: offset, end: end) || text.has("www.", at: offset, end: end)
    }

    /// Just past the address opening at `start` (no closing `>`, no sentence's closing punctuation).
    static func end(_ text: CitationText, from start: Int, end: Int) -> Int {
        var stop = pieceEnd(text, from: start, end: end)
        for _ in 0..<mostPieces {
            let next = text.skipSpaces(from: stop, end: end)
            guard next > stop, next < end else { break }
            let nextEnd = pieceEnd(text, from: next, end: end)
            guard continues(text, stop, next..<nextEnd, end: end) else { break }
            stop = nextEnd
        }
        while stop > start, [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: ")"),
                              UInt8(ascii: "]")].contains(text.bytes[stop - 1]) {
            stop -= 1
        }
        return stop
    }

    /// The address from `start` to `end(_:from:end:)`, its inner spaces taken out.
    static func address(_ text: CitationText, _ range: Range<Int>) -> String {
        String(decoding: text.bytes[range].filter { !Bytes.isSpace($0) }, as: UTF8.self)
    }

    /// Just past the run of bytes at `start` that holds no space and no `>`.
    private static func pieceEnd(_ text: CitationText, from start: Int, end: Int) -> Int {
        var index = start
        while index < end, !Bytes.isSpace(text.bytes[index]), text.bytes[index] != UInt8(ascii: ">") { index += 1 }
        return index
    }

    /// Whether `next` continues the address whose piece so far ends at `stop`.
    private static func continues(_ text: CitationText, _ stop: Int, _ next: Range<Int>, end: Int) -> Bool {
        let bytes = text.bytes
        guard let first = next.first else { return false }
        // `.../documents/2021` / `/07/14/2021-15069/...`: a path's next part, cut at its slash.
        if bytes[first] == UInt8(ascii: "/"), next.count > 1, bytes[stop - 1] != UInt8(ascii: "/"), Bytes.isLetter(bytes[first + 1]) || Bytes.isDigit(bytes[first + 1]) {
            return true
        }
        guard Bytes.isLetter(bytes[first]) || Bytes.isDigit(bytes[first]) || bytes[first] == UInt8(ascii: "%") else { return false }
        // `http:// www.example.org`: the scheme cut from its host.
        if text.has("://", at: stop - 3, end: stop) { return true }
        guard !opens(text, at: first, end: end) else { return false }
        let piece = bytes[next]
        let pathMarks: [UInt8] = [UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "%")]
        // A word closing a sentence (`pmc.`) holds a dot only at its end.
        let inner = piece.dropLast()
        let hasPathMarks = inner.contains { pathMarks.contains($0) || Bytes.isDigit($0) }
        let last = bytes[stop - 1]
        if [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "&"), UInt8(ascii: "%")].contains(last) {
            return hasPathMarks
        }
        return inner.contains(UInt8(ascii: "/")) || endsInFileExtension(text, next)
    }

    /// The name of the file `url` ends in, when `title` (a link's text) names a file too and may be
    /// a converter's cut of it: `Hearing-Record-Day-3.pdf` for `Hearing-Record-Day- 3.pdf`.
    static func fileTitle(_ title: String, url: String) -> String? {
        // Not `.aspx` or `.php`: a page's address names no file its title could be a cut of.
        let suffixes = [".pdf", ".htm", ".html", ".doc", ".docx", ".txt"]
        let lowered = title.lowercased()
        guard suffixes.contains(where: { lowered.hasSuffix($0) }), let file = URLParts.fileName(of: url),
              suffixes.contains(where: { file.lowercased().hasSuffix($0) }) else { return nil }
        return file
    }

    /// The extensions of files a note's address may end in.
    private static let extensions: [StaticString] = [".pdf", ".htm", ".html", ".doc", ".docx", ".aspx", ".php", ".txt"]

    /// Whether `piece` ends in a file's extension (`Hearing-4-May-2011.pdf`), a closing period aside.
    static func endsInFileExtension(_ text: CitationText, _ piece: Range<Int>) -> Bool {
        var stop = piece.upperBound
        while stop > piece.lowerBound, text.bytes[stop - 1] == UInt8(ascii: ".") || text.bytes[stop - 1] == UInt8(ascii: ",") { stop -= 1 }
        return extensions.contains { ext in
            let length = ext.utf8CodeUnitCount
            return stop - length > piece.lowerBound && text.has(ext, at: stop - length, end: stop, ignoringFirstLetterCase: false)
        }
    }
}
