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
}
