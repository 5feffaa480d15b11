import EssayKit
import Testing

@Suite("Words hyphenated across a line or page break")
struct HyphenationTests {
    static func body(_ essay: Essay) -> String {
        essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: "\n")
    }

    @Test("a typesetter's hyphen goes; the word is one word")
    func typesetterHyphenGoes() throws {
        let essay = try Fixture.essay("# T\n\nThe witness was not truth-\n\n---\n\n1. A note.\n\nful. Nor was the govern-\nment.<sup>1</sup>\n")
        #expect(Self.body(essay) == "The witness was not truthful. Nor was the government.")
    }

    @Test("a compound the essay writes with a hyphen elsewhere keeps it")
    func compoundsKeepTheirHyphen() throws {
        let essay = try Fixture.essay("""
            # T

            The multi-stakeholder model is one thing; State-driven models are another.

            The multi-
            stakeholder approach and the State-
            driven one, with their decision-
            making.

            Decisions need a making, and that making needs a decision.
            """)
        #expect(essay.sections.flatMap(\.blocks)[1].content.text
            == "The multi-stakeholder approach and the State-driven one, with their decision-making.")
    }

    @Test("a word the essay writes whole elsewhere is joined whole")
    func joinedByEvidence() throws {
        let essay = try Fixture.essay("# T\n\nNetworks cooperate. The co-\noperation of networks.\n")
        #expect(Self.body(essay) == "Networks cooperate. The cooperation of networks.")
    }

    @Test("a capital after the break keeps the hyphen: non-State, Anglo-American")
    func capitalKeepsTheHyphen() throws {
        let essay = try Fixture.essay("# T\n\nA non-\nState actor of Anglo-\nAmerican law.\n")
        #expect(Self.body(essay) == "A non-State actor of Anglo-American law.")
    }

    @Test("a note cut across pages joins its hyphenated word too")
    func inANote() throws {
        let essay = try Fixture.essay("# T\n\nBody.<sup>1</sup>\n\n---\n\n1. The testi-\n\nBody again.\n\n---\n\nmony was long.\n\n2. Next.\n")
        #expect(essay.footnote("1")?.content.text == "The testimony was long.")
    }

    @Test("a dash at a line's end is no hyphen")
    func dashesStay() throws {
        let essay = try Fixture.essay("# T\n\nThe page runs 12-\n14 and then --\nstops.\n")
        #expect(Self.body(essay) == "The page runs 12-14 and then -- stops.")
    }
}

@Suite("Hyphen joins at scale")
struct HyphenScaleTests {
    @Test("a hundred thousand lines each ending in a hyphen join in linear time", .timeLimit(.minutes(5)))
    func manyBreaksAreLinear() throws {
        let essay = try Fixture.essay("# T\n\n" + String(repeating: "ab-\n", count: 100_000) + "end.\n")
        #expect(essay.sections.first?.blocks.first?.content.text.hasSuffix("abend.") == true)
    }
}
