import ArgumentGraph
import EssayKit
import Testing

@Suite("Folding text for matching")
struct TextNormalizerTests {
    @Test("case, accents, apostrophes and hyphens fold; parts are kept")
    func folding() {
        var normalizer = TextNormalizer()
        let tokens = normalizer.tokens(in: "Caron’s multi-stakeholder Jürgen, ÉCOLE — don't")
        #expect(tokens.map(\.text) == ["carons", "multistakeholder", "jurgen", "ecole", "dont"])
        #expect(tokens[0].parts == ["caron"])
        #expect(tokens[1].parts == ["multi", "stakeholder"])
        #expect(normalizer.words(in: "Caron's") == normalizer.words(in: "Caron’s"))
    }

    @Test("ranges are UTF-8 offsets of the words as written")
    func ranges() {
        var normalizer = TextNormalizer()
        let text = "“Caron’s” view—multi-stakeholder-"
        let tokens = normalizer.tokens(in: text)
        let utf8 = Array(text.utf8)
        #expect(tokens.map { String(decoding: utf8[$0.range], as: UTF8.self) } == ["Caron’s", "view", "multi-stakeholder"])
    }

    @Test("cue terms match whole words and multi-word runs only")
    func cues() throws {
        let framework = try #require(FrameworkLoader.load(path: Bundled.frameworkPath).framework)
        let suggester = FactorSuggester(framework: framework)
        #expect(suggester.suggest(in: "Those governed have a say in it.").map(\.factor) == ["independence", "participation"])
        #expect(suggester.suggest(in: "The reviewer independently wrote.").isEmpty)
        let oversight = suggester.suggest(in: "Judicial REVIEW and transparency.")
        #expect(oversight.map(\.factor) == ["oversight"])
        #expect(oversight.first?.cues == ["judicial review", "transparency"])
        // Contrary cues suggest their factor too.
        #expect(suggester.suggest(in: "An unaccountable board.").map(\.factor) == ["accountability"])
        #expect(oversight.allSatisfy { $0.source == .suggested && $0.stance == nil })
    }
}

@Suite("Search over claims, statements, footnotes and authorities")
struct SearchTests {
    static let index = SearchIndex(map: Bundled.map)

    @Test("\"Caron's\" with a straight apostrophe finds Caron’s with a curly one")
    func apostrophes() {
        let hits = Self.index.search("Caron's framework")
        #expect(hits.first?.id == "thesis")
        #expect(hits.first?.matchedText == ["Caron’s", "framework"])
        #expect(hits.contains { $0.text.contains("Caron’s") })
    }

    @Test("\"multistakeholder\" finds multi-stakeholder")
    func hyphens() {
        let hits = Self.index.search("multistakeholder", limit: 50)
        #expect(!hits.isEmpty)
        #expect(hits.contains { $0.id == "transparent-disclosure" })
        let first = hits.first { $0.id == "transparent-disclosure" }
        #expect(first?.matchedText == ["multi-stakeholder"])
    }

    @Test("a quoted phrase must occur as written; its span covers the whole phrase")
    func phrase() {
        let hits = Self.index.search("\"judicial review\"")
        #expect(hits.map(\.id) == ["council-limited-review"])
        #expect(hits.first?.matchedText == ["judicial review"])
        #expect(Self.index.search("\"review judicial\"").isEmpty)
        let mixed = Self.index.search("\"single actor\" veto")
        #expect(mixed.first?.id == "no-single-actor")
        #expect(mixed.first?.matchedText == ["single actor", "veto"])
    }

    @Test("a phrase is found past the 65,535th word of a sentence, where positions no longer fit 16 bits")
    func phraseInAVeryLongSentence() throws {
        let filler = Array(repeating: "word", count: 70_000).joined(separator: " ")
        let text = "# Long\n\n" + filler + " judicial review closes it\n"
        let essay = try EssayParser().parse(SourceFile(path: "long.md", bytes: Array(text.utf8)))
        let index = CorpusSearchIndex(essays: [(essay: essay, map: nil)])
        #expect(index.search("\"judicial review\"").count == 1)
        #expect(index.search("\"review judicial\"").isEmpty)
        // Cut to 16 bits, “judicial” would stand at 4,464, just before a “word”.
        #expect(index.search("\"judicial word\"").isEmpty)
        #expect(index.search("\"word judicial\"").count == 1)
    }

    @Test("\"veto\" hits the claims and the footnote that use the word")
    func veto() {
        let hits = Self.index.search("veto")
        let ids = Set(hits.map(\.id))
        #expect(ids.isSuperset(of: ["no-single-actor", "council-unrepresentative", "7"]))
        #expect(hits.allSatisfy { hit in hit.matchedText.allSatisfy { $0.lowercased().hasPrefix("veto") } })
        let footnote = hits.first { $0.kind == .footnote }
        #expect(footnote?.footnotes == ["7"])
        #expect(footnote?.section == 0)
        let claim = hits.first { $0.id == "council-unrepresentative" }
        #expect(claim?.sectionTitle == "I. THE LEGITIMACY FRAMEWORK")
    }

    @Test("ranking: documents matching every term come first; a rare word outranks a common one")
    func ranking() {
        let hits = Self.index.search("independent Council members governed")
        #expect(hits.first?.id == "council-not-independent")
        let scores = hits.map(\.score)
        #expect(scores == scores.sorted(by: >))
        let both = Self.index.search("Stuxnet internet", limit: 3)
        #expect(both.first?.text.contains("Stuxnet") == true)
        #expect(both.first?.text.contains("internet") == true)
    }

    @Test("prefixes of four letters or more reach longer words at lower weight; kinds filter")
    func prefixesAndKinds() {
        let hits = Self.index.search("legitim", limit: 5)
        #expect(!hits.isEmpty)
        let claimsOnly = Self.index.search("veto", kinds: [.claim])
        #expect(claimsOnly.allSatisfy { $0.kind == .claim })
        #expect(Self.index.search("   ").isEmpty)
        #expect(Self.index.search("zzzzqx").isEmpty)
    }

    @Test("queries parse into terms and phrases, folded")
    func queries() {
        let query = SearchQuery(parsing: "Caron's “judicial review” multi-stakeholder \"veto\"")
        #expect(query.terms == ["veto", "carons", "multistakeholder"])
        #expect(query.phrases == [["judicial", "review"]])
    }
}
