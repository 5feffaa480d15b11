/// The cover page a database adds before a downloaded article (HeinOnline's): the date it was
/// downloaded, `Citations:` with the article cited in several styles (`Bluebook 21st ed.`,
/// `APA 7th ed.`, ...), and the terms of use (`Your use of this HeinOnline PDF indicates ...`).
/// It is furniture: none of it is the essay's title, text or notes.
enum HeinOnlineCover {
    /// How many of the first units make the cover: the units before the first page separator, when
    /// they name the database and hold its list of citations; nil otherwise. Only the first page,
    /// up to 80 units, is looked at.
    static func end(of units: [[Range<Int>]], in bytes: [UInt8], isSeparator: (Range<Int>) -> Bool) -> Int? {
        var namesDatabase = false
        var citations = false
        for (index, unit) in units.prefix(80).enumerated() {
            guard let first = unit.first else { continue }
            if isSeparator(first) { return namesDatabase && citations ? index : nil }
            for line in unit {
                let text = LineRules.trim(bytes[line])
                guard let lead = text.first, lead == UInt8(ascii: "C") || lead == UInt8(ascii: "S") || lead == UInt8(ascii: "-") else { continue }
                if text.elementsEqual("Citations:".utf8) || text.elementsEqual("Citation:".utf8) { citations = true }
                if LineRules.firstRange(of: "HeinOnline", in: text) != nil { namesDatabase = true }
            }
        }
        return nil
    }
}

extension EssayBuilder {
    /// Drops a database's cover page (`HeinOnlineCover`) from the units still to handle.
    mutating func dropDatabaseCover() {
        guard hasFormFeeds, let end = HeinOnlineCover.end(of: pending, in: file.bytes, isSeparator: { isPageSeparator($0) }) else { return }
        // The separator after the cover goes too: the article's first page opens the text.
        pending.removeFirst(min(end + 1, pending.count))
    }
}
