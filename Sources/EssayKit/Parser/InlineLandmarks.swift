import LowLevel

/// Where the closing halves of links and footnote markers are in one piece of text.
///
/// They are found in one pass when a piece first needs them, so finding the `]`, `)` or `</sup>`
/// that closes an opening never searches the same bytes twice: a line holding ten thousand `[` or
/// `<sup>` that never close parses in linear time, not quadratic.
struct InlineLandmarks {
    /// The piece the landmarks were found in.
    let range: Range<Int>
    /// The offset of the `]` that balances each `[`, by the `[`'s offset; a backslash escapes the
    /// byte after it.
    private var brackets: [Int: Int] = [:]
    /// The offset of every `)`, in order.
    private var parentheses: [Int] = []
    /// The offset of every `</sup>` (in any case), in order.
    private var supCloses: [Int] = []

    /// Landmarks of nothing, for before any piece needs them.
    init() {
        range = 0..<0
    }

    /// Finds the landmarks of the bytes `range`.
    init(_ bytes: [UInt8], range: Range<Int>) {
        self.range = range
        var open: [Int] = []
        var index = range.lowerBound
        while true {
            index = ByteScan.firstIndex(in: bytes, from: index, upTo: range.upperBound, lanes: { block in
                block .== SIMD16(repeating: UInt8(ascii: "[")) .| block .== SIMD16(repeating: UInt8(ascii: "]"))
                    .| block .== SIMD16(repeating: UInt8(ascii: ")")) .| block .== SIMD16(repeating: UInt8(ascii: "<"))
                    .| block .== SIMD16(repeating: UInt8(ascii: "\\"))
            }, matches: { byte in
                byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: ")")
                    || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\\")
            })
            guard index < range.upperBound else { break }
            switch bytes[index] {
            case UInt8(ascii: "\\"):
                // The escaped byte is no bracket, but it still closes a link or a marker.
                if index + 1 < range.upperBound { note(bytes, at: index + 1) }
                index += 2
                continue
            case UInt8(ascii: "["):
                open.append(index)
            case UInt8(ascii: "]"):
                if let opener = open.popLast() { brackets[opener] = index }
            default:
                note(bytes, at: index)
            }
            index += 1
        }
    }

    private mutating func note(_ bytes: [UInt8], at index: Int) {
        if bytes[index] == UInt8(ascii: ")") {
            parentheses.append(index)
        } else if bytes[index] == UInt8(ascii: "<"), InlineParser.matches(bytes, at: index, "</sup>", limit: range.upperBound) {
            supCloses.append(index)
        }
    }

    /// The `]` that balances the `[` at `offset`, if one does.
    func closingBracket(of offset: Int) -> Int? {
        brackets[offset]
    }

    /// The first `)` at or after `from` and before `limit`.
    func firstParenthesis(from: Int, before limit: Int) -> Int? {
        Self.first(in: parentheses, from: from).flatMap { $0 < limit ? $0 : nil }
    }

    /// The first `</sup>` that starts at or after `from` and ends by `limit`.
    func firstSupClose(from: Int, endingBy limit: Int) -> Int? {
        Self.first(in: supCloses, from: from).flatMap { $0 + 6 <= limit ? $0 : nil }
    }

    /// The first of the sorted `offsets` at or after `from`.
    private static func first(in offsets: [Int], from: Int) -> Int? {
        var low = 0
        var high = offsets.count
        while low < high {
            let mid = (low + high) / 2
            if offsets[mid] < from { low = mid + 1 } else { high = mid }
        }
        return low < offsets.count ? offsets[low] : nil
    }
}
