/// Pieces of a web address that names and ids are made from.
enum URLParts {
    /// `www.ohchr.org` from `https://www.ohchr.org/EN/Issues/...`.
    static func host(of url: String) -> String? {
        let bytes = url.utf8Span.span
        let start = afterScheme(bytes)
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") { end += 1 }
        return end > start ? substring(url, start..<end) : nil
    }

    /// `ohchr` from `www.ohchr.org`: the host without `www.` and its top-level domain.
    static func siteName(of url: String) -> String? {
        guard let host = host(of: url) else { return nil }
        var labels = host.utf8.split(separator: UInt8(ascii: ".")).map { String(decoding: $0, as: UTF8.self) }
        if labels.first == "www" { labels.removeFirst() }
        if labels.count > 1 { labels.removeLast() }
        return labels.isEmpty ? nil : labels.joined(separator: "-")
    }

    /// `CallForSubmission` from `.../Pages/CallForSubmission.aspx`: the last path part without its extension.
    static func leaf(of url: String) -> String? {
        leafOffsets(of: url).map { substring(url, $0) }
    }

    /// Where `leaf(of:)` is in the address's bytes, found without a copy: the catalog asks for
    /// every address cited, and few have a leaf worth making a string of.
    private static func leafOffsets(of url: String) -> Range<Int>? {
        let bytes = url.utf8Span.span
        let start = afterScheme(bytes)
        // The parts between slashes, empty ones skipped: the first is the host, the last the leaf.
        var parts = 0
        var last = start..<start
        var partStart = start
        for index in start...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
            if index > partStart {
                parts += 1
                last = partStart..<index
            }
            partStart = index + 1
        }
        guard parts > 1 else { return nil }
        var end = last.lowerBound
        while end < last.upperBound, bytes[end] != UInt8(ascii: "."), bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") { end += 1 }
        return end > last.lowerBound ? last.lowerBound..<end : nil
    }

    /// The catalog's key of the numbered document an address is the file of: `doc:m-15-14` from
    /// `.../memoranda/2015/m-15-14.pdf` (a memorandum's number: one to three letters, two digits,
    /// two or three), `eo:13999` from `.../eo-13999.pdf` or `.../executive-order-13999`. Nil for
    /// any other address: a title in the address is no evidence of a number.
    static func documentAlias(of url: String) -> String? {
        // Every such file's name is short, holds a digit and a hyphen or opens with `eo`
        // (`executive-order-13999`, 21 bytes, is the longest): the catalog asks for every address
        // cited, and others leave on a look at the address's bytes, before any copy or splitting.
        guard let offsets = leafOffsets(of: url), offsets.count <= 21 else { return nil }
        let bytes = url.utf8Span.span
        let opensWithEO = offsets.count >= 2 && bytes[offsets.lowerBound] | 0x20 == UInt8(ascii: "e") && bytes[offsets.lowerBound + 1] | 0x20 == UInt8(ascii: "o")
        guard opensWithEO || offsets.contains(where: { bytes[$0] == UInt8(ascii: "-") }),
              offsets.contains(where: { bytes[$0] >= UInt8(ascii: "0") && bytes[$0] <= UInt8(ascii: "9") }) else { return nil }
        let leaf = substring(url, offsets).lowercased()
        let parts = leaf.split(separator: "-")
        let isDigits = { (part: Substring) in !part.isEmpty && part.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
        if parts.count == 3, (1...3).contains(parts[0].count), parts[0].utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }),
           parts[1].count == 2, isDigits(parts[1]), (2...3).contains(parts[2].count), isDigits(parts[2]) {
            return "doc:" + parts.joined(separator: "-")
        }
        let order = parts.last.map { $0.hasPrefix("eo") ? $0.dropFirst(2) : $0 } ?? ""
        let named = parts.count == 1 ? leaf.hasPrefix("eo") : parts.count == 2 ? parts[0] == "eo" : parts.count == 3 && parts[0] == "executive" && parts[1] == "order"
        if named, order.count == 5, isDigits(order) { return "eo:" + order }
        return nil
    }

    /// The catalog's key of a web page by its address: `url:` and the address in lower case
    /// without its scheme, `www.` and closing slash, so `http://www.example.org/a/` and
    /// `https://example.org/a` are one page. Nil for a site's home (`www.example.org`), which works
    /// of many titles give (a journal's site in every page's foot).
    static func pageAlias(of url: String) -> String? {
        // Bytes, not Foundation's string search: every web page cited is keyed so.
        let lowered = url.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 0x20 : $0 }
        var start = 0
        if lowered.starts(with: "https://".utf8) { start = 8 } else if lowered.starts(with: "http://".utf8) { start = 7 }
        if lowered[start...].starts(with: "www.".utf8) { start += 4 }
        var end = lowered.count
        while end > start, lowered[end - 1] == UInt8(ascii: "/") { end -= 1 }
        guard lowered[start..<end].contains(UInt8(ascii: "/")) else { return nil }
        return "url:" + String(decoding: lowered[start..<end], as: UTF8.self)
    }

    /// The name of the file or page an address ends in, its escapes read (`%20` a space) and
    /// spaces trimmed: `Transcript-of-Hearing-3-May-2011.pdf` from `.../2011/11/Transcript-of-Hearing-3-May-2011.pdf%20%20`.
    /// A part that is empty once read is passed over; nil when the address has no path.
    static func fileName(of url: String) -> String? {
        let bytes = Array(url.utf8)
        let start = afterScheme(url.utf8Span.span)
        var stop = bytes.count
        if let query = bytes[start...].firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) { stop = query }
        let parts = bytes[start..<stop].split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true)
        guard parts.count > 1 else { return nil }
        for part in parts.dropFirst().reversed() {
            let name = decoded(part).trimmingSpaces()
            if !name.isEmpty { return name }
        }
        return nil
    }

    /// `part` with its percent escapes read as bytes (an escape that is no escape kept as written).
    private static func decoded(_ part: ArraySlice<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(part.count)
        var index = part.startIndex
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
        while index < part.endIndex {
            if part[index] == UInt8(ascii: "%"), index + 2 < part.endIndex, let high = hex(part[index + 1]), let low = hex(part[index + 2]) {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(part[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The offset after the address's first `://`, or 0 when it has none.
    private static func afterScheme(_ bytes: Span<UInt8>) -> Int {
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/") { return index + 3 }
            index += 1
        }
        return 0
    }

    private static func substring(_ url: String, _ offsets: Range<Int>) -> String {
        let utf8 = url.utf8
        return String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: offsets.upperBound)], as: UTF8.self)
    }
}
