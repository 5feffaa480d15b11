/// Writes the claims as a Graphviz map in essay order: a cluster per section, the sections one
/// under another as the essay runs, the claims of each in reading order, a few to a row; filled by
/// factor, shaped by kind, support and conflict drawn apart.
///
/// Rows and the order of sections are held by invisible edges (and `rank=same` rows), so the map
/// reads top to bottom like the essay; the relations between claims are drawn with
/// `constraint=false`, so they never move a claim out of its place. Fill colour is the claim's
/// first factor in the framework's palette order; a factor only suggested by cue terms keeps its
/// colour but gets a dashed outline. Supports are solid green, attacks dashed red, rebuttals dashed
/// dark red with a bar head, qualifications dotted grey.
public enum DOTExporter {
    /// Fill colours by factor position in the framework (Set3-like, legible under black text).
    static let palette = ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5"]
    static let noFactor = "#f2f2f2"
    /// Claims side by side in a row of a section.
    public static let rowLength = 4

    /// The DOT text of `map`.
    public static func export(_ map: ArgumentMap) -> String {
        var out = "digraph argument {\n"
        out += "  graph [rankdir=TB, newrank=true, nodesep=0.25, ranksep=0.3, fontname=\"Helvetica\", fontsize=14, "
        out += "labelloc=t, labeljust=l, label=\(quoted(map.essay.title))];\n"
        out += "  node [style=\"filled\", fontname=\"Helvetica\", fontsize=9, margin=\"0.08,0.04\", width=2];\n"
        out += "  edge [fontname=\"Helvetica\", fontsize=8, arrowsize=0.7];\n"
        let factorIndex = Dictionary((map.framework?.factors ?? []).enumerated().map { ($0.element.id, $0.offset) },
                                     uniquingKeysWith: { first, _ in first })
        // The claims of each section in reading order, and the rows they are laid out in.
        var bySection: [Int: [Claim]] = [:]
        for claim in map.claims { bySection[claim.section, default: []].append(claim) }
        var rows: [[String]] = []
        for sectionIndex in map.essay.sections.indices {
            guard let members = bySection[sectionIndex]?.sorted(by: Self.readingOrder) else { continue }
            out += "  subgraph cluster_section_\(sectionIndex) {\n"
            out += "    label=\(quoted(map.sectionTitle(sectionIndex))); labeljust=l; style=\"rounded\"; color=\"#9e9e9e\"; fontsize=12;\n"
            for claim in members {
                out += "    \(quoted(claim.id)) [\(attributes(of: claim, factorIndex: factorIndex))];\n"
            }
            for start in stride(from: 0, to: members.count, by: rowLength) {
                let row = members[start..<min(members.count, start + rowLength)].map(\.id)
                if row.count > 1 { out += "    { rank=same; " + row.map { quoted($0) + ";" }.joined(separator: " ") + " }\n" }
                rows.append(row)
            }
            out += "  }\n"
        }
        // Reading order: each row left to right, each row under the one before.
        for (index, row) in rows.enumerated() {
            for (left, right) in zip(row, row.dropFirst()) { out += "  \(quoted(left)) -> \(quoted(right)) [style=invis];\n" }
            if index > 0, let above = rows[index - 1].first, let first = row.first {
                out += "  \(quoted(above)) -> \(quoted(first)) [style=invis, weight=20];\n"
            }
        }
        for claim in map.claims {
            for relation in claim.relations where map.claim(relation.target) != nil {
                out += "  \(quoted(claim.id)) -> \(quoted(relation.target)) [\(style(of: relation.type)), constraint=false];\n"
            }
        }
        if let framework = map.framework, !framework.factors.isEmpty {
            out += "  subgraph cluster_legend {\n    label=\"Factors\"; labeljust=l; style=\"rounded\"; color=\"#9e9e9e\"; fontsize=11;\n"
            for (index, factor) in framework.factors.enumerated() {
                out += "    \(quoted("legend:" + factor.id)) [label=\(quoted(factor.name)), shape=box, fillcolor=\"\(palette[index % palette.count])\"];\n"
            }
            out += "    { rank=same; " + framework.factors.map { quoted("legend:" + $0.id) + ";" }.joined(separator: " ") + " }\n"
            out += "  }\n"
            for (left, right) in zip(framework.factors, framework.factors.dropFirst()) {
                out += "  \(quoted("legend:" + left.id)) -> \(quoted("legend:" + right.id)) [style=invis];\n"
            }
            if let last = rows.last?.first, let first = framework.factors.first {
                out += "  \(quoted(last)) -> \(quoted("legend:" + first.id)) [style=invis, weight=20];\n"
            }
        }
        out += "}\n"
        return out
    }

    /// Whether `a` comes before `b` in the essay.
    private static func readingOrder(_ a: Claim, _ b: Claim) -> Bool {
        a.range.start < b.range.start
    }

    private static func attributes(of claim: Claim, factorIndex: [String: Int]) -> String {
        let fill = claim.factors.first.flatMap { factorIndex[$0.factor] }.map { palette[$0 % palette.count] } ?? noFactor
        let suggested = claim.factors.first?.source == .suggested
        let style = suggested ? "filled,dashed" : "filled"
        let stances = claim.annotatedFactors.compactMap { assessment in
            assessment.stance.map { "\(assessment.factor): \($0.rawValue)" }
        }
        var label = claim.id + "\n" + wrap(excerpt(claim.text, limit: 80), width: 28)
        if let subject = claim.subject { label += "\n[\(subject)]" }
        if !stances.isEmpty { label += "\n" + wrap(stances.joined(separator: ", "), width: 28) }
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
