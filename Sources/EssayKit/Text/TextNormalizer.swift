import Foundation
import LowLevel

/// Splits text into words folded for matching: case, diacritics, apostrophes and hyphens ignored.
///
/// "Caron's" and "Caron’s" both become `carons`; "multi-stakeholder" becomes `multistakeholder`
/// with the parts `multi` and `stakeholder`; "Jürgen" becomes `jurgen`. Search, cue matching and the
/// nearest-passage hint all use these tokens, so they agree on what a word is.
public struct TextNormalizer {
    private var folded: [UInt32: [UInt8]] = [:]

    public init() {}

    /// The tokens of `text`, in order.
    public mutating func tokens(in text: some StringProtocol) -> [Token] {
        // An array, not a closure over the string's bytes: a closure capturing `self` and the
        // results pays for dynamic exclusivity checks on every character.
        tokens(inBytes: UTF8Bytes.array(of: text))
    }

    /// The tokens of the UTF-8 text `bytes`, in order; their ranges index `bytes`.
    package mutating func tokens(inBytes bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var cuts: [Int] = []
        var start = -1
        var end = 0
        var pendingJoiner = false

        func flush() {
            guard start >= 0 else { return }
            var parts: [String] = []
            if !cuts.isEmpty {
                var from = 0
                for cut in cuts + [word.count] {
                    if cut - from >= 2 {
                        let part = String(decoding: word[from..<cut], as: UTF8.self)
                        if !parts.contains(part) { parts.append(part) }
                    }
                    from = cut
                }
            }
            tokens.append(Token(text: String(decoding: word, as: UTF8.self), parts: parts, range: start..<end))
            word.removeAll(keepingCapacity: true)
            cuts.removeAll(keepingCapacity: true)
            start = -1
            pendingJoiner = false
        }

        var offset = 0
        while offset < bytes.count {
            let (step, width) = classify(bytes, at: offset)
            switch step {
            case .letter, .folded:
                if start < 0 {
                    start = offset
                } else if pendingJoiner {
                    cuts.append(word.count)
                    pendingJoiner = false
                }
                if case .letter(let byte) = step { word.append(byte) } else if case .folded(let folded) = step { word.append(contentsOf: folded) }
                end = offset + width
            case .joiner where start >= 0 && !pendingJoiner:
                pendingJoiner = true
            case .mark where start >= 0, .ignored:
                break
            default:
                flush()
            }
            offset += width
        }
        flush()
        return tokens
    }

