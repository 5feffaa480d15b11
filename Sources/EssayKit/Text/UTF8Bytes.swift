/// The UTF-8 of a string or substring, read where it is stored: the generic `Array(text.utf8)`
/// walks a substring byte by byte through its index checks, which cost more than the matching.
package enum UTF8Bytes {
    /// A copy of `text`'s UTF-8.
    @inlinable package static func array<Text: StringProtocol>(of text: Text) -> [UInt8] {
        // Each cast is decided when the function is specialised, so it costs nothing at run time.
        if let substring = text as? Substring { return array(substring.utf8Span.span) }
        if let string = text as? String { return array(string.utf8Span.span) }
        return Array(text.utf8)
    }

    /// A copy of `bytes`.
    @inlinable package static func array(_ bytes: Span<UInt8>) -> [UInt8] {
        Array(capacity: bytes.count) { output in
            for index in bytes.indices { output.append(bytes[index]) }
        }
    }
}
