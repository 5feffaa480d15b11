import EssayKit

/// One step from a claim to a work behind it: footnote, citation, authority and pinpoint.
public struct CitedWork: Hashable, Sendable {
    /// The footnote marked in the claim's span.
    public var footnote: String
    public var citation: Citation
    /// The work cited, once the citation is resolved.
    public var authority: Authority?
    /// Where in the work: the citation's own pinpoint, else the one its *Id.*/*supra* chain leads to.
    public var pinpoint: Pinpoint?
    /// The footnotes followed through *Id.* and *supra* to reach the full citation, in order.
    public var via: [String]

    public init(footnote: String, citation: Citation, authority: Authority?, pinpoint: Pinpoint?, via: [String]) {
        self.footnote = footnote
        self.citation = citation
        self.authority = authority
        self.pinpoint = pinpoint
        self.via = via
    }
}
