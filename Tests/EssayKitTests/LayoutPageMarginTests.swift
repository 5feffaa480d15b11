@testable import EssayKit
import Testing

/// A repository's copy of a journal article by `pdftotext -layout`: a cover sheet at the edge,
/// then journal pages set in as a whole by a wide margin, notes `      1. Text` at each page's
/// foot and the repository's footer at the edge. Names, places and texts are invented.
@Suite("Pages pdftotext -layout printed set in as a whole by a repository's margin")
struct LayoutPageMarginTests {
    static let margin = String(repeating: " ", count: 24)

    static let cover = """
        Westmarch Law Review

        Volume 12       Issue 2                                                   Article 3

        Tidal Commons
        Ada Quell

        Follow this and additional works at: https://repository.example.edu/wlr

        Recommended Citation
        Ada Quell, Tidal Commons, 12 Westm. L. Rev. 101 (2031).

        """

    /// A journal page: running head, body with note marks, notes at its foot, the repository's footer.
    static func page(_ number: Int, notes: ClosedRange<Int>) -> String {
        var lines = ["", "", margin + "\(100 + number)                 WESTMARCH LAW REVIEW                 [Vol. 12", "", ""]
        for note in notes {
            lines.append(margin + "   The foreshore of the Orne estuary was held in common by the")
            lines.append(margin + "villages of the bay, each grazing its own strip of the marsh.\(note)")
        }
        lines.append(margin + "and the wardens kept the rolls of the commoners in the church.")
        lines.append("")
        for note in notes {
            lines.append(margin + "      \(note). Roll of the Marsh Wardens \(1700 + note), Orne Parish Chest, bundle \(note),")
            lines.append(margin + "at \(note + 3).")
        }
        lines += ["", "", "Published by Example Law Repository, 2031                                \(number)", ""]
        return lines.joined(separator: "\n")
    }

    static let pages = [cover, page(2, notes: 1...3), page(3, notes: 4...6), page(4, notes: 7...9)]

    @Test("notes on pages set in by a repository's margin are read in order")
    func setInPagesNotesAreRead() throws {
        let essay = try Fixture.essay(Self.pages.joined(separator: "\u{0C}"), path: "tidal.txt")
        #expect(essay.footnotes.map(\.label) == (1...9).map(String.init))
        #expect(essay.footnote("5")?.content.text == "Roll of the Marsh Wardens 1705, Orne Parish Chest, bundle 5, at 8.")
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(body.contains("each grazing its own strip of the marsh."))
        #expect(!body.contains("Roll of the Marsh Wardens"))
    }

    @Test("a set-in page moves to the edge, its lines keeping their length; the footer at the edge stays")
    func marginComesOff() throws {
        let text = Self.pages.joined(separator: "\u{0C}")
        let rewritten = try #require(LayoutPageMargin.rewritten(Array(text.utf8)))
        #expect(rewritten.count == text.utf8.count)
        let lines = String(decoding: rewritten, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.contains { $0.hasPrefix("      5. Roll of the Marsh Wardens") })
        #expect(lines.contains { $0.hasPrefix("villages of the bay") })
        #expect(lines.contains { $0.hasPrefix("Published by Example Law Repository, 2031") })
        #expect(lines.contains { $0.hasPrefix("Ada Quell, Tidal Commons") })
    }

    @Test("a file with only one or two set-in pages (a centred title, a table) is left as printed")
    func fewSetInPagesAreLeft() {
        let plain = Self.pages.map { $0.replacingOccurrences(of: Self.margin, with: "") }
        let one = [plain[0], Self.page(2, notes: 1...3), plain[2], plain[3]].joined(separator: "\u{0C}")
        #expect(LayoutPageMargin.rewritten(Array(one.utf8)) == nil)
        #expect(LayoutPageMargin.rewritten(Array(plain.joined(separator: "\u{0C}").utf8)) == nil)
    }

    @Test("a page's margin is the indent all but its few shallowest lines share, and only a wide one counts")
    func marginOfAPage() {
        let lines = [0, 26, 24, 30, 24, 24, 24, 24, 24, 24].enumerated().map { LayoutPageMargin.Line(indentStart: $0.offset * 100, indent: $0.element) }
        #expect(LayoutPageMargin.margin(of: lines) == 24)
        let paragraphs = [0, 3, 0, 0, 5, 0, 0, 0, 0, 0].enumerated().map { LayoutPageMargin.Line(indentStart: $0.offset * 100, indent: $0.element) }
        #expect(LayoutPageMargin.margin(of: paragraphs) == nil)
    }
}
