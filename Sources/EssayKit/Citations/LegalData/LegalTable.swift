import LowLevel

/// A table generated from Free Law Project's data (`LegalTables`): sorted lines of tab-separated
/// fields, looked up by the first, the key, by binary search in the text itself.
///
/// The text is a string literal in the binary; loading a table copies its bytes and notes where
/// each line starts, once, when the table is first used (a few tens of microseconds for the
/// largest), with no parsing of fields and no dictionary to build.
struct LegalTable: Sendable {
    private let bytes: [UInt8]
    /// Where each line starts, and one past the last line's end.
    private let lineStarts: [Int32]
    /// For each byte, the first line whose key opens with that byte or a greater one (257
    /// entries): a search looks only among the lines whose key opens as its key does.
    private let linesByFirstByte: [Int32]
    /// For each first and second byte in `0x20..<0x80`, the first line whose key opens with that
    /// first byte and a second at or after it (`pairSlots` a first byte, the last standing for
    /// every byte past the range): a search of a key that opens with two such bytes looks only
    /// among the few lines that open as it does.
    private let linesByFirstTwoBytes: [Int32]
    private static let pairSlots = 97

    init(text: String) {
        bytes = Array(text.utf8)
        var starts: [Int32] = []
        starts.reserveCapacity(bytes.count / 24)
        var start = 0
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            if offset > start { starts.append(Int32(start)) }
            start = offset + 1
        }
        if start < bytes.count { starts.append(Int32(start)) }
        starts.append(Int32(bytes.count + 1))
        lineStarts = starts
        var byFirstByte = [Int32](repeating: 0, count: 257)
        var line = 0
        for byte in 0...256 {
            while line < starts.count - 1, Int(bytes[Int(starts[line])]) < byte { line += 1 }
            byFirstByte[byte] = Int32(line)
        }
        linesByFirstByte = byFirstByte
        // Within a first byte's lines the second bytes only grow (the lines are byte-sorted; a
        // one-byte key's second is its tab, before any printable byte).
        var byTwoBytes = [Int32](repeating: 0, count: 96 * Self.pairSlots)
        for first in 0x20..<0x80 {
            var line = Int(byFirstByte[first])
            let end = Int(byFirstByte[first + 1])
            for slot in 0..<Self.pairSlots {
                while line < end, Int(starts[line]) + 1 < bytes.count, Int(bytes[Int(starts[line]) + 1]) < 0x20 + slot { line += 1 }
                byTwoBytes[(first - 0x20) * Self.pairSlots + slot] = Int32(line)
            }
        }
        linesByFirstTwoBytes = byTwoBytes
    }

    /// How many lines the table has.
    var count: Int { lineStarts.count - 1 }

    /// The key written a way a table keys it: spaces dropped, curly apostrophes made straight,
    /// and ASCII letters lower-cased unless `keepingCase` (reporters keep their case: `Day` and
    /// `day` are not alike). `scripts/generate-legal-tables.py` folds its keys the same way.
    static func fold(_ written: some Sequence<UInt8>, keepingCase: Bool = false, into key: inout [UInt8]) {
        key.removeAll(keepingCapacity: true)
        fold(written, keepingCase: keepingCase, appendingTo: &key)
    }

    /// `fold(_:keepingCase:into:)` of bytes of a text, as the forms read words.
    static func fold(_ written: ArraySlice<UInt8>, keepingCase: Bool = false, into key: inout [UInt8]) {
        key.removeAll(keepingCapacity: true)
        fold(written, keepingCase: keepingCase, appendingTo: &key)
    }

    /// `fold(_:keepingCase:appendingTo:)` of bytes of a text. Most words hold no space and no
    /// curly apostrophe: they are copied whole and lower-cased in place, where a byte appended at a
    /// time cost several times more.
    static func fold(_ written: ArraySlice<UInt8>, keepingCase: Bool = false, appendingTo key: inout [UInt8]) {
        for byte in written where byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == 0xE2 {
            return foldEach(written, keepingCase: keepingCase, appendingTo: &key)
        }
        let start = key.count
        key.append(contentsOf: written)
        guard !keepingCase else { return }
        for index in start..<key.count where Bytes.isUpper(key[index]) { key[index] += 32 }
    }

    /// `fold(_:keepingCase:into:)` added to the end of `key`: a key read word by word grows in
    /// one buffer.
    static func fold(_ written: some Sequence<UInt8>, keepingCase: Bool = false, appendingTo key: inout [UInt8]) {
        foldEach(written, keepingCase: keepingCase, appendingTo: &key)
    }

    /// `fold(_:keepingCase:appendingTo:)` a byte at a time.
    private static func foldEach(_ written: some Sequence<UInt8>, keepingCase: Bool, appendingTo key: inout [UInt8]) {
        // Room for the key at once: grown a byte at a time, the list was copied four or five
        // times for a key of a few words.
        key.reserveCapacity(key.count + written.underestimatedCount)
        var pending = 0
        for byte in written {
            // U+2018 and U+2019 are E2 80 98 and E2 80 99.
            if pending == 2 {
                pending = byte == 0x80 ? 1 : 0
                if pending == 0 { key.append(0xE2); key.append(byte) }
                continue
            }
            if pending == 1 {
                pending = 0
                if byte == 0x98 || byte == 0x99 {
                    key.append(UInt8(ascii: "'"))
                } else {
                    key.append(contentsOf: [0xE2, 0x80, byte])
                }
                continue
            }
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                continue
            case 0xE2:
                pending = 2
            default:
                key.append(keepingCase ? byte : Bytes.lowercased(byte))
            }
        }
        if pending == 2 { key.append(0xE2) }
        if pending == 1 { key.append(contentsOf: [0xE2, 0x80]) }
    }

    /// The lines whose key is exactly `key` (folded already), as a range of line numbers.
    func lines(forKey key: [UInt8]) -> Range<Int> {
        let first = firstLine(atOrAfter: key)
        var end = first
        while end < count, compare(line: end, with: key) == 0 { end += 1 }
        return first..<end
    }

    /// Whether some key starts with `prefix` (folded already): whether reading more words may
    /// still reach a key.
    func hasKey(startingWith prefix: [UInt8]) -> Bool {
        let first = firstLine(atOrAfter: prefix)
        guard first < count else { return false }
        let start = Int(lineStarts[first])
        guard start + prefix.count <= bytes.count else { return false }
        return bytes[start..<(start + prefix.count)].elementsEqual(prefix)
    }

    /// The lines whose key starts with `prefix` (folded already), as a range of line numbers.
    func lines(forKeysStartingWith prefix: [UInt8]) -> Range<Int> {
        let first = firstLine(atOrAfter: prefix)
        var end = first
        while end < count {
            let start = Int(lineStarts[end])
            guard start + prefix.count <= bytes.count, bytes[start..<(start + prefix.count)].elementsEqual(prefix) else { break }
            end += 1
        }
        return first..<end
    }

    /// `lines(forKey:)` and `hasKey(startingWith:)` of the same `key` in one search: the first
    /// line at or after the key is where both look.
    func search(_ key: [UInt8]) -> (lines: Range<Int>, anyStartsWith: Bool) {
        let first = firstLine(atOrAfter: key)
        guard first < count else { return (first..<first, false) }
        let start = Int(lineStarts[first])
        // A key equal to `key` starts with it too: when none starts with it, none is equal.
        guard start + key.count <= bytes.count else { return (first..<first, false) }
        for step in key.indices where bytes[start + step] != key[step] { return (first..<first, false) }
        var end = first
        while end < count, compare(line: end, with: key) == 0 { end += 1 }
        return (first..<end, true)
    }

    /// Whether some key opens with `opening` (`foldedOpening`), by the index of first two bytes:
    /// no search. True for a pair beyond ASCII, which the index does not keep apart.
    func hasKey(opening: Int) -> Bool {
        let first = opening >> 8
        let second = opening & 0xFF
        guard first >= 0x20, first < 0x80, second >= 0x20, second < 0x80 else { return true }
        let slot = (first - 0x20) * Self.pairSlots + second - 0x20
        return linesByFirstTwoBytes[slot] < linesByFirstTwoBytes[slot + 1]
    }

    /// The pairs of first two key bytes of the lines whose field `field` is one of `values`, as a
    /// set of bits (`pair >> 6`, bit `pair & 63`, where `pair` is `first << 8 | second`): a gate,
    /// made once, for a search that wants only those lines. A key of one byte opens every pair.
    func keyOpenings(whereField field: Int, isOneOf values: [String]) -> [UInt64] {
        var openings = [UInt64](repeating: 0, count: 1_024)
        for line in 0..<count where values.contains(self.field(field, ofLine: line)) {
            let start = Int(lineStarts[line])
            let first = Int(bytes[start])
            let second = start + 1 < bytes.count ? bytes[start + 1] : UInt8(ascii: "\t")
            for pair in second == UInt8(ascii: "\t") ? first << 8..<(first << 8 + 256) : (first << 8 | Int(second))..<(first << 8 | Int(second) + 1) {
                openings[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        return openings
    }

    /// The first two bytes of `written` folded as `fold` folds them (`first << 8 | second`), or nil
    /// when it folds to fewer or they hold a byte `fold` may change to another (0xE2).
    static func foldedOpening(_ written: ArraySlice<UInt8>, keepingCase: Bool = false) -> Int? {
        var pair = 0
        var taken = 0
        for byte in written where byte != UInt8(ascii: " ") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\n") {
            guard byte != 0xE2 else { return nil }
            pair = pair << 8 | Int(keepingCase ? byte : Bytes.lowercased(byte))
            taken += 1
            if taken == 2 { return pair }
        }
        return nil
    }

    /// Field `field` (0 is the key) of line `line`.
    func field(_ field: Int, ofLine line: Int) -> String {
        let start = Int(lineStarts[line])
        let end = Int(lineStarts[line + 1]) - 1
        var fieldStart = start
        var current = 0
        var offset = start
        while offset <= end {
            if offset == end || bytes[offset] == UInt8(ascii: "\t") {
                if current == field { return String(decoding: bytes[fieldStart..<offset], as: UTF8.self) }
                current += 1
                fieldStart = offset + 1
            }
            offset += 1
        }
        return ""
    }

    /// The first line whose key orders at or after `key`, searched for among the lines whose
    /// key opens with `key`'s first byte: every line before them orders before it, every line
    /// after them after it.
    private func firstLine(atOrAfter key: [UInt8]) -> Int {
        var low = 0
        var high = count
        if key.count >= 2, key[0] >= 0x20, key[0] < 0x80, key[1] >= 0x20, key[1] < 0x80 {
            let slot = (Int(key[0]) - 0x20) * Self.pairSlots + Int(key[1]) - 0x20
            low = Int(linesByFirstTwoBytes[slot])
            high = Int(linesByFirstTwoBytes[slot + 1])
        } else if let lead = key.first {
            low = Int(linesByFirstByte[Int(lead)])
            high = Int(linesByFirstByte[Int(lead) + 1])
        }
        while low < high {
            let middle = (low + high) / 2
            if compare(line: middle, with: key) >= 0 { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// How line `line`'s key orders against `key`: negative before, zero equal, positive after.
    private func compare(line: Int, with key: [UInt8]) -> Int {
        var offset = Int(lineStarts[line])
        let end = Int(lineStarts[line + 1]) - 1
        for byte in key {
            guard offset < end, bytes[offset] != UInt8(ascii: "\t") else { return -1 }
            if bytes[offset] != byte { return Int(bytes[offset]) - Int(byte) }
            offset += 1
        }
        return offset < end && bytes[offset] != UInt8(ascii: "\t") ? 1 : 0
    }
}