    /// Appends the folded words of `text` to `buffer`, each followed by one space (`carons framework `).
    public mutating func appendFoldedWords(of text: String, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: foldedWords(of: [text], separator: nil))
    }

    /// The folded words of every text in one buffer, each word followed by a space, each text
    /// followed by `separator` when one is given: the fast path for matching many texts at once.
    public mutating func foldedWords<Text: StringProtocol>(of texts: [Text], separator: UInt8?) -> [UInt8] {
        // Folding never makes a character more than three times longer; one space may follow each.
        let capacity = texts.reduce(0) { $0 + $1.utf8.count * 3 + 2 }
        var folded = [UInt8](filledWith: 0, count: capacity)
        var count = 0
        do {
            // Written through a span: no uniqueness or capacity check a byte.
            var out = folded.mutableSpan
            for text in texts {
                // Read in place (each cast is decided when this is specialised).
                if let substring = text as? Substring {
                    count = fold(substring.utf8Span.span, into: &out, at: count)
                } else if let string = text as? String {
                    count = fold(string.utf8Span.span, into: &out, at: count)
                } else {
                    let bytes = Array(text.utf8)
                    count = fold(bytes.span, into: &out, at: count)
                }
                if let separator {
                    out[count] = separator
                    count += 1
                }
            }
        }
        folded.removeSubrange(count...)
        return folded
    }

    /// The folded words of the UTF-8 `bytes`, each followed by one space.
    package mutating func foldedWords(ofBytes bytes: Span<UInt8>) -> [UInt8] {
        var folded = [UInt8](filledWith: 0, count: bytes.count * 3 + 1)
        var count = 0
        do {
            var out = folded.mutableSpan
            count = fold(bytes, into: &out, at: 0)
        }
        folded.removeSubrange(count...)
        return folded
    }

    /// Writes the folded words of `bytes` into `out` from `start`; returns where it stopped.
    private mutating func fold(_ bytes: Span<UInt8>, into out: inout MutableSpan<UInt8>, at start: Int) -> Int {
        var count = start
        var inWord = false
        var pendingJoiner = false
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            // ASCII letters and digits, the bulk of any English text, skip the general path.
            if byte >= 0x61 && byte <= 0x7A || byte >= 0x30 && byte <= 0x39 || byte >= 0x41 && byte <= 0x5A {
                out[count] = byte | (byte >= 0x41 ? 0x20 : 0)
                count += 1
                inWord = true
                pendingJoiner = false
                offset += 1
                continue
            }
            if byte == 0x20 {
                if inWord {
                    out[count] = 0x20
                    count += 1
                }
                inWord = false
                pendingJoiner = false
                offset += 1
                continue
            }
            let (step, width) = classify(bytes, at: offset)
            switch step {
            case .letter(let letter):
                out[count] = letter
                count += 1
                inWord = true
                pendingJoiner = false
            case .folded(let letters):
                for letter in letters.prefix(width * 3) {
                    out[count] = letter
                    count += 1
                }
                inWord = true
                pendingJoiner = false
            case .joiner where inWord && !pendingJoiner:
                pendingJoiner = true
            case .mark where inWord, .ignored:
                break
            default:
                if inWord {
                    out[count] = 0x20
                    count += 1
                }
                inWord = false
                pendingJoiner = false
            }
            offset += width
        }
        if inWord {
            out[count] = 0x20
            count += 1
        }
        return count
    }

    @usableFromInline package enum Step {
        case letter(UInt8)
        case folded([UInt8])
        case joiner
        case mark
        case ignored
        case separator
    }

    /// What the character at `offset` is to a word, and its width in bytes.
    @inline(__always)
    private mutating func classify(_ bytes: [UInt8], at offset: Int) -> (Step, Int) {
        classify(bytes.span, at: offset)
    }

    @inlinable @inline(__always)
    package mutating func classify(_ bytes: Span<UInt8>, at offset: Int) -> (Step, Int) {
        let byte = bytes[offset]
        if byte < 0x80 {
            switch byte {
            case 0x30...0x39, 0x61...0x7A: return (.letter(byte), 1)
            case 0x41...0x5A: return (.letter(byte + 0x20), 1)
            case 0x27, 0x2D: return (.joiner, 1)
            default: return (.separator, 1)
            }
        }
        var width: Int
        var value: UInt32
        switch byte {
        case 0xF0...: width = 4; value = UInt32(byte & 0x07)
        case 0xE0...: width = 3; value = UInt32(byte & 0x0F)
        case 0xC0...: width = 2; value = UInt32(byte & 0x1F)
        default: return (.separator, 1)
        }
        width = min(width, bytes.count - offset)
        for index in 1..<max(1, width) { value = value << 6 | UInt32(bytes[offset + index] & 0x3F) }
        switch value {
        case 0x2019, 0x02BC, 0x2010, 0x2011: return (.joiner, width)
        case 0x00AD: return (.ignored, width)
        default:
            guard let scalar = Unicode.Scalar(value) else { return (.separator, width) }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return (.mark, width)
            default:
                if properties.isAlphabetic || properties.numericType != nil { return (.folded(fold(scalar)), width) }
                return (.separator, width)
            }
        }
    }

    /// The folded words of `text`, without positions.
    public mutating func words(in text: some StringProtocol) -> [String] {
        tokens(in: text).map(\.text)
    }

    @usableFromInline
    mutating func fold(_ scalar: Unicode.Scalar) -> [UInt8] {
        if let known = folded[scalar.value] { return known }
        let result = Array(String(Character(scalar)).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).utf8)
        folded[scalar.value] = result
        return result
    }
}
