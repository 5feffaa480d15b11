@testable import ArgumentGraph
import EssayKit
import Foundation
import Testing

@Suite("Suggested claims: kinds, factors, stances and subjects from cue words")
struct SuggestionTests {
    static let suggester = ClaimSuggester(framework: BuiltInFramework.caron,
                                          subjects: [Subject(id: "security-council", name: "UN Security Council"),
                                                     Subject(id: "multi-stakeholder", name: "Multi-stakeholder model")])

    static func one(_ sentence: String) -> Suggestion? {
        suggester.suggest([sentence])[0]
    }

    static func stance(_ sentence: String, _ factor: String) -> (Stance?, [String]) {
        let assessment = one(sentence)?.factors.first { $0.factor == factor }
        return (assessment?.stance, assessment?.stanceCues ?? [])
    }

    @Test("a denied cue is not met, a denied contrary cue met, a contrary cue alone not met")
    func denial() {
        #expect(Self.stance("The board cannot be said to be independent of the ministers it regulates.", "independence") == (.unmet, ["cannot"]))
        #expect(Self.stance("No single member can dominate the assembly.", "independence") == (.met, ["no"]))
        #expect(Self.stance("It was understood that no party could dictate outcomes to any other.", "independence") == (.met, ["no"]))
        #expect(Self.stance("The agencies would prefer greater unaccountable control over decisions.", "accountability") == (.unmet, ["unaccountable"]))
        #expect(Self.stance("Neither are the members held accountable for their decisions.", "accountability") == (.unmet, ["neither"]))
        #expect(Self.stance("Political reviews of its decisions are nonexistent, and administrative review is absent.", "oversight").0 == .unmet)
    }

    @Test("the tribunal that answers to no treaty body is suggested for accountability, not met")
    func answersToNoTreatyBody() throws {
        let suggestion = try #require(Self.one("The tribunal answers to no treaty body at all."))
        let accountability = try #require(suggestion.factors.first { $0.factor == "accountability" })
        #expect(accountability.cues == ["answers to no"])
        #expect(accountability.stance == .unmet)
        // An answer to a question is not accountability.
        #expect(Self.one("I want to suggest some tentative answers to evaluate another question.") == nil)
    }

