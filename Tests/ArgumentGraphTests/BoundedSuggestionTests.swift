import ArgumentGraph
import EssayKit
import Foundation
import Testing

/// "Did you mean" is bounded: a long id is quoted cut and gets no suggestion, many claims with bad
/// references each get the right one; messages never read "claim 'x''s".
@Suite("Did you mean, bounded")
struct BoundedSuggestionTests {
    static let header = "essay: kaye-2019-legitimacy.md\nclaims:\n"
    static let quote = "But even in his call for change, Caron was measured and cognizant of the realities of international politics."

    @Test("a 100,000-character unknown id: quoted cut to 60 characters with its length, and no suggestion looked for")
    func longUnknownID() {
        let long = String(repeating: "x", count: 100_000)
        let result = AnnotationFixture().load(Self.header + "  - id: first\n    kind: claim\n    quote: \"\(Self.quote)\"\n    supports: [\(long)]\n")
        #expect(result.errors.map(\.message) == [
            "claim 'first' supports '\(String(repeating: "x", count: 60))…' (100000 characters), which is not a claim id",
        ])
    }

    @Test("50,000 claims with 20 bad references: each of the 20 gets its nearest claim")
    func manyClaims() {
        var yaml = Self.header
        for number in 0..<50_000 {
            yaml += "  - id: claim-number-\(number)\n    kind: claim\n    quote: \"\(Self.quote)\"\n"
            if number % 2_500 == 0 { yaml += "    supports: [claim-numbr-\(number)x]\n" }
        }
        let result = AnnotationFixture().load(yaml)
        let unknown = result.errors.filter { $0.message.contains("which is not a claim id") }.map(\.message)
        #expect(unknown.count == 20)
        #expect(unknown.first == "claim 'claim-number-0' supports 'claim-numbr-0x', which is not a claim id (did you mean 'claim-number-0'?)")
        #expect(unknown.last == "claim 'claim-number-47500' supports 'claim-numbr-47500x', which is not a claim id (did you mean 'claim-number-47500'?)")
    }

    @Test("the suggester: nearest within the budget, ties to the first in byte order, nothing for long ids or far ones")
    func suggester() {
        let suggester = IDSuggester(["oversight", "independence", "accountability", "participation", "b-claim", "a-claim"])
        #expect(suggester.nearest(to: "oversite") == "oversight")
        #expect(suggester.nearest(to: "indepandence") == "independence")
        #expect(suggester.nearest(to: "c-claim") == "a-claim")
        #expect(suggester.nearest(to: "legitimacy") == nil)
        #expect(suggester.nearest(to: String(repeating: "oversight", count: 10)) == nil)
        #expect(suggester.suggestions(for: "claim") == ["b-claim", "a-claim"])
        #expect(IDSuggester([String(repeating: "a", count: 70)]).nearest(to: String(repeating: "a", count: 64)) == nil)
    }

    @Test("the suggester agrees with a plain edit distance on every id within the budget")
    func agreesWithPlainDistance() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abc-")
        func random(_ length: Int) -> String { String((0..<length).map { _ in alphabet.randomElement(using: &generator) ?? "a" }) }
        for _ in 0..<300 {
            let known = (0..<20).map { _ in random(Int.random(in: 0...9)) }
            let id = random(Int.random(in: 1...9))
            var expected: String?
            var best = IDSuggester.budget(forLength: id.unicodeScalars.count) + 1
            for candidate in known {
                let distance: Int = Self.plainDistance(candidate, id)
                if distance < best || (distance == best && candidate < (expected ?? "")) {
                    best = distance
                    expected = candidate
                }
            }
            #expect(IDSuggester(known).nearest(to: id) == expected, "\(id) among \(known)")
        }
    }

    @Test("a claim's field of the wrong shape is 'the note of claim 'x'', never 'claim 'x''s'")
    func noDoubledQuote() {
        let result = AnnotationFixture().load(Self.header + "  - id: x\n    kind: claim\n    quote: [a, b]\n  - id: y\n    kind: claim\n    quote: veto of outcomes\n    note: [1]\n")
        let messages = result.errors.map(\.message)
        #expect(messages.count == 2)
        #expect(messages.allSatisfy { !$0.contains("''s") })
        #expect(messages.first?.hasPrefix("the quote of claim 'x' must be a string or {exact, prefix, suffix}") == true)
        #expect(messages.last?.hasPrefix("'note' of claim 'y' must be a string") == true)
    }

    private static func plainDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
