/// Writes the claims as a Graphviz map: clustered by section, filled by factor, shaped by kind,
/// support and conflict drawn apart.
///
/// Fill colour is the claim's first factor in the framework's palette order; a factor only
/// suggested by cue terms keeps its colour but gets a dashed outline. Supports are solid green,
/// attacks dashed red, rebuttals dashed dark red with a bar head, qualifications dotted grey.
public enum DOTExporter {
    /// Fill colours by factor position in the framework (Set3-like, legible under black text).
    static let palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5"]
    static let noFactor = "#f2f2f2"

    /// The DOT text of `map`.
    public static func export(_ map: ArgumentMap) -> String {
        var out = "digraph argument {\n"
        out += "  graph [rankdir=RL, newrank=true, nodesep=0.25, ranksep=0.45, fontname=\"Helvetica\", fontsize=12, "
        out += "labelloc=t, label=\(quoted(map.essay.title))];\n"
        out += "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=9, margin=\"0.08,0.04\"];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.7];\n"
        let factorIndex = Dictionary((map.framework?.factors ?? []).enumerated().map { ($0.element.id, $0.offset) },
                                     uniquingKeysWith: { first, _ in first })
        for (sectionIndex, _) in map.essay.sections.enumerated() {
            let members = map.claims.filter { $0.section == sectionIndex }
            guard !members.isEmpty else { continue }
            out += "  subgraph cluster_section_\(sectionIndex) {\n"
            out += "    label=\(quoted(map.sectionTitle(sectionIndex))); style=\"rounded\"; color=\"#9e9e9e\"; fontsize=11;\n"
            for claim in members {
                out += "    \(quoted(claim.id)) [\(attributes(of: claim, factorIndex: factorIndex))];\n"
            }
            out += "  }\n"
        }
        for claim in map.claims {
            for relation in claim.relations {
                out += "  \(quoted(claim.id)) -> \(quoted(relation.target)) [\(style(of: relation.type))];\n"
            }
        }
        if let framework = map.framework, !framework.factors.isEmpty {
            out += "  subgraph cluster_legend {\n    label=\"Factors\"; style=\"rounded\"; color=\"#9e9e9e\"; fontsize=11;\n"
            for (index, factor) in framework.factors.enumerated() {
                out += "    \(quoted("legend:" + factor.id)) [label=\(quoted(factor.name)), shape=box, fillcolor=\"\(palette[index % palette.count])\"];\n"
            }
            out += "  }\n"
        }
        out += "}\n"
        return out
    }

    private static func attributes(of claim: Claim, factorIndex: [String: Int]) -> String {
        let fill = claim.factors.first.flatMap { factorIndex[$0.factor] }.map { palette[$0 % palette.count] } ?? noFactor
        let suggested = claim.factors.first?.source == .suggested
        let style = suggested ? "filled,dashed" : "filled"
        let stances = claim.annotatedFactors.compactMap { assessment in
            assessment.stance.map { "\(assessment.factor): \($0.rawValue)" }
        }
        var label = claim.id + "\n" + wrap(excerpt(claim.text, limit: 90), width: 30)
        if let subject = claim.subject { label += "\n[\(subject)]" }
        if !stances.isEmpty { label += "\n" + stances.joined(separator: ", ") }
        return "label=\(quoted(label)), shape=\(shape(of: claim.kind)), fillcolor=\"\(fill)\", style=\"\(style)\", "
            + "tooltip=\(quoted(claim.kind.rawValue + ": " + claim.text))"
    }

    /// The node shape for each kind of claim.
    static func shape(of kind: ClaimKind) -> String {
        switch kind {
        case .thesis: "doubleoctagon"
        case .question: "diamond"
        case .claim: "box"
        case .premise: "parallelogram"
        case .counterclaim: "hexagon"
        case .rebuttal: "octagon"
        case .evidence: "note"
        case .definition: "component"
        case .conclusion: "house"
        }
    }

    private static func style(of relation: RelationType) -> String {
        switch relation {
        case .supports: "color=\"#2e7d32\", penwidth=1.4"
        case .attacks: "color=\"#c62828\", style=dashed, penwidth=1.4"
        case .rebuts: "color=\"#8e0000\", style=dashed, arrowhead=tee, penwidth=1.4"
        case .qualifies: "color=\"#757575\", style=dotted"
        }
    }

    /// A DOT string literal.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    static func excerpt(_ text: String, limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)).trimmingTrailingSpaces + "…"
    }

    /// Breaks `text` into lines of at most `width` characters at spaces.
    static func wrap(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
