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
    // Half a megabyte of each took hours before; a limit of five minutes (thousands of times what
    // it takes now, room for a machine shared by many builds) guards against the hang without timing anything.

    @Test("a paragraph of <sup> markers that never close parses in linear time", .timeLimit(.minutes(5)))
    func unclosedMarkers() throws {
        let count = 65_536
        let block = try Self.paragraph(String(repeating: "x<sup>1 ", count: count))
        #expect(block.content.markers.isEmpty)
        #expect(block.content.text.hasPrefix("x<sup>1 x<sup>1"))
        #expect(block.content.text.utf8.count == 8 * count - 1)
    }

    @Test("a paragraph of [ that never close, or of [text]( with no ), parses in linear time",
          .timeLimit(.minutes(5)), arguments: ["[a ", "[a](b ", "<sup<sup>"])
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

    @Test("brackets nested thousands deep still pair, and the link inside them parses", .timeLimit(.minutes(5)))
    func deeplyNestedBrackets() throws {
        let depth = 100_000
        let block = try Self.paragraph(String(repeating: "[", count: depth) + "[a](https://example.org)" + String(repeating: "]", count: depth))
        let links = block.content.spans.compactMap { if case .link(let url) = $0.style { url } else { nil } }
        #expect(links == ["https://example.org"])
        #expect(block.content.text == String(repeating: "[", count: depth) + "a" + String(repeating: "]", count: depth))
    }

    // The citation reader tried every comma followed by a signal (`, e.g.,`) as the start of a
    // citation running to the end of the sentence, and every parenthesis as one that might close,
    // so a long sentence of them took quadratic time: 128 KB took over ten seconds under the
    // fuzzer's instrumentation (found by re-running CitationFuzzer's corpus with each input made
    // one 128 KB note). Now only a signal in the last 2 KB of its sentence is tried, and
    // parentheses are paired once per note.

    @Test("a long note with a signal after every comma reads in linear time, as commentary", .timeLimit(.minutes(5)))
    func signalAfterEveryComma() throws {
        let note = String(repeating: "Pet Brook, e.g., at 8, ", count: 16_384)
        let resolved = CitationResolver().resolve(notes: [note])
        let footnote = try #require(resolved.footnotes.first)
        #expect(footnote.segments.map(\.kind).first == .commentary)
        #expect(footnote.segments.map(\.text.utf8.count).reduce(0, +) >= note.utf8.count - 16)
    }

    @Test("a long note of parentheses that never close reads in linear time", .timeLimit(.minutes(5)))
    func parenthesesThatNeverClose() throws {
        let note = "Prose " + String(repeating: "(a ](b 1990.) ", count: 32_768) + "(U.N. Doc. A/HRC/29/32)."
        let resolved = CitationResolver().resolve(notes: [note])
        let footnote = try #require(resolved.footnotes.first)
        #expect(footnote.segments.map(\.kind) == [.commentary])
        // The document symbol in parentheses at the end is still read as an embedded citation.
        #expect(footnote.citations.map(\.text) == ["U.N. Doc. A/HRC/29/32"])
    }

    // An *Id.* after a string of works means each work of the string, and a string of *Id.*
    // (`*Id.*; *Id.* at 5`) added the same work once per *Id.*, so the next sentence's *Id.* made
    // a citation for each of them and added them all again: a 200 KB note of such strings took
    // 78 s and 19 GB (found by Fuzz/scale.sh replaying CitationFuzzer's corpus at 256 KB). Now a
    // string names each work once.

    @Test("a long note of *Id.* strings reads in linear time, an *Id.* making one citation", .timeLimit(.minutes(5)))
    func longChainOfIdStrings() throws {
        let repeats = 8_000
        let note = "JOHN DOE, BOOK ONE 1 (2001). " + String(repeating: "*Id.* *Id.*; *Id.* at 5. ", count: repeats)
        let resolved = CitationResolver().resolve(notes: [note])
        let footnote = try #require(resolved.footnotes.first)
        #expect(footnote.citations.count == 1 + 3 * repeats)
        #expect(Set(footnote.citations.map(\.authorityID)) == ["doe-2001-book"])
    }

    @Test("*Id.* after a string that cites one work again refers to that work once, at the latest pinpoint")
    func idAfterRepeatedWork() throws {
        let resolved = CitationResolver().resolve(notes: [
            "JOHN DOE, BOOK ONE 1 (2001).",
            "*Id.* at 3; *Id.* at 4.",
            "*Id.*",
        ])
        let third = try #require(resolved.footnotes.last)
        #expect(third.citations.map(\.authorityID) == ["doe-2001-book"])
        #expect(third.citations.map { $0.pinpoint?.text } == ["4"])
        #expect(resolved.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test("*Id.* after a string of more works than anyone strings together is an error, not a citation of each",
          arguments: [16, 17])
    func idAfterVeryLongString(works: Int) throws {
        let string = (1...works).map { "AUTHOR \($0), *TITLE \($0)* \($0) (\(1900 + $0))" }.joined(separator: "; ") + "."
        let resolved = CitationResolver().resolve(notes: [string, "*Id.*"])
        let last = try #require(resolved.footnotes.last)
        let errors = resolved.diagnostics.filter { $0.severity == .error }
        if works <= 16 {
            #expect(last.citations.count == works)
            #expect(last.citations.allSatisfy { $0.authorityID != nil })
            #expect(errors.isEmpty)
        } else {
            #expect(last.citations.count == 1)
            #expect(last.citations.first?.authorityID == nil)
            #expect(errors.map(\.message) == ["*Id.* follows a string of \(works) works in note 1, too many to tell which is meant; cite the work by name"])
        }
    }

    // Works whose ids would be alike (one author, year and first title word) took the next free
    // suffix by trying -2, -3, ... from the start each time: 5,000 such books took 10 s of CPU,
    // 20,000 several minutes (found by robust's hostile inputs). Each base now remembers its next.
    @Test("twenty thousand works with one base id are numbered in linear time, as before", .timeLimit(.minutes(5)))
    func manyWorksWithOneBaseID() throws {
        let count = 20_000
        let resolved = CitationResolver().resolve(notes: (1...count).map { "JOHN DOE, BOOK \($0) 12 (2001)." })
        let ids = resolved.footnotes.map { $0.citations.first?.authorityID }
        #expect(ids.count == count)
        #expect(ids.prefix(3) == ["doe-2001-book", "doe-2001-book-2", "doe-2001-book-3"])
        #expect(ids.last == "doe-2001-book-\(count)")
        #expect(Set(ids).count == count)
    }
}
