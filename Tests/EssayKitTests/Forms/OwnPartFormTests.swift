import Testing
@testable import EssayKit

/// `See supra Part II.B`: the essay's own part, no work and no error (`OwnPartForm`).
@Suite("supra to a part of the essay itself (OwnPartForm)")
struct OwnPartFormTests {
    @Test("supra Part, Section(s), Subpart, Introduction and text accompanying notes cite no work and raise no error")
    func ownParts() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, The Price of Waiting, 90 S. CAL. L. REV. 100 (2016).",
            "See supra Part II.B.",
            "See discussion supra Sections I.A.1, I.A.3; see also supra Introduction.",
            "As noted in supra Subpart III.C, prices rise.",
            "See supra text accompanying notes 1–2.",
        ])
        for label in ["2", "3", "4", "5"] {
            #expect(CitationFixture.citations(essay, label).isEmpty, "note \(label)")
        }
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("a supra note with a name is still a supra; a lower-case word after supra is no part")
    func notAPart() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, The Price of Waiting, 90 S. CAL. L. REV. 100 (2016).",
            "Roe, supra note 1, at 104; see supra Section headings.",
        ])
        let cited = CitationFixture.citations(essay, "2")
        #expect(cited.first?.authorityID == CitationFixture.authority(essay, "1")?.id)
        #expect(CitationFixture.citationErrors(essay).contains { $0.message.contains("names no work") })
    }
}
