@testable import EssayKit
import Testing

@Suite("Inline text")
struct InlineParserTests {
    func content(_ markdown: String) throws -> RichText {
        let essay = try Fixture.essay("# T\n\n\(markdown)\n")
        return try #require(essay.sections.first?.blocks.first?.content)
    }

    @Test func emphasisEscapesAndMarkers() throws {
        let rich = try content("The *Legitimacy* study\\* said<sup>12</sup> it.")
        #expect(rich.text == "The Legitimacy study* said it.")
        #expect(rich.spans.map { rich.substring($0.range) } == ["Legitimacy"])
        #expect(rich.markers.map(\.label) == ["12"])
        #expect(rich.markers.first?.offset == "The Legitimacy study* said".utf8.count)
        #expect(rich.markers.first?.range.start == SourcePosition(line: 3, column: 30))
    }

    @Test("</SUP> closes a marker in any case, but control bytes are no '/' or '>'")
    func markerTagsMatchLettersOnlyInAnyCase() throws {
        #expect(try content("Said<SUP>3</SUP> it.").markers.map(\.label) == ["3"])
        // 0x0F and 0x1E differ from '/' and '>' only in bit 5.
        let rich = try content("Said<sup>4<\u{0F}sup\u{1E} it.")
        #expect(rich.markers.isEmpty)
        #expect(rich.text.hasPrefix("Said<sup>4<"))
    }

    @Test("a marker of digits alone reads as any marker does: up to 16 digits, tags in any case, its range to the closing tag's end")
    func digitMarkers() throws {
        let rich = try content("A<sup>1234567890123456</sup> b<Sup>7</sUP> c<sup>12345678901234567</sup> d<sup>8</sup")
        #expect(rich.markers.map(\.label) == ["1234567890123456", "7"])
        #expect(rich.markers.first?.range == SourceRange(start: SourcePosition(line: 3, column: 2), end: SourcePosition(line: 3, column: 29)))
        #expect(rich.text.contains("c<sup>12345678901234567</sup> d<sup>8</sup"))
    }

    @Test func linksAndAutolinks() throws {
        let rich = try content("See <https://example.org/a> and [the site](https://example.org/b).")
        #expect(rich.text == "See https://example.org/a and the site.")
        #expect(rich.spans.map(\.style) == [.link(url: "https://example.org/a"), .link(url: "https://example.org/b")])
    }

    @Test func aLinkWhoseTextIsItsAddressShowsTheAddress() throws {
        let rich = try content("[https://x.org/A\\\\_B](https://x.org/A_B).")
        #expect(rich.text == "https://x.org/A_B.")
    }

    @Test func unpairedStarsStayLiteral() throws {
        #expect(try content("A * B and C*").text == "A * B and C*")
        #expect(try content("Nested *a *b* c* end").text == "Nested a b c end")
    }

    @Test func symbolsAreKept() throws {
        #expect(try content("¶ 72, § 3, © 2019 — “quoted” ’s").text == "¶ 72, § 3, © 2019 — “quoted” ’s")
    }

    @Test func sourceMapPointsIntoTheFile() throws {
        let essay = try Fixture.essay("# T\n\nAlpha *beta* gamma.\n")
        let block = try #require(essay.sections.first?.blocks.first)
        let gamma = block.content.text.utf8.count - "gamma.".utf8.count
        let range = block.content.sourceRange(of: gamma..<(gamma + 5), in: essay.source)
        #expect(range == SourceRange(start: .init(line: 3, column: 14), end: .init(line: 3, column: 19)))
    }
}
