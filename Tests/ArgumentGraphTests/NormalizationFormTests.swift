import ArgumentGraph
import EssayKit
import Foundation
import Testing

/// Text in either Unicode normalization form (NFC `é` as one scalar, NFD as `e` and a combining
/// accent) anchors and highlights as the same text (issue 16 item 6).
@Suite("Normalization forms")
struct NormalizationFormTests {
    static let composed = "The café’s rôle in the régime of review is décisif."
    static let decomposed = composed.decomposedStringWithCanonicalMapping

    private static func essay(_ sentence: String) throws -> Essay {
        try EssayParser().parse(SourceFile(path: "forms.md", bytes: Array("# Forms\n\n\(sentence) Another sentence follows.\n".utf8)))
    }

    @Test("an NFC quote anchors in an NFD essay and an NFD quote in an NFC one, over the essay's own bytes")
    func quotesAnchorAcrossForms() throws {
        #expect(!Self.composed.utf8.elementsEqual(Self.decomposed.utf8))
        for (decomposedEssay, quote) in [(true, "café’s rôle in the régime"), (false, "café’s rôle in the régime".decomposedStringWithCanonicalMapping)] {
            let text = decomposedEssay ? Self.decomposed : Self.composed
            let essay = try Self.essay(text)
            let outcome = QuoteAnchorer(essay: essay).anchor(TextQuote(exact: quote, prefix: "The ", suffix: " of review"))
            guard case .anchored(let anchor) = outcome else {
                Issue.record("not anchored: \(outcome)")
                continue
            }
            // The span is the essay's bytes of the quote, in the essay's form.
            let inEssay = decomposedEssay ? quote.decomposedStringWithCanonicalMapping : quote.precomposedStringWithCanonicalMapping
            #expect(anchor.textRange.count == inEssay.utf8.count, "\(anchor.textRange) for \(inEssay.utf8.count) bytes")
        }
    }

    @Test("a search highlight in an NFD essay never splits a letter from its accent")
    func highlightsKeepAccents() throws {
        let essay = try Self.essay(Self.decomposed)
        let index = CorpusSearchIndex(essays: [(essay: essay, map: nil)])
        let hits = index.search("cafe regime").map(\.hit)
        let hit = try #require(hits.first)
        #expect(!hit.matches.isEmpty)
        for span in hit.matches {
            let bytes = Array(hit.text.utf8)
            let after = span.end < bytes.count ? String(decoding: bytes[span.end...], as: UTF8.self).unicodeScalars.first : nil
            #expect(after.map { !$0.properties.isGraphemeExtend } ?? true, "a highlight ends before a combining mark at \(span.end)")
        }
        #expect(hit.matchedText.contains("café".decomposedStringWithCanonicalMapping) || hit.matchedText.contains("café’s".decomposedStringWithCanonicalMapping),
                "\(hit.matchedText.map { Array($0.unicodeScalars) })")
    }
}
