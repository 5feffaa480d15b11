import LowLevel

extension EssayBuilder {
    /// The tags that open a figure a web page's conversion kept as raw HTML (`<figure>`, `<img>`,
    /// `<picture>`), packed.
    private static let figureTags: Set<UInt64> = Set(["figure", "img", "picture"].compactMap { Bytes.packedLowercase(Array($0.utf8)) })

    /// Takes a unit that is a figure kept as raw HTML (`<figure><img src="..."><figcaption>Caption
    /// </figcaption></figure>`, or an `<img>` alone): its tags are no text; its caption, if any,
    /// is kept as a paragraph. A unit with text outside the figure's caption is left alone.
    mutating func takeFigure(_ unit: [Range<Int>]) -> Bool {
        let bytes = file.bytes
        let head = LineRules.trim(bytes[unit[0]])
        // Cheap first test: the unit opens with a tag.
        guard head.first == UInt8(ascii: "<"), let end = unit.last?.upperBound,
              let tag = HTMLTag.read(bytes[...], at: head.startIndex, limit: end), !tag.isClosing, Self.figureTags.contains(tag.name)
        else { return false }
        var caption: [Range<Int>] = []
        var inCaption = false
        var textStart = head.startIndex
        var index = head.startIndex
        func endText(at stop: Int) -> Bool {
            var lower = textStart
            var upper = stop
            while lower < upper, Bytes.isSpace(bytes[lower]) { lower += 1 }
            while upper > lower, Bytes.isSpace(bytes[upper - 1]) { upper -= 1 }
            let text = bytes[lower..<upper]
            guard !text.isEmpty else { return true }
            guard inCaption else { return false }
            // The caption's lines, each a piece.
            var lineStart = text.startIndex
            for cursor in text.indices where bytes[cursor] == 0x0A {
                let line = LineRules.trim(bytes[lineStart..<cursor])
                if !line.isEmpty { caption.append(line.startIndex..<line.endIndex) }
                lineStart = cursor + 1
            }
            let line = LineRules.trim(bytes[lineStart..<text.endIndex])
            if !line.isEmpty { caption.append(line.startIndex..<line.endIndex) }
            return true
        }
        while index < end {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            let tail = bytes[index..<min(end, index + 13)]
            let opensCaption = LineRules.startsFolded(tail, "<figcaption")
            let closesCaption = LineRules.startsFolded(tail, "</figcaption")
            let tagEnd: Int
            if opensCaption || closesCaption {
                guard let close = bytes[index..<min(end, index + 400)].firstIndex(of: UInt8(ascii: ">")) else { return false }
                tagEnd = close + 1
            } else if let tag = HTMLTag.read(bytes[...], at: index, limit: end) {
                tagEnd = tag.end
            } else {
                index += 1
                continue
            }
            guard endText(at: index) else { return false }
            if opensCaption { inCaption = true } else if closesCaption { inCaption = false }
            index = tagEnd
            textStart = tagEnd
        }
        guard endText(at: end) else { return false }
        if !caption.isEmpty {
            region = .body
            addBodyUnit(caption)
        }
        return true
    }
}
