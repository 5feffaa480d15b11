import LowLevel

/// The lower-case particles a surname may open with: `Barbara van Schewick`, `Ana de la Cruz`,
/// `Otto von Gierke`, later `van Schewick, Title, p. 5`. A particle is part of the surname, never
/// the end of a name or a sign of prose.
///
/// The one list of them: every reader that lets a name hold lower-case words (case names, bylines,
/// lead-ins, authors in running text, the suggester's names) asks this type, and keeps in its own
/// list only the words that are no particle (`of`, `and`, `y`, `et al.`).
public enum SurnameParticle {
    /// The particles, lower-case ASCII, two to five letters.
    private static let particles: [StaticString] = ["van", "von", "vom", "de", "der", "den", "del", "della", "da", "das", "dos", "di",
                                                    "du", "la", "le", "ten", "ter", "zu", "bin", "ibn", "al"]
    private static let longest = 5
    /// Each particle's bytes packed into one integer, first byte highest: a word is looked up by
    /// comparing one integer with each, never by building a string.
    private static let packed: [UInt64] = particles.map { particle in
        particle.description.utf8.reduce(0) { $0 << 8 | UInt64($1) }
    }
    /// Bit `n` set when a particle opens with the letter `n` places after `a`: most words are
    /// turned away by their first byte.
    private static let openingLetters: UInt32 = particles.reduce(0) { mask, particle in
        mask | 1 << UInt32((particle.description.utf8.first ?? UInt8(ascii: "a")) - UInt8(ascii: "a"))
    }

    /// Whether `word` is a particle.
    static func isParticle(_ text: CitationText, _ word: Range<Int>) -> Bool {
        word.count <= longest && isParticle(bytes: text.bytes[word])
    }

    /// Whether `word`, a whole word, is a particle (`van`, `de`; never `Van` or `van,`).
    public static func isParticle(_ word: String) -> Bool {
        isParticle(bytes: word.utf8)
    }

    /// Whether `word`, a whole word, is a particle.
    public static func isParticle(_ word: Substring) -> Bool {
        isParticle(bytes: word.utf8)
    }

    /// Whether the UTF-8 bytes `word`, a whole word as written, are a particle.
    public static func isParticle(_ word: ArraySlice<UInt8>) -> Bool {
        isParticle(bytes: word)
    }

    /// The one test on bytes: two to five lower-case letters, the first one a particle opens
    /// with, packed and found among `packed`.
    @inline(__always)
    private static func isParticle(bytes: some Collection<UInt8>) -> Bool {
        guard let first = bytes.first, Bytes.isLower(first), openingLetters & 1 << UInt32(first - UInt8(ascii: "a")) != 0 else { return false }
        var key: UInt64 = 0
        var count = 0
        for byte in bytes {
            guard count < longest, Bytes.isLower(byte) else { return false }
            key = key << 8 | UInt64(byte)
            count += 1
        }
        return count >= 2 && packed.contains(key)
    }

    /// Whether a surname opening with particles starts at `offset`: one particle or more, then a
    /// capitalised word (`van Schewick`, `de la Cruz`).
    static func opensSurname(_ text: CitationText, at offset: Int, end: Int) -> Bool {
        guard offset < end, Bytes.isLower(text.bytes[offset]) else { return false }
        var index = offset
        for _ in 0..<3 {
            var wordEnd = index
            while wordEnd < end, Bytes.isLower(text.bytes[wordEnd]) { wordEnd += 1 }
            guard wordEnd < end, text.bytes[wordEnd] == UInt8(ascii: " "), isParticle(text, index..<wordEnd) else { return false }
            index = wordEnd + 1
            guard index < end else { return false }
            if Bytes.isUpper(text.bytes[index]) || text.bytes[index] >= 0xC0 { return true }
        }
        return false
    }

    /// Whether `name` is written as a surname alone: one capitalised word of lower-case letters
    /// (`Roe`), accented (`Pérez`), joined (`O'Neil`, `O’Neil`, `Smith-Jones`) or after particles
    /// (`van Dalen`, `de la Cruz`).
    static func isSurname(_ name: String) -> Bool {
        var bytes = Substring(name).utf8
        // Particles first: lower-case words of `SurnameParticle`, each before a space.
        while let space = bytes.firstIndex(of: UInt8(ascii: " ")) {
            let word = String(Substring(bytes[..<space]))
            guard isParticle(word) else { return false }
            bytes = bytes[bytes.index(after: space)...]
        }
        guard bytes.count >= 3, let first = bytes.first, Bytes.isUpper(first) || first >= 0xC0 else { return false }
        var previous = first
        for byte in bytes.dropFirst() {
            // A capital only after an apostrophe or hyphen (`O'Neil`, `Smith-Jones`, `O’Neil`).
            let joinsCapital = previous == UInt8(ascii: "'") || previous == UInt8(ascii: "-") || previous == 0x99
            guard Bytes.isLower(byte) || byte >= 0x80 || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") || joinsCapital && Bytes.isUpper(byte)
            else { return false }
            previous = byte
        }
        return true
    }
}
