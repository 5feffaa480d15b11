import EssayKit
import Testing

/// Inputs the fuzzers in `Fuzz/` found to crash, hang or exhaust memory, each kept small (as
/// `-minimize_crash` left it) with the outcome it must have now. The same inputs are in
/// `Fuzz/Regressions/`, from where `Fuzz/seed.sh` puts them back into the fuzzers' corpora.
@Suite("Inputs the fuzzers found")
struct FuzzFindingsTests {
    @Test("a run of twenty digits in parentheses is not taken for a year (it overflowed Int)")
    func longDigitRunIsNoYear() throws {
        // CitationFuzzer: `(28888888888888888888)` trapped in DateWords.year on arithmetic overflow.
        let alone = CitationResolver().resolve(notes: ["(28888888888888888888)"])
        #expect(alone.footnotes.count == 1)
        let essay = try CitationFixture.essay([
            "RICHARD ROE, *WAR* (28888888888888888888).",
            "KIM KOE, *PEACE* (99999999999999999999999 2015).",
        ])
        // The first note names no year, so it is no work of the catalog; the second's year stands alone.
        #expect(essay.authorities.map(\.id) == ["koe-2015-peace"])
        #expect(essay.authorities.map(\.year) == [2015])
    }

    /// The one paragraph of `body`, parsed as the body of a titled essay.
    private static func paragraph(_ body: String) throws -> Block {
        let essay = try Fixture.essay("# T\n\n\(body)\n")
        return try #require(essay.sections.flatMap(\.blocks).first)
    }

    // The inline parser looked for the closer of each opener from the opener to the end of the
    // paragraph, so a paragraph of openers that never close took quadratic time: a 256 KB one took
    // a minute under the fuzzer's instrumentation (found by re-running EssayParserFuzzer's corpus
    // grown to 256 KB an input; InlineLandmarks, from the hardening work, had fixed it meanwhile).
    // Half a megabyte of each took hours before; a limit of a minute (about a thousand times what
    // it takes now) guards against the hang without timing anything.

    @Test("a paragraph of <sup> markers that never close parses in linear time", .timeLimit(.minutes(1)))
    func unclosedMarkers() throws {
        let count = 65_536
        let block = try Self.paragraph(String(repeating: "x<sup>1 ", count: count))
        #expect(block.content.markers.isEmpty)
        #expect(block.content.text.hasPrefix("x<sup>1 x<sup>1"))
        #expect(block.content.text.utf8.count == 8 * count - 1)
    }

    @Test("a paragraph of [ that never close, or of [text]( with no ), parses in linear time",
          .timeLimit(.minutes(1)), arguments: ["[a ", "[a](b ", "<sup<sup>"])
    func unclosedBrackets(opener: String) throws {
        let text = String(repeating: opener, count: 524_288 / opener.utf8.count)
        let block = try Self.paragraph(text)
        let links = block.content.spans.filter { if case .link = $0.style { true } else { false } }
        #expect(links.isEmpty)
        #expect(block.content.markers.isEmpty)
        // Kept as written, less the trailing space.
        #expect(block.content.text.utf8.count == text.utf8.count - (text.hasSuffix(" ") ? 1 : 0))
        #expect(block.content.text.hasPrefix(opener + opener))
    }

    @Test("brackets nested thousands deep still pair, and the link inside them parses", .timeLimit(.minutes(1)))
    func deeplyNestedBrackets() throws {
        let depth = 100_000
        let block = try Self.paragraph(String(repeating: "[", count: depth) + "[a](https://example.org)" + String(repeating: "]", count: depth))
        let links = block.content.spans.compactMap { if case .link(let url) = $0.style { url } else { nil } }
        #expect(links == ["https://example.org"])
        #expect(block.content.text == String(repeating: "[", count: depth) + "a" + String(repeating: "]", count: depth))
    }
}
