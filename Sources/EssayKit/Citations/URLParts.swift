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

    private static func withoutScheme(_ url: String) -> ArraySlice<UInt8> {
        let bytes = Array(url.utf8)
        for index in bytes.indices where index + 2 < bytes.count
            && bytes[index] == UInt8(ascii: ":") && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/") {
            return bytes[(index + 3)...]
        }
        return bytes[...]
    }
}
