@testable import ArgumentGraph
import EssayKit
import Testing

/// Collects what a `WordScanner` hands on, as the tokens `TextNormalizer` would make.
private struct CollectingSink: WordSink {
    var tokens: [Token] = []

    mutating func accept(word: Span<UInt8>, hash: UInt32, cuts: [Int], range: Range<Int>) {
        var letters: [UInt8] = []
        for index in word.indices { letters.append(word[index]) }
        var parts: [String] = []
        var from = 0
        for cut in cuts + [letters.count] {
            if cut - from >= 2 {
                let part = String(decoding: letters[from..<cut], as: UTF8.self)
                if !parts.contains(part) { parts.append(part) }
            }
            from = cut
        }
        tokens.append(Token(text: String(decoding: letters, as: UTF8.self), parts: cuts.isEmpty ? [] : parts, range: range))
    }
}

@Suite("One folding: the index's fast path, the normalizer and every search agree")
struct SearchAgreementTests {
    /// Texts that exercise every path of the folding: ASCII runs, accents, joiners of both kinds,
    /// combining marks, soft hyphens, scripts without case, digits, and joiners at word ends.
    static let texts = [
        "Caron’s multi-stakeholder Jürgen, ÉCOLE — don't",
        "e\u{301}cole naïve Ærø straße İstanbul ﬁnance",
        "co\u{AD}operation well-‐known state‑driven ‘quoted’ -dash- trailing' 'leading",
        "漢字 かな Ελληνικά Русский עברית العربية हिन्दी ไทย 🚀 👩‍👩‍👧 ☔",
        "1993, 87 Am. J. Int'l L. 552; ¶ 72 § 3(b) U.N. Doc. S/RES/1373",
        "a--b a''b a'-b ab'' 'x' x'y'z",
    ]

    @Test("WordScanner's fast path splits and folds exactly as TextNormalizer does")
    func scannerAgreesWithNormalizer() {
        var texts = Self.texts
        let essay = Bundled.essay
        texts += essay.bodySentences.map { String($0.sentence.text) }
        texts += essay.footnotes.map(\.content.text)
        for text in texts {
            var normalizer = TextNormalizer()
            var scanner = WordScanner()
            var sink = CollectingSink()
            scanner.scan(text, into: &sink)
            #expect(sink.tokens == normalizer.tokens(in: text), "\(text)")
        }
    }

    @Test("the folded word buffer and the tokens agree")
    func foldedWordsAgreeWithTokens() {
        for text in Self.texts {
            var normalizer = TextNormalizer()
            var buffer: [UInt8] = []
            normalizer.appendFoldedWords(of: text, to: &buffer)
            let words = normalizer.words(in: text)
            #expect(String(decoding: buffer, as: UTF8.self) == words.map { $0 + " " }.joined(), "\(text)")
        }
    }

    @Test("a search's total counts every matching document, and the matches are those documents")
    func totalsAndMatchesAgreeWithRanking() {
        let index = SearchIndex(map: Bundled.map)
        for query in ["veto", "multistakeholder", "Caron's framework", "\"collective authority\"", "review council", "zzz"] {
            let parsed = SearchQuery(parsing: query)
            let everything = index.search(parsed, limit: 100_000)
            let results = index.results(for: parsed, limit: 3)
            #expect(results.total == everything.count, "\(query)")
            #expect(results.hits == Array(everything.prefix(3)), "\(query)")
            let matches = index.matches(parsed)
            #expect(matches.documents.count == everything.count, "\(query)")
            let named = Set(matches.documents.map { document -> String in
                switch document.kind {
                case .claim: "claim " + Bundled.map.claims[document.position].id
                case .statement: "statement " + Bundled.map.statements[document.position].id
                case .footnote: "footnote " + Bundled.essay.footnotes[document.position].label
                case .authority: "authority " + Bundled.essay.authorities[document.position].id
                }
            })
            #expect(named == Set(everything.map { "\($0.kind.rawValue) \($0.id)" }), "\(query)")
            for hit in everything {
                #expect(matches.spans(in: hit.text) == hit.matches, "\(query): \(hit.id)")
            }
        }
    }

    @Test("a kind filter counts only that kind")
    func kindsFilterTheTotal() {
        let index = SearchIndex(map: Bundled.map)
        let parsed = SearchQuery(parsing: "veto")
        let all = index.matches(parsed)
        let notes = index.results(for: parsed, kinds: [.footnote], limit: 1)
        #expect(notes.total == all.count(of: .footnote))
        #expect(index.matches(parsed, kinds: [.footnote]).documents.allSatisfy { $0.kind == .footnote })
    }
}
