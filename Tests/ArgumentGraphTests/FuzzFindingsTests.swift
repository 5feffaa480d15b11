import ArgumentGraph
import Testing

/// Inputs the fuzzers in `Fuzz/` found to crash, hang or exhaust memory in the argument graph's
/// code, each with the outcome it must have now (EssayKit's are in its own `FuzzFindingsTests`).
@Suite("Inputs the fuzzers found in the argument graph")
struct FuzzFindingsTests {
    // SearchQuery dropped repeated words by searching the terms kept so far, so a query of many
    // distinct words took quadratic time: 20,000 took eight seconds under the fuzzer's
    // instrumentation (found by giving SearchQueryFuzzer hand-made queries of 150 KB). A limit of
    // five minutes, far above what it takes now, guards against the hang without timing anything.
    @Test("a query of a hundred thousand distinct words parses in linear time, keeping their order",
          .timeLimit(.minutes(5)))
    func manyDistinctWords() {
        let words = (0..<100_000).map { "w\($0)x" }
        let query = SearchQuery(parsing: words.joined(separator: " ") + " W0X w1x")
        #expect(query.terms == words)
        #expect(query.phrases.isEmpty)
    }
}
