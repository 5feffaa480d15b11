import EssayKit

/// A node of the argument graph, named by what it is and its id.
///
/// The string form (`claim:thesis`, `footnote:23`, `sentence:s1.b0.4`) is what exports use.
public enum NodeID: Hashable, Sendable, CustomStringConvertible {
    case essay
    case section(Int)
    /// A paragraph, quotation or list: the block `block` of section `section`.
    case paragraph(section: Int, block: Int)
    /// A sentence no claim covers.
    case sentence(SentenceLocator)
    case claim(String)
    case footnote(String)
    case authority(String)
    case factor(String)
    case subject(String)

    /// The kinds of node.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case essay, section, paragraph, sentence, claim, footnote, authority, factor, subject
    }

    public var kind: Kind {
        switch self {
        case .essay: .essay
        case .section: .section
        case .paragraph: .paragraph
        case .sentence: .sentence
        case .claim: .claim
        case .footnote: .footnote
        case .authority: .authority
        case .factor: .factor
        case .subject: .subject
        }
    }

    public var description: String {
        switch self {
        case .essay: "essay"
        case .section(let index): "section:\(index)"
        case .paragraph(let section, let block): "paragraph:\(section).\(block)"
        case .sentence(let locator): "sentence:\(locator)"
        case .claim(let id): "claim:\(id)"
        case .footnote(let label): "footnote:\(label)"
        case .authority(let id): "authority:\(id)"
        case .factor(let id): "factor:\(id)"
        case .subject(let id): "subject:\(id)"
        }
    }

    /// Reads the string form back; nil when it names no node kind.
    public init?(_ string: String) {
        guard let colon = string.firstIndex(of: ":") else {
            if string == "essay" { self = .essay; return }
            return nil
        }
        let kind = String(string[..<colon])
        let rest = String(string[string.index(after: colon)...])
        guard !rest.isEmpty else { return nil }
        switch kind {
        case "section":
            guard let index = Int(rest) else { return nil }
            self = .section(index)
        case "paragraph":
            let parts = rest.split(separator: ".").compactMap { Int($0) }
            guard parts.count == 2 else { return nil }
            self = .paragraph(section: parts[0], block: parts[1])
        case "sentence":
            guard let locator = NodeID.locator(rest) else { return nil }
            self = .sentence(locator)
        case "claim": self = .claim(rest)
        case "footnote": self = .footnote(rest)
        case "authority": self = .authority(rest)
        case "factor": self = .factor(rest)
        case "subject": self = .subject(rest)
        default: return nil
        }
    }

    /// Parses `s1.b4.i3.0` or `s0.b2.1`.
    static func locator(_ text: String) -> SentenceLocator? {
        let parts = text.split(separator: ".")
        guard parts.count == 3 || parts.count == 4,
              parts[0].first == "s", let section = Int(parts[0].dropFirst()),
              parts[1].first == "b", let block = Int(parts[1].dropFirst()),
              let sentence = Int(parts[parts.count - 1]) else { return nil }
        var item: Int?
        if parts.count == 4 {
            guard parts[2].first == "i", let value = Int(parts[2].dropFirst()) else { return nil }
            item = value
        }
        return SentenceLocator(section: section, block: block, item: item, sentence: sentence)
    }
}
