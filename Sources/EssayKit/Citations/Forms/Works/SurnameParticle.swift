import LowLevel

/// The lower-case particles a surname may open with: `Barbara van Schewick`, `Ana de la Cruz`,
/// `Otto von Gierke`, later `van Schewick, Title, p. 5`. A particle is part of the surname, never
/// the end of a name or a sign of prose.
enum SurnameParticle {
    private static let particles: [StaticString] = ["van", "von", "vom", "de", "der", "den", "del", "della", "da", "das", "dos", "di",
                                                    "du", "la", "le", "ten", "ter", "zu", "bin", "ibn", "al"]
    private static let spelled: Set<String> = Set(particles.map { $0.description })

    /// Whether `word` is a particle.
    static func isParticle(_ text: CitationText, _ word: Range<Int>) -> Bool {
        guard word.count <= 5, let first = word.first, Bytes.isLower(text.bytes[first]) else { return false }
        return particles.contains { text.equals(word, $0) }
    }

    /// Whether `word`, a whole word, is a particle.
    static func isParticle(_ word: String) -> Bool {
        word.utf8.count <= 5 && spelled.contains(word)
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
