/// Reads what follows an escape character from a terminal as one key, whatever the terminal's
/// description says: `ESC [ 1 ~` is Home under any `TERM`, an unknown sequence is ignored whole,
/// and none ever arrives as Escape followed by `[`, `1` and `~`.
public enum EscapeSequence {
    /// What the characters read after an escape amount to.
    public enum Reading: Hashable, Sendable {
        /// A sequence has begun; more characters are needed.
        case incomplete
        /// A whole sequence: its key, or nil for one legit has no use for (ignored whole).
        case key(Key?)
        /// Escape pressed on its own, then another key (Alt and a key sends the two together).
        case escapeThen(Key)
    }

    /// The reading of `scalars`, the characters after the escape.
    public static func read(_ scalars: [UInt32]) -> Reading {
        guard let first = scalars.first else { return .incomplete }
        switch first {
        case 0x5B: return control(Array(scalars.dropFirst()))
        case 0x4F:
            guard scalars.count >= 2 else { return .incomplete }
            // SS3 M is the keypad's Enter; the other finals name the same keys as after `ESC [`.
            return .key(scalars[1] == 0x4D ? .enter : final(scalars[1], parameters: []))
        default:
            guard let scalar = Unicode.Scalar(first) else { return .key(nil) }
            if first == 0x1B { return .escapeThen(.escape) }
            if first == 0x7F || first == 0x08 { return .escapeThen(.backspace) }
            if first == 0x0D || first == 0x0A { return .escapeThen(.enter) }
            if first < 0x20 { return .escapeThen(.control(Character(Unicode.Scalar(first + 0x60) ?? "?"))) }
            return .escapeThen(.character(Character(scalar)))
        }
    }

    /// A control sequence after `ESC [`: parameter bytes, intermediate bytes, one final byte.
    static func control(_ body: [UInt32]) -> Reading {
        var index = 0
        while index < body.count, (0x30...0x3F).contains(body[index]) { index += 1 }
        let parameters = String(decoding: body[..<index].map { UInt8(truncatingIfNeeded: $0) }, as: UTF8.self)
        while index < body.count, (0x20...0x2F).contains(body[index]) { index += 1 }
        guard index < body.count else { return .incomplete }
        let last = body[index]
        guard (0x40...0x7E).contains(last) else { return .key(nil) }
        // An X10 mouse report (`ESC [ M` and three bytes) the terminal description did not announce.
        if last == 0x4D, parameters.isEmpty {
            return body.count - index - 1 >= 3 ? .key(nil) : .incomplete
        }
        return .key(final(last, parameters: parameters.split(separator: ";").map { Int($0) ?? 0 }))
    }

    /// The key a sequence's final byte and first parameter name (modifiers, the second parameter, are dropped).
    static func final(_ byte: UInt32, parameters: [Int]) -> Key? {
        switch byte {
        case 0x41: .up
        case 0x42: .down
        case 0x43: .right
        case 0x44: .left
        case 0x48: .home
        case 0x46: .end
        case 0x5A: .backTab
        case 0x7E:
            switch parameters.first {
            case 1, 7: .home
            case 4, 8: .end
            case 5: .pageUp
            case 6: .pageDown
            default: nil
            }
        default: nil
        }
    }
}
