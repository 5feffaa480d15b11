import Testing
@testable import EssayKit

@Suite("The prose after a citation it carries")
struct ProseCitationTests {
    @Test("a public law named later in the same sentence is a citation too")
    func publicLawLaterInTheSentence() throws {
        let essay = try CitationFixture.essay([
            "The act struck 12 U.S.C. §345, first enacted by P.L. 98-431.",
            "The act struck 12 U.S.C. §345, which nobody missed.",
        ])
        let cited = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(cited.count == 2)
        #expect(cited.last?.documentNumber == "Pub. L. No. 98-431")
        #expect(CitationFixture.citations(essay, "2").count == 1)
    }

    @Test("a page given by its address alone after `available at` is a citation of that page")
    func addressLaterInTheSentence() throws {
        let essay = try CitationFixture.essay([
            "Annual figures are required by P.L. 110-12, §204, and published at https://figures.example.gov/annual.htm.",
            "Annual figures are required by P.L. 110-12, §204, and published each spring.",
        ])
        let cited = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(cited.map(\.documentNumber) == ["Pub. L. No. 110-12", nil])
        #expect(cited.last?.url == "https://figures.example.gov/annual.htm")
        #expect(CitationFixture.citations(essay, "2").count == 1)
    }
}
