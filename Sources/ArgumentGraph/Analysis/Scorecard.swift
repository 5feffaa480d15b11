/// The essay's own comparison made visible: subjects by factors, each cell holding the stances
/// claims take and the claims behind them.
///
/// The rule for a cell: only annotated assessments count (met, partial, unmet, never a suggested
/// factor), from claims whose subject is the row's. The cell lists every distinct stance with its
/// claims; its verdict is the stance most claims take, a tie going to the weaker stance (unmet
/// before partial before met), so one dissenting claim never hides a deficit.
public struct Scorecard: Sendable {
    /// One stance in a cell, with the claims that take it.
    public struct Entry: Hashable, Sendable, Codable {
        public var stance: Stance
        /// The claims' ids, in the annotation file's order.
        public var claims: [String]
    }

    /// One subject's standing on one factor.
    public struct Cell: Hashable, Sendable {
        public var subject: String
        public var factor: String
        /// Every distinct stance, the verdict first, then by number of claims, weaker first on ties.
        public var entries: [Entry]

        /// The stance the cell shows: nil when no claim assesses the subject on the factor.
        public var verdict: Stance? { entries.first?.stance }
        /// Every claim behind the cell.
        public var claims: [String] { entries.flatMap(\.claims) }
        /// Whether the claims disagree.
        public var isContested: Bool { entries.count > 1 }
    }

    /// The row order: the subjects the annotations declare.
    public let subjects: [Subject]
    /// The column order: the framework's factors.
    public let factors: [Factor]
    /// `cells[row][column]`.
    public let cells: [[Cell]]

    public init(map: ArgumentMap) {
        let factors = map.framework?.factors ?? []
        subjects = map.subjects
        self.factors = factors
        cells = map.subjects.map { subject in
            factors.map { factor in
                var byStance: [Stance: [String]] = [:]
                for claim in map.claims where claim.subject == subject.id {
                    for assessment in claim.annotatedFactors where assessment.factor == factor.id {
                        guard let stance = assessment.stance, stance.isAssessment else { continue }
                        byStance[stance, default: []].append(claim.id)
                    }
                }
                let entries = byStance.map { Entry(stance: $0.key, claims: $0.value) }.sorted { a, b in
                    a.claims.count != b.claims.count ? a.claims.count > b.claims.count : a.stance < b.stance
                }
                return Cell(subject: subject.id, factor: factor.id, entries: entries)
            }
        }
    }

    /// The cell for `subject` on `factor`.
    public func cell(subject: String, factor: String) -> Cell? {
        guard let row = subjects.firstIndex(where: { $0.id == subject }),
              let column = factors.firstIndex(where: { $0.id == factor }) else { return nil }
        return cells[row][column]
    }
}
