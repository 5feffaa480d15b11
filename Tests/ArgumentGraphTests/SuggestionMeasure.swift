@testable import ArgumentGraph
import EssayKit

/// How the suggestions for an essay with its annotations hidden compare with its annotated reading.
struct SuggestionMeasure: CustomStringConvertible {
    var suggestedFactors = 0
    var confirmedFactors = 0
    var annotatedFactors = 0
    var foundFactors = 0
    var suggestedStances = 0
    var confirmedStances = 0
    var annotatedStances = 0
    var foundStances = 0
    var suggestedKinds = 0
    var confirmedKinds = 0
    var suggestedSubjects = 0
    var confirmedSubjects = 0
    var lines: [String] = []

    var factorPrecision: Double { Double(confirmedFactors) / Double(max(1, suggestedFactors)) }
    var factorRecall: Double { Double(foundFactors) / Double(max(1, annotatedFactors)) }
    var stancePrecision: Double { Double(confirmedStances) / Double(max(1, suggestedStances)) }
    var stanceRecall: Double { Double(foundStances) / Double(max(1, annotatedStances)) }
    var kindPrecision: Double { Double(confirmedKinds) / Double(max(1, suggestedKinds)) }
    var subjectPrecision: Double { Double(confirmedSubjects) / Double(max(1, suggestedSubjects)) }

    var description: String {
        func p(_ a: Int, _ b: Int) -> String { "\(a)/\(b) = \(b == 0 ? "—" : String(Int((Double(a) / Double(b) * 1000).rounded()) / 10) + "%")" }
        return """
            factors: precision \(p(confirmedFactors, suggestedFactors)), recall \(p(foundFactors, annotatedFactors))
            stances: precision \(p(confirmedStances, suggestedStances)), recall \(p(foundStances, annotatedStances))
            kinds (counterclaim, conclusion, question): precision \(p(confirmedKinds, suggestedKinds))
            subjects: precision \(p(confirmedSubjects, suggestedSubjects))
            """
    }

    /// The bundled essay read with no claims (its subjects declared, or not), against its annotations.
    static func bundled(declaringSubjects: Bool) -> SuggestionMeasure {
        let annotated = Bundled.map
        var files = ArgumentFiles(essayPath: Bundled.essayPath, annotations: nil, framework: annotated.framework)
        if declaringSubjects, var file = AnnotationLoader.load(path: Bundled.annotationsPath).file {
            file.claims = []
            files.annotations = file
        }
        let hidden = ArgumentLoader.load(essay: Bundled.essay, files: files).map
        var measure = SuggestionMeasure()
        var bySentence: [SentenceLocator: [Claim]] = [:]
        for claim in annotated.claims { for sentence in claim.anchor.sentences { bySentence[sentence, default: []].append(claim) } }
        var reached: Set<String> = []
        for suggestion in hidden.suggestions {
            let locator = suggestion.anchor.sentences[0]
            let readings = bySentence[locator] ?? []
            for factor in suggestion.factors {
                measure.suggestedFactors += 1
                let confirmed = readings.contains { $0.annotatedFactors.contains { $0.factor == factor.factor } }
                if confirmed { measure.confirmedFactors += 1 }
                var line = "\(confirmed ? "✓" : "✗") F \(factor.factor) \(factor.cues)"
                if let stance = factor.stance {
                    measure.suggestedStances += 1
                    let good = readings.contains { $0.annotatedFactors.contains { $0.factor == factor.factor && $0.stance == stance } }
                    if good { measure.confirmedStances += 1 }
                    line += " \(good ? "✓" : "✗") S \(stance.rawValue) \(factor.stanceCues)"
                }
                measure.lines.append(line + " ← " + String(suggestion.text.prefix(110)) + " [annotated: "
                                     + readings.map { "\($0.id) \($0.annotatedFactors.map { "\($0.factor):\($0.stance?.rawValue ?? "")" })" }.joined(separator: "; ") + "]")
                for reading in readings {
                    if reading.annotatedFactors.contains(where: { $0.factor == factor.factor }) { reached.insert(reading.id + "/" + factor.factor) }
                    if let stance = factor.stance, reading.annotatedFactors.contains(where: { $0.factor == factor.factor && $0.stance == stance }) {
                        reached.insert(reading.id + "/" + factor.factor + "/" + stance.rawValue)
                    }
                }
            }
            if [.counterclaim, .conclusion, .question].contains(suggestion.kind) {
                measure.suggestedKinds += 1
                let good = readings.contains { $0.kind == suggestion.kind }
                if good { measure.confirmedKinds += 1 }
                measure.lines.append("\(good ? "✓" : "✗") K \(suggestion.kind.rawValue) \(suggestion.suggestion?.kindCues ?? []) ← \(suggestion.text.prefix(100)) [\(readings.map(\.kind.rawValue))]")
            }
            if let subject = suggestion.subject {
                measure.suggestedSubjects += 1
                let good = readings.contains { $0.subject == subject }
                if good { measure.confirmedSubjects += 1 }
                measure.lines.append("\(good ? "✓" : "✗") J \(subject) \(suggestion.suggestion?.subjectCues ?? []) ← \(suggestion.text.prefix(100)) [\(readings.map { $0.subject ?? "-" })]")
            }
        }
        for claim in annotated.claims {
            for assessment in claim.annotatedFactors {
                measure.annotatedFactors += 1
                if reached.contains(claim.id + "/" + assessment.factor) { measure.foundFactors += 1 }
                if let stance = assessment.stance, stance.isAssessment {
                    measure.annotatedStances += 1
                    if reached.contains(claim.id + "/" + assessment.factor + "/" + stance.rawValue) { measure.foundStances += 1 }
                }
            }
        }
        return measure
    }
}
