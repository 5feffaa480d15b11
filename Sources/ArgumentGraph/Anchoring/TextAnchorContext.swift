import EssayKit

extension TextAnchor {
    /// The quote with some of the words around it in its paragraph, so that two places a short quote
    /// anchors in one sentence read differently: `…of the Council, the veto stays…`.
    public func context(in essay: Essay, width: Int = 60) -> String {
        guard essay.sections.indices.contains(section), essay.sections[section].blocks.indices.contains(block) else { return "" }
        let owner = essay.sections[section].blocks[block]
        let text: String
        if let item {
            guard owner.items.indices.contains(item) else { return "" }
            text = owner.items[item].content.text
        } else {
            text = owner.content.text
        }
        let bytes = Array(text.utf8)
        guard textRange.lowerBound >= 0, textRange.upperBound <= bytes.count else { return "" }
        let quote = String(decoding: bytes[textRange], as: UTF8.self)
        let room = max(12, (width - quote.count) / 2)
        let before = String(decoding: bytes[..<textRange.lowerBound], as: UTF8.self)
        let after = String(decoding: bytes[textRange.upperBound...], as: UTF8.self)
        // Cut at spaces, so no word is shown in part.
        var head = before
        if before.count > room {
            let kept = before.suffix(room)
            head = "…" + (kept.firstIndex(of: " ").map { kept[kept.index(after: $0)...] } ?? kept)
        }
        var tail = after
        if after.count > room {
            let kept = after.prefix(room)
            tail = (kept.lastIndex(of: " ").map { kept[..<$0] } ?? kept) + "…"
        }
        let shown = head + quote + tail
        return String(shown.map { $0.isNewline ? " " : $0 })
    }
}
