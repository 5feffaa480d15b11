import LowLevel

/// What follows a volume start, read once for the forms that each look there for a series of
/// their own: a code (`42 U.S.C. § 1983`), a session law or register (`124 Stat. 119`), a
/// journal (`81 N.Y.U. L. Rev. at 1850`), a reporter (`564 U.S. at 358`).
///
/// Every such citation is `VOL WORDS PAGE`, and its first word already tells whether Free Law
/// Project's laws table names any series opening so: most volumes in a note are journals' and
/// reporters', which no code, session law or register opens like. `CitationText` keeps one
/// reading per volume start, so the clause's forms share it instead of each asking the table.
struct VolumeReading {
    /// Just past the volume's digits.
    let volumeEnd: Int
    /// The word after the volume, up to the next space.
    let firstWord: Range<Int>
    /// Whether some key of the laws table starts with the first word (a trailing comma left off).
    let mayNameLaw: Bool

    /// The reading at `start`, one of `CitationText.volumeStarts`: digits, a space and a letter.
    init(_ text: CitationText, at start: Int) {
        let bytes = text.bytes
        var volumeEnd = start
        while volumeEnd < bytes.count, Bytes.isDigit(bytes[volumeEnd]) { volumeEnd += 1 }
        self.volumeEnd = volumeEnd
        let wordStart = min(volumeEnd + 1, bytes.count)
        var wordEnd = wordStart
        while wordEnd < bytes.count, !Bytes.isSpace(bytes[wordEnd]) { wordEnd += 1 }
        firstWord = wordStart..<wordEnd
        var key: [UInt8] = []
        LegalTable.fold(bytes[text.trimmingTrailing(firstWord, [UInt8(ascii: ",")])], into: &key)
        mayNameLaw = !key.isEmpty && LegalTables.laws.search(key).anyStartsWith
    }

    /// Whether no code, session law or register can be cited from this volume by a reader that
    /// sees no further than `end`: the first word ends before `end` and no laws key opens with it.
    func namesNoLaw(before end: Int) -> Bool {
        firstWord.upperBound <= end && !mayNameLaw
    }
}
