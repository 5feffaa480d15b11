import LowLevel

/// An abstract printed with no label: the paragraphs between the byline and the essay's
/// `Introduction` (`I. INTRODUCTION`, `## Introduction`), as SSRN drafts and journal pages set it.
/// What stands before the introduction is no part of it, and no essay's opening argues before its
/// introduction; an abstract carries no notes, so paragraphs holding a note's mark are the body's.
enum UnlabelledAbstract {
    /// Paragraphs an unlabelled abstract spans, at most.
    static let paragraphLimit = 3
    /// Words each of an abstract's paragraphs holds, at least: a shorter text is a byline, an
    /// epigraph, a dedication or a line left over.
    static let wordMinimum = 30

    /// Whether a paragraph may be an abstract's: long enough, not an author's note (`* Professor`,
    /// `∗`, `†`), no contents line (`INTRODUCTION ....... 3`), and no note's mark.
    static func mayBeAbstract(_ pieces: [Range<Int>], in bytes: [UInt8]) -> Bool {
        guard let first = pieces.first else { return false }
        let opening = LineRules.trim(bytes[first])
        // An author's note opens with its mark and a space (`* Professor`) or a sign (`∗`, `†`, `‡`);
        // `*The ...` opens an abstract set in italics.
        if opening.starts(with: "* ".utf8) || opening.starts(with: [0xE2, 0x88, 0x97]) || opening.starts(with: [0xE2, 0x80, 0xA0])
            || opening.starts(with: [0xE2, 0x80, 0xA1]) {
            return false
        }
        return words(pieces, in: bytes) >= wordMinimum && holdsNoMark(pieces, in: bytes)
            && !pieces.contains(where: { LineRules.firstRange(of: "....", in: bytes[$0]) != nil })
    }

    /// Whether a heading's title names the introduction (`Introduction`, `INTRODUCTION`, `**Introduction**`).
    static func isIntroduction(_ title: ArraySlice<UInt8>) -> Bool {
        let text = LineRules.trim(title).drop(while: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") })
        return LineRules.startsFolded(text, "introduction")
    }

    /// Whether a paragraph's lines may be an abstract's: no note's mark in any form legit reads
    /// (`[^1]`, `^[...]`, `<sup>`, `[1](#fn1)`, a number glued after a word or a stop, `law.12`).
    static func holdsNoMark(_ pieces: [Range<Int>], in bytes: [UInt8]) -> Bool {
        for piece in pieces {
            var previous: UInt8 = 0x20
            for index in piece {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "^"), UInt8(ascii: "<"):
                    return false
                case UInt8(ascii: "#"):
                    if previous == UInt8(ascii: "(") { return false }
                default:
                    if Bytes.isDigit(byte), Bytes.isLower(previous) || previous == UInt8(ascii: ".") || previous == UInt8(ascii: ",")
                        || previous == UInt8(ascii: ";") || previous == 0x9D {
                        return false
                    }
                }
                previous = byte
            }
        }
        return true
    }

    /// The number of words in `pieces`, counted as runs after a space.
    static func words(_ pieces: [Range<Int>], in bytes: [UInt8]) -> Int {
        var count = 0
        for piece in pieces {
            var inWord = false
            for index in piece {
                let isSpace = bytes[index] == 0x20 || bytes[index] == 0x09
                if !isSpace, !inWord { count += 1 }
                inWord = !isSpace
            }
        }
        return count
    }
}

extension EssayBuilder {
    /// Takes the untitled paragraphs before the essay's introduction as its abstract, when no
    /// abstract was read: one to three paragraphs of thirty words or more each, with no note's
    /// mark, none an author's note or a contents line.
    mutating func takeUnlabelledAbstract(before heading: LineRules.Heading) {
        guard sections.count == 1, sections[0].heading == nil, front.abstract.isEmpty, title != nil,
              UnlabelledAbstract.isIntroduction(file.bytes[heading.titleRange]) else { return }
        // A block of no letters (a non-breaking space a page left alone) is nothing either way.
        let blocks = sections[0].blocks.filter { block in block.pieces.contains { bytes in file.bytes[bytes].contains(where: Bytes.isLetter) } }
        guard !blocks.isEmpty, blocks.count <= UnlabelledAbstract.paragraphLimit,
              blocks.allSatisfy({ $0.kind == .paragraph && $0.notes.isEmpty && UnlabelledAbstract.mayBeAbstract($0.pieces, in: file.bytes) }),
              let start = blocks.first?.pieces.first?.lowerBound, let end = blocks.last?.pieces.last?.upperBound else { return }
        front.abstract = blocks.map(\.pieces)
        front.abstractSpan = start..<end
        sections.removeAll()
    }
}
