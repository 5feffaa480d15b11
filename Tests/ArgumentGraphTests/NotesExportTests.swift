@testable import ArgumentGraph
import EssayKit
import Foundation
import Testing

@Suite("Reading notes out: Markdown and W3C Web Annotation")
struct NotesExportTests {
    @Test("Markdown: claims by section with their quotes, factors, stances, relations, notes and resolved citations")
    func markdown() {
        let text = MarkdownExporter.export(Bundled.map)
        #expect(text.hasPrefix("# Legitimacy, Collective Authority and Internet Governance"))
        #expect(text.contains("Argument notes by legit: 75 claims; factors of Caron's characteristics"))
        #expect(text.components(separatedBy: "\n### `").count - 1 == 75)
        #expect(text.components(separatedBy: "\n## ").count - 1 == Bundled.essay.sections.count)
        #expect(text.contains("""
            ### `council-limited-review` · claim · UN Security Council

            > Oversight exists in the form of the International Court of Justice, but that is a limited form of judicial review.

            - Oversight: partly met
            - Supports `council-prescription`
            - Supported by `council-no-political-review`
            - Note: Judicial review by the ICJ exists but is limited.
            """))
        // Citations resolved through Id. and supra, with pinpoints.
        #expect(text.contains("- Cites n.5: David Caron, The Legitimacy of the Collective Authority of the Security Council, 87 AM. J. INT'L L. 552 (1993), at 553 (through n.4, n.3, n.1)"))
        // Claims are in reading order within their section.
        let introduction = text.range(of: "## Introduction").map { text[$0.upperBound...] } ?? ""
        #expect((introduction.range(of: "`caron-integrity-challenge`")?.lowerBound ?? introduction.endIndex)
                < (introduction.range(of: "`council-must-change`")?.lowerBound ?? introduction.startIndex))
        #expect(!text.contains("· *suggested*"))
        let withSuggestions = MarkdownExporter.export(Bundled.map, suggested: true)
        #expect(withSuggestions.contains("· *suggested*"))
        #expect(MarkdownExporter.escaped("a *b* [c] `d` #e <f> x_y") == "a \\*b\\* \\[c\\] \\`d\\` \\#e \\<f\\> x\\_y")
    }

    @Test("Web Annotation: a collection of annotations, each targeting the essay with a TextQuoteSelector that anchors once")
    func webAnnotation() throws {
        let json = try Exporter.export(Bundled.map, format: .webAnnotation)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((document["@context"] as? [Any])?.first as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(document["type"] as? String == "AnnotationCollection")
        #expect(document["total"] as? Int == 75)
        let items = try #require((document["first"] as? [String: Any])?["items"] as? [[String: Any]])
        #expect(items.count == 75)
        let text = EssayText(essay: Bundled.essay)
        for item in items {
            #expect(item["type"] as? String == "Annotation")
            #expect(item["legit:source"] as? String == "annotated")
            let target = try #require(item["target"] as? [String: Any])
            #expect(target["source"] as? String == "https://doi.org/10.15779/Z38M902363")
            let selector = try #require(target["selector"] as? [String: Any])
            #expect(selector["type"] as? String == "TextQuoteSelector")
            let whole = (selector["prefix"] as? String ?? "") + (selector["exact"] as? String ?? "") + (selector["suffix"] as? String ?? "")
            #expect(text.occurrences(of: whole).count == 1, "\(item["id"] ?? "")")
        }
        let review = try #require(items.first { ($0["id"] as? String)?.hasSuffix("#claim-council-limited-review") == true })
        let bodies = try #require(review["body"] as? [[String: Any]])
        #expect(bodies.contains { $0["purpose"] as? String == "classifying" && $0["value"] as? String == "claim" })
        #expect(bodies.contains { $0["purpose"] as? String == "tagging" && $0["value"] as? String == "Oversight: partly met" })
        #expect(bodies.contains { $0["purpose"] as? String == "tagging" && $0["value"] as? String == "subject: UN Security Council" })
        #expect(bodies.contains {
            $0["purpose"] as? String == "linking" && $0["legit:relation"] as? String == "supports"
                && $0["source"] as? String == "https://doi.org/10.15779/Z38M902363#claim-council-prescription"
        })
        let withSuggestions = WebAnnotationDocument(map: Bundled.map, suggested: true)
        #expect(withSuggestions.total == 75 + Bundled.map.suggestions.count)
        #expect(withSuggestions.first.items.filter { $0.origin == "suggested" }.count == Bundled.map.suggestions.count)
    }
}
