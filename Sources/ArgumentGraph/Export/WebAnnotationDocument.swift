import EssayKit
import Foundation

/// An essay's claims as W3C Web Annotations (JSON-LD): one `AnnotationCollection` whose page holds
/// an `Annotation` per claim, targeting the essay with a `TextQuoteSelector` (exact, and the 32
/// characters before and after it, as Hypothesis writes them), classified by kind, tagged with
/// its subject and factors, commented with its note, and linked to the claims it relates to.
///
/// The essay is named by its DOI (`https://doi.org/...`) when it has one, else by its file's URL.
/// What W3C's vocabulary has no word for is in legit's own terms (`legit:relation` on a link,
/// `legit:source`: `annotated` or `suggested`), their prefix declared in the context.
public struct WebAnnotationDocument: Encodable, Sendable {
    /// The context: W3C's, and legit's terms.
    struct Context: Encodable, Sendable {
        func encode(to encoder: any Encoder) throws {
            var container = encoder.unkeyedContainer()
            try container.encode("http://www.w3.org/ns/anno.jsonld")
            try container.encode(["legit": WebAnnotationDocument.vocabulary])
        }
    }

    /// An annotation's body: a textual body, or a link to another claim's annotation.
    public struct Body: Encodable, Sendable {
        public var type: String
        public var purpose: String
        public var value: String?
        public var source: String?
        /// For a link: how the claim relates to the one linked (`supports`, `attacks`, `rebuts`, `qualifies`).
        public var relation: String?

        enum CodingKeys: String, CodingKey {
            case type, purpose, value, source
            case relation = "legit:relation"
        }
    }

    /// A text-quote selector.
    public struct Selector: Encodable, Sendable {
        public var type = "TextQuoteSelector"
        public var exact: String
        /// Up to 32 characters before the quote in its paragraph; absent at the paragraph's start.
        public var prefix: String?
        /// Up to 32 characters after it; absent at the paragraph's end.
        public var suffix: String?
    }

    /// What an annotation targets: the essay, and where in it.
    public struct Target: Encodable, Sendable {
        public var source: String
        public var selector: Selector
    }

    /// One claim as an annotation.
    public struct Annotation: Encodable, Sendable {
        public var id: String
        public var type = "Annotation"
        public var motivation: String
        public var body: [Body]
        public var target: Target
        /// `annotated`, or `suggested` for a claim its words suggest.
        public var origin: String

        enum CodingKeys: String, CodingKey {
            case id, type, motivation, body, target
            case origin = "legit:source"
        }
    }

    /// The page of annotations.
    public struct Page: Encodable, Sendable {
        public var type = "AnnotationPage"
        public var startIndex = 0
        public var items: [Annotation]
    }

    /// legit's terms, for what W3C's vocabulary does not name.
    static let vocabulary = "https://legit.invalid/ns#"

    let context = Context()
    public var id: String
    public var type = "AnnotationCollection"
    public var label: String
    public var total: Int
    public var first: Page

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case id, type, label, total, first
    }

    /// The annotations of `map`'s claims; `suggested` adds the suggested ones, marked.
    public init(map: ArgumentMap, suggested: Bool = false) {
        let essay = map.essay
        let source = Self.source(of: essay)
        let claims = (map.claims + (suggested ? map.suggestions : [])).sorted { EssayPlace($0.anchor) < EssayPlace($1.anchor) }
        id = source + "#legit-annotations"
        label = "Argument of “\(essay.title)”, annotated with legit"
        total = claims.count
        first = Page(items: claims.map { claim in
            var body = [Body(type: "TextualBody", purpose: "classifying", value: claim.kind.rawValue)]
            if let subject = claim.subject {
                body.append(Body(type: "TextualBody", purpose: "tagging", value: "subject: " + (map.subject(subject)?.name ?? subject)))
            }
            for assessment in claim.factors {
                let name = map.framework?.factor(assessment.factor)?.name ?? assessment.factor
                let stance = assessment.stance.map { ": " + (map.framework?.name(of: $0) ?? $0.defaultName) } ?? ""
                body.append(Body(type: "TextualBody", purpose: "tagging", value: name + stance + (assessment.source == .suggested ? " (suggested)" : "")))
            }
            if let note = claim.note { body.append(Body(type: "TextualBody", purpose: "commenting", value: note)) }
            for relation in claim.relations {
                body.append(Body(type: "SpecificResource", purpose: "linking", source: source + "#claim-" + relation.target, relation: relation.type.rawValue))
            }
            let (prefix, suffix) = Self.context(of: claim, in: essay)
            return Annotation(id: source + "#claim-" + claim.id, motivation: "classifying", body: body,
                              target: Target(source: source, selector: Selector(exact: claim.text, prefix: prefix.isEmpty ? nil : prefix,
                                                                                suffix: suffix.isEmpty ? nil : suffix)),
                              origin: claim.source.rawValue)
        })
    }

    /// The essay's IRI: its DOI, else its file's URL.
    static func source(of essay: Essay) -> String {
        if let doi = essay.doi, !doi.isEmpty { return doi.hasPrefix("http") ? doi : "https://doi.org/" + doi }
        let path = essay.source.path.hasPrefix("/") ? essay.source.path : FileManager.default.currentDirectoryPath + "/" + essay.source.path
        return URL(fileURLWithPath: path).absoluteString
    }

    /// Up to 32 characters of the claim's block before and after its quote.
    static func context(of claim: Claim, in essay: Essay) -> (String, String) {
        let anchor = claim.anchor
        guard essay.sections.indices.contains(anchor.section), essay.sections[anchor.section].blocks.indices.contains(anchor.block) else { return ("", "") }
        let block = essay.sections[anchor.section].blocks[anchor.block]
        let text: String
        if let item = anchor.item {
            guard block.items.indices.contains(item) else { return ("", "") }
            text = block.items[item].content.text
        } else {
            text = block.content.text
        }
        let bytes = Array(text.utf8)
        guard anchor.textRange.upperBound <= bytes.count else { return ("", "") }
        let before = String(decoding: bytes[..<anchor.textRange.lowerBound], as: UTF8.self)
        let after = String(decoding: bytes[anchor.textRange.upperBound...], as: UTF8.self)
        return (String(before.suffix(32)), String(after.prefix(32)))
    }
}
