/// Pieces of a web address that names and ids are made from.
enum URLParts {
    /// `www.ohchr.org` from `https://www.ohchr.org/EN/Issues/...`.
    static func host(of url: String) -> String? {
        let host = withoutScheme(url).prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        return host.isEmpty ? nil : String(decoding: host, as: UTF8.self)
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
        let path = withoutScheme(url).split(separator: UInt8(ascii: "/")).dropFirst()
        guard let last = path.last else { return nil }
        let name = last.prefix { $0 != UInt8(ascii: ".") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
        return name.isEmpty ? nil : String(decoding: name, as: UTF8.self)
    }

    /// The catalog's key of the numbered document an address is the file of: `doc:m-15-14` from
    /// `.../memoranda/2015/m-15-14.pdf` (a memorandum's number: one to three letters, two digits,
    /// two or three), `eo:13999` from `.../eo-13999.pdf` or `.../executive-order-13999`. Nil for
    /// any other address: a title in the address is no evidence of a number.
    static func documentAlias(of url: String) -> String? {
        // Every such file's name is short and holds a digit (`executive-order-13999`, 21 bytes, is
        // the longest): other addresses leave before any splitting; the catalog asks for each one.
        guard let leaf = leaf(of: url), leaf.utf8.count <= 21, leaf.utf8.contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let parts = leaf.lowercased().split(separator: "-")
        let isDigits = { (part: Substring) in !part.isEmpty && part.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
        if parts.count == 3, (1...3).contains(parts[0].count), parts[0].utf8.allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }),
           parts[1].count == 2, isDigits(parts[1]), (2...3).contains(parts[2].count), isDigits(parts[2]) {
            return "doc:" + parts.joined(separator: "-")
        }
        let order = parts.last.map { $0.hasPrefix("eo") ? $0.dropFirst(2) : $0 } ?? ""
        let named = parts.count == 1 ? leaf.lowercased().hasPrefix("eo") : parts.count == 2 ? parts[0] == "eo" : parts.count == 3 && parts[0] == "executive" && parts[1] == "order"
        if named, order.count == 5, isDigits(order) { return "eo:" + order }
        return nil
    }

    private static func withoutScheme(_ url: String) -> ArraySlice<UInt8> {
        let bytes = Array(url.utf8)
        for index in bytes.indices where index + 2 < bytes.count
            && bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/") {
            return bytes[(index + 3)...]
        }
        return bytes[...]
    }
}
