import LowLevel

/// A German court's docket number by its shape: the chamber (`1`, `III`), the register's letters
/// (`BvF`, `ZR`, `StR`) and the running number with its year (`2/85`, `179/20`): `1 BvF 2/85`,
/// `III ZR 179/20`, `KZR 1/19`. It names the decision, as an application's number names a case.
enum GermanDocket {
    /// Just past the docket number at `offset`, or nil when none is written there.
    static func end(_ text: CitationText, at offset: Int, end: Int) -> Int? {
        let bytes = text.bytes
        var index = offset
        // The chamber: digits or a Roman numeral, then a space.
        var chamber = index
        while chamber < end, Bytes.isDigit(bytes[chamber]) || bytes[chamber] == UInt8(ascii: "I") || bytes[chamber] == UInt8(ascii: "V")
                || bytes[chamber] == UInt8(ascii: "X") { chamber += 1 }
        if chamber > index, chamber - index <= 5, chamber < end, bytes[chamber] == UInt8(ascii: " ") { index = chamber + 1 }
        // The register: a capital and up to four more letters, then a space.
        let register = index
        guard index < end, Bytes.isUpper(bytes[index]) else { return nil }
        while index < end, Bytes.isLetter(bytes[index]) { index += 1 }
        guard index - register <= 5, index < end, bytes[index] == UInt8(ascii: " ") else { return nil }
        // A register of one capital alone and no chamber is too like a word (`A 12/20`) unless a chamber came first.
        guard index - register >= 2 || register > offset else { return nil }
        index += 1
        let number = index
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index > number, index - number <= 5, index < end, bytes[index] == UInt8(ascii: "/") else { return nil }
        index += 1
        let year = index
        while index < end, Bytes.isDigit(bytes[index]) { index += 1 }
        guard index - year == 2 || index - year == 4, index == end || !Bytes.isWordByte(bytes[index]) else { return nil }
        return index
    }
}
