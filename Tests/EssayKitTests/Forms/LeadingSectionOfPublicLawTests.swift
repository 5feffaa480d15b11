import Testing
@testable import EssayKit

/// A section written before a public law (`Section 503(a), Pub. L. No. 107-347, ...`) is its
/// pinpoint, not its name (`SessionLawForm`).
@Suite("A section before a public law")
struct LeadingSectionOfPublicLawTests {
    @Test("the section is the pinpoint and the public law the one work")
    func sectionIsPinpoint() throws {
        let essay = try CitationFixture.essay([
            "Pub. L. No. 107-347, 116 Stat. 2899 (2002) (codified as 44 U.S.C. § 3501 note).",
            "Section 503(a), Pub. L. No. 107-347, 116 Stat. 2899 (2002) (codified as 44 U.S.C. § 3501 note).",
            "Widget Act of 2002, Pub. L. No. 107-999, 116 Stat. 9000.",
        ])
        let law = try #require(CitationFixture.citations(essay, "1").first?.authorityID)
        let second = try #require(CitationFixture.citations(essay, "2").first)
        #expect(second.authorityID == law)
        #expect(second.pinpoint?.text == "Section 503(a)")
        #expect(essay.authority(law)?.title.hasPrefix("Section") == false)
        #expect(CitationFixture.citations(essay, "3").first?.authorityID.flatMap { essay.authority($0) }?.title == "Widget Act of 2002")
    }
}
