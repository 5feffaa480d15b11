import Testing
@testable import EssayKit

@Suite("The Constitution cited by article and clause alone")
struct ArticleClauseFormTests {
    @Test("`Art. I, §10, cl. 3` and `Art. VI, cl. 2` cite the U.S. Constitution, the parts the pinpoint")
    func articleAndClause() throws {
        let essay = try CitationFixture.essay([
            "The Widget Clause provides that “no State shall make widgets.” Art. I, §10, cl. 3.",
            "Art. VI, cl. 2.",
        ])
        let first = try #require(CitationFixture.citations(essay, "1").first)
        let constitution = try #require(first.authorityID.flatMap { essay.authority($0) })
        #expect(constitution.title == "U.S. Const.")
        #expect(first.pinpoint?.text == "Art. I, §10, cl. 3")
        #expect(CitationFixture.authority(essay, "2")?.id == constitution.id)
    }

    @Test("a compact's article, an Arabic article or an article with no clause is not the Constitution")
    func notTheConstitution() throws {
        let essay = try CitationFixture.essay(["Art. V(A), 71 Stat. 500.", "Art. 5, cl. 2.", "Art. III, §2."])
        for label in ["1", "2", "3"] {
            #expect(CitationFixture.citations(essay, label).allSatisfy { citation in
                citation.authorityID.flatMap { essay.authority($0) }?.title != "U.S. Const."
            })
        }
    }
}
