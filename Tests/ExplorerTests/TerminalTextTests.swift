@preconcurrency import CNCurses
import EssayKit
@testable import Explorer
import Foundation
import Testing

@Suite("How text takes room on a terminal")
struct TerminalTextTests {
    @Test("the width table is the C library's wcwidth, scalar by scalar, quick ranges included")
    func theTableIsWcwidth() {
        setlocale(LC_ALL, "C.UTF-8")
        var differences: [String] = []
        for value in UInt32(0x20)...0x10FFFF where !(0xD800...0xDFFF).contains(value) && value != 0x7F {
            let expected = Int(legit_wcwidth(wchar_t(bitPattern: value)))
            let actual = TerminalText.scalarWidth(value)
            if expected != actual, !(value >= 0x80 && value <= 0x9F && actual == -1 && expected == -1) {
                differences.append("U+\(String(value, radix: 16)): wcwidth \(expected), table \(actual)")
                if differences.count > 20 { break }
            }
        }
        #expect(differences == [], "\(differences.joined(separator: "\n")); run python3 scripts/generate-widths.py")
    }

    @Test("a grapheme cluster takes the sum of its scalars' columns, as ncurses lays them out")
    func clusters() {
        #expect(TerminalText.width(of: "plain") == 5)
        #expect(TerminalText.width(of: "“quoted”—dash ¶ §") == 17)
        #expect(TerminalText.width(of: "Order²") == 6)
        #expect(TerminalText.width(of: "漢字") == 4)
        #expect(TerminalText.width(of: "e\u{301}") == 1)
        #expect(TerminalText.width(of: "a\u{200B}b") == 2)
        #expect(TerminalText.width(of: "🚀🚀") == 4)
        #expect(TerminalText.width(of: Character("👩\u{200D}👩\u{200D}👧")) == 6)
        #expect(TerminalText.width(of: Character("🇫🇷")) == 2)
        #expect(TerminalText.width(of: "☔⌚🀄") == 6)
        #expect(TerminalText.width(of: Character("\u{1FA70}")) == 2)
        #expect(TerminalText.width(of: "क्षि") == 3)
        #expect(TerminalText.width(of: "ภาษาไทย") == 7)
        #expect(TerminalText.width(of: "ที่") == 1, "Thai above marks take no column")
    }

    @Test func bytesAndTextAgree() {
        for text in ["plain words", "“Caron’s” view—of ¶ 72", "漢字 and text", "e\u{301}t\u{E9}", "🚀 👩‍👩‍👧 🇫🇷 ☔"] {
            #expect(TerminalText.width(utf8: ArraySlice(Array(text.utf8))) == TerminalText.width(of: text))
        }
    }

    @Test("a cluster that does not fit before the limit is not put at all; a wide one put over another leaves no half")
    func clustersNeverSplit() {
        var grid = Grid(width: 10, height: 1)
        let end = grid.put("ab👩‍👩‍👧x", x: 0, y: 0, limit: 7)
        #expect(end == 2, "the six-column cluster does not fit in five, so nothing after ab is put")
        #expect(grid.lines == ["ab"])
        grid.put("🚀🚀", x: 0, y: 0)
        grid.put("z", x: 1, y: 0)
        #expect(grid.lines == [" z🚀"])
        #expect(grid.cells.prefix(4).map(\.text) == [" ", "z", "🚀", ""])
    }

    @Test func superscriptLabels() {
        #expect(ReadingLayout.superscript("12") == "¹²")
        #expect(ReadingLayout.superscript("60") == "⁶⁰")
        #expect(ReadingLayout.superscript("*") == "[*]")
        #expect(ReadingLayout.superscript("12a") == "[12a]")
        #expect(ReadingLayout.superscript("") == "[]")
    }

    @Test("issue 16 item 3: every script renders within its pane: borders in place, the status line whole, each row as wide as the screen")
    func everyScriptStaysInItsPane() throws {
        let lines = [
            "Rockets 🚀🚀 launch, a family 👩‍👩‍👧 waits.<sup>1</sup>",
            "हिन्दी में क्षत्रिय और संस्कृति।",
            "Flags 🇫🇷🇯🇵🇺🇳 fly over ภาษาไทย text.",
            "Umbrella ☔ watch ⌚ tile 🀄 and 🩰 shoes.",
            "漢字かな交じり文 with e\u{301}combining marks.",
        ]
        let text = "# Widths 🚀 of every script\n\nAnn Author 👩‍👩‍👧\n\n" + lines.joined(separator: " ") + "\n\n"
            + (1...12).map { "Line \($0): " + lines[$0 % lines.count] }.joined(separator: "\n\n") + "\n\n---\n\n1. A note 🚀 here.\n"
        let essay = try EssayParser().parse(SourceFile.decode(path: "widths.md", data: Array(text.utf8)))
        for (width, height) in [(40, 12), (61, 20), (80, 24), (100, 30), (121, 40)] {
            var state = ExplorerState(model: ExplorerModel(essay: essay, path: "widths.md"), width: width, height: height)
            for keys in ["", "jjjj", "l<Enter>", "<Tab>"] {
                state = ExplorerReducer.reduce(state, keys: keys)
                let grid = ExplorerView.render(state)
                let screen = state.screen
                for row in 0..<grid.height {
                    let cells = (0..<grid.width).map { grid[$0, row].text }
                    // The cells of a row add up to the screen's width: no cluster runs over.
                    #expect(cells.reduce(0) { $0 + ($1.isEmpty ? 0 : TerminalText.width(of: $1)) } == width,
                            "\(width)×\(height) \(keys) row \(row): \(cells)")
                    // The rule between the outline and the text stands in every row of the panes.
                    if screen.mode != .narrow, row < screen.outline.height {
                        #expect(grid[screen.outline.width, row].text == "│", "\(width)×\(height) \(keys) row \(row): \(grid.lines[row])")
                    }
                    // And the rule before the detail pane, when it stands beside the text.
                    if screen.mode == .wide, row < screen.detail.height {
                        #expect(grid[screen.detail.x - 1, row].text == "│", "\(width)×\(height) \(keys) row \(row): \(grid.lines[row])")
                    }
                }
                // The status line is exactly what it says, whole: the title's rocket takes two
                // columns and nothing of the text above runs into it.
                let (left, right, _) = StatusLine.text(state, width: width)
                let gap = width - 2 - TerminalText.width(of: left) - TerminalText.width(of: right)
                #expect(gap >= 1, "\(width)×\(height) \(keys): \(left)")
                #expect(grid.lines[height - 1] == " " + left + String(repeating: " ", count: gap) + right, "\(width)×\(height) \(keys)")
                #expect(right == "? help  q quit")
                #expect(grid[width - 1, height - 1].style == CellStyle(reverse: true))
            }
        }
    }
}
