/// Writes synthetic essays in the converted format, for tests and benchmarks.
///
/// Each essay has a title, byline, author's note, numbered sections, paragraphs cut by page breaks,
/// footnote blocks after `---` lines, running heads, *Id.* chains and *supra* notes. The text is
/// made deterministically from `seed`, so a given size always gives the same essay.
public struct SyntheticEssay: Sendable {
    public var seed: UInt64
    /// How many sections of body text to write.
    public var sections: Int
    /// How many paragraphs each section has.
    public var paragraphsPerSection: Int

    public init(seed: UInt64 = 1, sections: Int = 4, paragraphsPerSection: Int = 8) {
        self.seed = seed
        self.sections = sections
        self.paragraphsPerSection = paragraphsPerSection
    }

    /// An essay of about `bytes` bytes.
    public static func ofSize(_ bytes: Int, seed: UInt64 = 1) -> String {
        let paragraphs = max(1, bytes / 1_450)
        let sections = max(1, paragraphs / 12)
        return SyntheticEssay(seed: seed, sections: sections, paragraphsPerSection: max(1, paragraphs / sections)).text()
    }

    private static let words = [
        "legitimacy", "authority", "council", "governance", "process", "decision", "institution", "review",
        "participation", "independence", "accountability", "oversight", "States", "stakeholders", "internet",
        "resolution", "integrity", "perception", "claims", "framework", "norms", "power", "consensus", "forum",
    ]
    private static let surnames = ["Caron", "Franck", "Malcolm", "Raustiala", "Slaughter", "Tyler", "Haas", "Souter"]
    private static let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    /// The essay's text.
    public func text() -> String {
        var random = SplitMix(state: seed)
        var out = "\n\n# Synthetic Essay \(seed): On \(Self.words[Int(seed % 24)].capitalized) and Review\n\nAda Writer\\*\n\n"
        var note = 0
        var fullCitations: [(note: Int, author: String)] = []
        var pending: [String] = []
        var page = 101
        for section in 0..<sections {
            if section > 0 {
                let numeral = section <= Self.numerals.count ? Self.numerals[section - 1] : "\(section)"
                out += section % 2 == 0 ? "## \(numeral). THE \(Self.words[section % 24].uppercased()) PART\n\n"
                    : "\(numeral). THE *\(Self.words[(section * 7) % 24].uppercased())* QUESTION\n\n"
            }
            for paragraph in 0..<paragraphsPerSection {
                var sentences: [String] = []
                for _ in 0..<6 {
                    note += 1
                    var sentence = "The " + (0..<12).map { _ in Self.words[random.next(24)] }.joined(separator: " ")
                    sentence += " (U.S. and U.N. practice, e.g., art. 19) was noted.<sup>\(note)</sup>"
                    sentences.append(sentence)
                    pending.append(footnote(note, random: &random, full: &fullCitations))
                }
                let body = sentences.joined(separator: " ")
                if paragraph % 3 == 2 {
                    // Cut mid-sentence by a page break, as converters leave it.
                    let words = body.split(separator: " ")
                    var cut = words.count / 2
                    while cut > 1, words[cut - 1].hasSuffix("</sup>") || words[cut - 1].hasSuffix(".") { cut -= 1 }
                    out += words[..<cut].joined(separator: " ") + "\n\n---\n\n"
                    if note == 6 { out += "\\* Ada Writer is a synthetic author.\n\n" }
                    out += pending.joined(separator: "\n\n") + "\n\n"
                    out += "\(page)\n\n*SYNTHETIC LAW REVIEW* [Vol. 12:\(page)\n\n"
                    page += 1
                    pending = []
                    out += words[cut...].joined(separator: " ") + "\n\n"
                } else {
                    out += body + "\n\n"
                }
            }
        }
        if !pending.isEmpty { out += "---\n\n" + pending.joined(separator: "\n\n") + "\n" }
        return out
    }

    private func footnote(_ number: Int, random: inout SplitMix, full: inout [(note: Int, author: String)]) -> String {
        let choice = random.next(10)
        let surname = Self.surnames[random.next(Self.surnames.count)]
        if full.isEmpty || choice < 3 {
            full.append((number, surname))
            let year = 1950 + random.next(70)
            let title = (0..<4).map { _ in Self.words[random.next(24)].capitalized }.joined(separator: " ")
            return "\(number). See Jan \(surname), *The \(title)*, \(10 + random.next(90)) AM. J. INT’L L. \(100 + random.next(800)), \(100 + random.next(800)) (\(year))."
        }
        if choice < 7 {
            return "\(number). *Id.*" + (choice < 5 ? " at \(1 + random.next(900))." : "")
        }
        let target = full[random.next(full.count)]
        return "\(number). \(target.author), *supra* note \(target.note), at \(1 + random.next(900))."
    }
}

/// A small deterministic random number generator.
struct SplitMix {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return Int(value % UInt64(max(1, bound)))
    }
}

private extension String {
    var capitalized: String { prefix(1).uppercased() + dropFirst() }
}
