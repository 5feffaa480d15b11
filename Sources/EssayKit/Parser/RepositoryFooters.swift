import LowLevel

/// A repository's footer (`Electronic copy available at: https://ssrn.com/abstract=...`,
/// `Downloaded from ...`) as the only mark of where a page ends, in text extracted from a PDF with
/// no form feeds and no blank lines between pages: each such footer is a page separator, as a
/// form feed or a `<<PAGE_BREAK>>` line is (`PageMarkers`).
///
/// - A repository prints its footer at every page's edge, so it parts pages only where it comes
///   back: at least twice and at least once every 20,000 bytes on average.
/// - A file with form feeds or marker lines (`<<PAGE_BREAK>>`) has its pages from them: its
///   footers stay furniture to drop.
struct RepositoryFooters {
    /// Whether footers part the file's pages, once worked out.
    private var verdict: Bool?

    /// Whether footers were found to part the file's pages (false until the first footer is met).
    var partsPages: Bool { verdict == true }

    /// The bytes a footer may open with: the cheap test every line passes through.
    @inline(__always)
    static func mayOpen(_ lead: UInt8) -> Bool {
        lead | 0x20 == UInt8(ascii: "e") || lead | 0x20 == UInt8(ascii: "d")
    }

    /// Whether the file's footers part its pages: it has no form feed and no marker lines that
    /// part pages (`PageMarkers`), and its footers come back as pages do. Worked out once, the first time a footer is met.
    mutating func partPages(in file: SourceFile) -> Bool {
        if let verdict { return verdict }
        let bytes = file.bytes
        var count = 0
        var found = !bytes.contains(0x0C)
        if found {
            var markers: [UInt64: Int] = [:]
            for start in file.lineStarts where start < bytes.count {
                let lead = bytes[start]
                guard Self.mayOpen(lead) || PageMarkers.mayOpen(lead) else { continue }
                var end = start
                while end < bytes.count, bytes[end] != 0x0A, end - start <= 240 { end += 1 }
                var last = end
                while last > start, bytes[last - 1] == 0x20 || bytes[last - 1] == 0x09 || bytes[last - 1] == 0x0D { last -= 1 }
                if Self.mayOpen(lead) {
                    if LineRules.isRepositoryFooter(bytes[start..<last]) { count += 1 }
                } else if let form = PageMarkers.form(bytes[start..<last]) {
                    markers[form, default: 0] += 1
                }
            }
            // Marker lines that come back as pages do part the pages themselves.
            let marked = markers.values.contains { $0 >= 2 && bytes.count / $0 <= 20_000 }
            found = !marked && count >= 2 && bytes.count / count <= 20_000
        }
        verdict = found
        return found
    }
}

extension EssayBuilder {
    /// Makes a line a page separator when it is a repository's footer that parts the file's pages
    /// (`RepositoryFooters`): a unit of its own, recorded with the page markers. False, with
    /// nothing done, for any other line.
    mutating func takeRepositoryFooter(_ line: Range<Int>, into units: inout [[Range<Int>]], current: inout [Range<Int>]) -> Bool {
        let end = trimmedEnd(of: line)
        guard LineRules.isRepositoryFooter(file.bytes[line.lowerBound..<end]), repositoryFooters.partPages(in: file) else { return false }
        takePageSeparator(line.lowerBound..<end, into: &units, current: &current)
        return true
    }
}