    @Test("a limiting word near a cue is partly met; an affirming word before one is met; a plain mention has no stance")
    func limitationAndAffirmation() {
        #expect(Self.stance("Oversight exists in the form of a court, but that is a limited form of judicial review.", "oversight") == (.partial, ["limited form of"]))
        #expect(Self.stance("Private interests may have outsized voices in some forums.", "participation") == (.partial, ["outsized"]))
        #expect(Self.stance("The process ensures broad participation by all members.", "participation") == (.met, ["ensures"]))
        #expect(Self.stance("Caron named independence, accountability, oversight and participation.", "participation") == (nil, []))
        #expect(Self.one("Caron named independence, accountability, oversight and participation.")?.factors.map(\.factor)
            == ["independence", "accountability", "oversight", "participation"])
    }

    @Test("kinds: counterclaim, conclusion and question from their cues; a plain claim otherwise")
    func kinds() {
        #expect(Self.one("Some argue that the council is accountable to no one.")?.kind == .counterclaim)
        #expect(Self.one("Some argue that the council is accountable to no one.")?.kindCues == ["some argue"])
        #expect(Self.one("Not all States have celebrated the model.")?.kind == .counterclaim)
        #expect(Self.one("In short, the process is transparent.")?.kind == .conclusion)
        #expect(Self.one("Therefore the body must change.")?.kind == .conclusion)
        #expect(Self.one("Is the Council accountable to anyone?")?.kind == .question)
        #expect(Self.one("Is the Council accountable to anyone?”")?.kindCues == ["?"])
        #expect(Self.one("The council publishes its minutes.") == nil)
        // `Thus` means a conclusion only at the start.
        #expect(Self.one("It was thus adopted.") == nil)
    }

    @Test("subjects: one declared subject named (its name, id or head word); none when two are; else the noun phrase")
    func subjects() throws {
        #expect(Self.one("The Council cannot be said to be independent.")?.subject == "security-council")
        #expect(Self.one("The Council cannot be said to be independent.")?.subjectCues == ["council"])
        #expect(Self.one("Multi-stakeholderism promotes participation.")?.subject == "multi-stakeholder")
        let both = try #require(Self.one("Unlike the Security Council, the multi-stakeholder model is transparent."))
        #expect(both.subject == nil && both.subjectPhrase == nil)
        #expect(Self.one("Private sector interests may have outsized voices.")?.subjectPhrase == "Private sector interests")
        #expect(Self.one("In the internet governance context, the standards bodies are transparent.")?.subjectPhrase == "standards bodies")
        #expect(Self.one("Participation is open to all.")?.subjectPhrase == nil)
    }

    @Test("names, citations and notes in the body suggest nothing")
    func notClaims() {
        #expect(Self.one("The Government Accountability Office reports that most projects are late.") == nil)
        #expect(Self.one("Barlow wrote the Declaration of the Independence of Cyberspace in 1996.") == nil)
        #expect(Self.one("See Caron, supra note 4, at 553 (on accountability).") == nil)
        #expect(Self.one("48 See, e.g., the report on accountability and transparency.") == nil)
        #expect(Self.one("The accountability report is at https://example.org/report.") == nil)
    }

    @Test("suggested claims are entries of the map, with ids, quotes that anchor once, and their sentence's cues")
    func entriesOfTheMap() throws {
        let files = ArgumentFiles(essayPath: Bundled.essayPath, annotations: nil, framework: BuiltInFramework.caron)
        let map = ArgumentLoader.load(essay: Bundled.essay, files: files).map
        #expect(map.claims.isEmpty)
        #expect(map.suggestions.count > 30)
        #expect(Set(map.suggestions.map(\.id)).count == map.suggestions.count)
        let anchorer = QuoteAnchorer(essay: Bundled.essay)
        for claim in map.suggestions {
            #expect(claim.source == .suggested)
            #expect(claim.factors.allSatisfy { $0.source == .suggested && !$0.cues.isEmpty })
            #expect(claim.anchor.sentences.count == 1)
            guard case .anchored(let anchor) = anchorer.anchor(claim.quote) else {
                Issue.record("the quote of \(claim.id) does not anchor once")
                continue
            }
            #expect(anchor.textRange == claim.anchor.textRange)
            #expect(map.suggestion(claim.id) == claim)
        }
        let notIndependent = try #require(map.suggestions.first { $0.text.hasPrefix("His analysis suggests that the Council cannot") })
        #expect(notIndependent.factors.map(\.factor) == ["independence"])
        #expect(notIndependent.factors.first?.stance == .unmet)
        // The listing of claims includes them only when asked.
        #expect(map.claims(matching: ClaimFilter()).isEmpty)
        #expect(map.claims(matching: ClaimFilter(factor: "independence", stance: .unmet, includeSuggested: true)).contains(notIndependent))
        // Sentences annotated claims cover get none.
        let annotated = Bundled.map
        let covered = Set(annotated.claims.flatMap(\.anchor.sentences))
        #expect(annotated.suggestions.allSatisfy { !covered.contains($0.anchor.sentences[0]) })
        #expect(Set(annotated.suggestions.map(\.id)).isDisjoint(with: annotated.claims.map(\.id)))
    }

    /// The measure the README and the report give: suggestions for the bundled essay with its
    /// annotations hidden, against its annotated reading. The gates are the figures reached, as
    /// counts, so a change that suggests one more wrong factor or stance, or finds one fewer, fails;
    /// `LEGIT_SUGGESTION_REPORT=1` prints every suggestion marked right (✓) or wrong (✗).
    @Test("precision and recall on the bundled essay, annotations hidden, gated at the figures reached")
    func precisionOnTheBundledEssay() {
        let hidden = SuggestionMeasure.bundled(declaringSubjects: false)
        let subjects = SuggestionMeasure.bundled(declaringSubjects: true)
        print("Suggestions for the bundled essay, annotations hidden:\n\(hidden)\nwith its subjects declared: \(subjects)")
        if ProcessInfo.processInfo.environment["LEGIT_SUGGESTION_REPORT"] != nil {
            print(hidden.lines.joined(separator: "\n"))
            print(subjects.lines.filter { $0.contains(" J ") }.joined(separator: "\n"))
        }
        // Precision first: at most the wrong suggestions there are now, at least the right ones.
        #expect(hidden.suggestedFactors - hidden.confirmedFactors <= 8 && hidden.confirmedFactors >= 30, "\(hidden)")
        #expect(hidden.suggestedStances - hidden.confirmedStances <= 1 && hidden.confirmedStances >= 16, "\(hidden)")
        #expect(hidden.suggestedKinds - hidden.confirmedKinds <= 4 && hidden.confirmedKinds >= 13, "\(hidden)")
        #expect(subjects.suggestedSubjects - subjects.confirmedSubjects <= 3 && subjects.confirmedSubjects >= 13, "\(subjects)")
        // Recall: the annotated factors and stances the suggestions reach.
        #expect(hidden.foundFactors >= 30, "\(hidden)")
        #expect(hidden.foundStances >= 16, "\(hidden)")
    }

    @Test("a web address is found by the byte scan wherever it stands, as a plain search finds it")
    func addressScan() {
        let pieces = ["http://", "https://", "www.", "http:/", "htp://", "ww.", "http", "W", "w", ".", "/", "h", "é", "’", " ", "x"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let expected = ["http://", "https://", "www."].contains { text.contains($0) }
            #expect(ClaimSuggester.holdsAddress(text.utf8) == expected, "\(text)")
        }
    }
}
