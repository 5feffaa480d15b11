import Explorer
import Foundation
@testable import LegitCommands
import Testing

/// An essay whose text holds terminal escape sequences: plain-text output shows them as symbols,
/// to a terminal or a pipe alike, and JSON keeps them exactly, escaped.
@Suite("Control characters in an essay never reach the output raw")
struct ControlCharacterTests {
    /// ESC sequences that clear the screen, set the window title and the clipboard (OSC 52), a C1
    /// CSI, DEL and a right-to-left override, in the title, the body and a footnote.
    static let essay = "# Title \u{1B}]0;PWNED\u{07} here\n\n"
        + "Text with \u{1B}[2J clear and \u{1B}]52;c;cHduZWQ=\u{07} clipboard, C1 \u{9B}31m red and DEL \u{7F}.<sup>1</sup> "
        + "Bidi \u{202E}evil.\n\n---\n\n1. Note \u{1B}[31mred\u{1B}[0m and \u{1B}]0;NOTE\u{07} title.\n"

    /// Whether `text` holds a character a terminal would act on: C0 but line feed and tab, DEL, C1, or a bidi override.
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x202E
        }
    }

    static func withEssay<Result>(_ body: (String) throws -> Result) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("legit-escapes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("escapes.md").path
        try Data(essay.utf8).write(to: URL(fileURLWithPath: path))
        return try body(path)
    }

    @Test("text reports and messages show every control character as a symbol")
    func textOutput() throws {
        try Self.withEssay { path in
            for command in [["outline"], ["footnote"], ["footnote", "1"], ["dump"], ["check"], ["authorities"], ["search", "clear"],
                            ["claims"], ["audit"], ["export", "--format", "dot"], ["export", "--format", "graphml"]] {
                let result = try LegitBinary.run(command + [path])
                #expect(!Self.hasRawControl(result.output), "\(command): \(result.output.prefix(200))")
                #expect(!Self.hasRawControl(result.errors), "\(command): \(result.errors.prefix(200))")
            }
            let outline = try LegitBinary.run(["outline", path]).output
            #expect(outline.hasPrefix("Title ␛]0;PWNED␇ here\n"))
            let footnote = try LegitBinary.run(["footnote", "1", path]).output
            #expect(footnote.contains("Note ␛[31mred␛[0m and ␛]0;NOTE␇ title."))
            #expect(footnote.contains("“Text with ␛[2J clear and ␛]52;c;cHduZWQ=␇ clipboard, C1 �31m red and DEL\n     ␡.”"))
        }
    }

    @Test("JSON keeps every character, escaped: a JSON reader gets the text back exactly")
    func jsonOutput() throws {
        try Self.withEssay { path in
            for command in [["dump", "--json"], ["footnote", "--json"], ["outline", "--json"], ["export", "--format", "json"], ["export", "--format", "aif"]] {
                let result = try LegitBinary.run(command + [path])
                #expect(!Self.hasRawControl(result.output), "\(command)")
            }
            let json = try LegitBinary.run(["dump", "--json", path]).output
            #expect(json.contains(#""title" : "Title \u001b]0;PWNED\u0007 here""#))
            #expect(json.contains(#"C1 \u009b31m red and DEL \u007f."#))
            let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(document["title"] as? String == "Title \u{1B}]0;PWNED\u{07} here")
            let sections = try #require(document["sections"] as? [[String: Any]])
            let blocks = try #require(sections.first?["blocks"] as? [[String: Any]])
            #expect((blocks.first?["text"] as? String)?.contains("Bidi \u{202E}evil.") == true)
        }
    }

    @Test("the byte scan that lets text through unchanged misses no character a symbol or escape replaces")
    func byteScanAgrees() {
        var scalars = (0..<0x3100).compactMap(UnicodeScalar.init) + [UnicodeScalar(0xFEFF)!, UnicodeScalar(0x1F680)!]
        scalars += ["\u{E2}", "\u{C2}", "\u{D8}"].compactMap { $0.unicodeScalars.first }
        for scalar in scalars {
            for text in [String(scalar), "a" + String(scalar) + "b", "’" + String(scalar), "\u{80}" + String(scalar)] {
                let expected = text.unicodeScalars.contains(where: TerminalText.needsSymbol)
                #expect(TransformingSink.mayChange(text) == expected, "U+\(String(scalar.value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }
}
