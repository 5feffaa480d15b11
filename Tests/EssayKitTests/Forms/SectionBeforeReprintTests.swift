import Testing
@testable import EssayKit

@Suite("A law's section before the page it is reprinted on: Compact §4.01(b), 1 App. 18")
struct SectionBeforeReprintTests {
    @Test("a name holding a section sign is no case's, whatever reporter the page looks like")
    func noCase() throws {
        let essay = try CitationFixture.essay(["See Accord §4.01(b), 1 App. 18 (“The flow is apportioned”)."])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { citation in
            citation.authorityID.flatMap { essay.authority($0) }?.kind != .case
        })
    }

    @Test("a case's name and reporter still read as a case")
    func caseStays() throws {
        let essay = try CitationFixture.essay(["Alder v. Birch, 1 Ohio App. 18 (1900)."])
        #expect(CitationFixture.authority(essay, "1")?.kind == .case)
    }
}
