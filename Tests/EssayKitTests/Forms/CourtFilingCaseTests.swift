import Testing
@testable import EssayKit

@Suite("A court filing in the Bluebook's order: Brief for Appellant at 16-22, Roe v. State, 287 A.3d 301 (Md. 2022) (No. 739)")
struct CourtFilingCaseTests {
    @Test("the brief is the one work, named with its case, the page its pinpoint; the case and its database cite are no works")
    func briefWithItsCase() throws {
        let essay = try CitationFixture.essay([
            "Brief for Appellant at 16-22, Roe v. State, 287 A.3d 301 (Md. 2022) (No. 739), 2022 WL 5416364.",
            "Brief of Amici Curiae Widget Makers Ass'n at 5, Doe v. Roe, 590 U.S. 100 (2020) (No. 19-123).",
            "Brief for the United States as Amicus Curiae Supporting Respondents at 10, Doe v. Roe, 590 U.S. 100 (2020) (No. 19-123).",
            "Brief for Appellant at 3, Alder v. Birch, 300 A.3d 1 (Md. 2023) (No. 12).",
        ])
        let brief = try #require(CitationFixture.authority(essay, "1"))
        #expect(brief.kind == .brief)
        #expect(brief.title == "Brief for Appellant")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "16-22")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "5")
        #expect(CitationFixture.authority(essay, "2")?.kind == .brief)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "10")
        #expect(CitationFixture.authority(essay, "3")?.title.hasSuffix("Supporting Respondents") == true)
        // Another case's brief for the appellant is another brief.
        #expect(CitationFixture.authority(essay, "4").map(\.id) != brief.id)
        #expect(essay.authorities.allSatisfy { $0.kind != .case })
    }

    @Test("a petition for certiorari with its case is known by the case's docket number; a transcript stays the case's")
    func petitionWithItsCase() throws {
        let essay = try CitationFixture.essay([
            "Petition for Writ of Certiorari at 3, Doe v. Roe, 590 U.S. 100 (2020) (No. 19-123).",
            "Petition for a Writ of Certiorari, Doe v. Roe, No. 19-123 (U.S. Jan. 2, 2020), at 7.",
            "Transcript of Oral Argument at 12, Doe v. Roe, 590 U.S. 100 (2020) (No. 19-123).",
        ])
        let petition = try #require(CitationFixture.authority(essay, "1"))
        #expect(petition.kind == .brief)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "3")
        #expect(CitationFixture.authority(essay, "2")?.id == petition.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "12")
        #expect(essay.authorities.allSatisfy { $0.kind != .case })
    }

    @Test("a transcript of oral argument citing its case by docket number: a work of its own, the page its pinpoint")
    func transcriptByDocket() throws {
        let essay = try CitationFixture.essay([
            "Transcript of Oral Argument at 12, Roe v. Doe, No. 19-123 (U.S. argued Jan. 5, 2020).",
        ])
        let transcript = try #require(CitationFixture.authority(essay, "1"))
        #expect(transcript.kind == .document)
        #expect(transcript.title == "Transcript of Oral Argument, Roe v. Doe")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "12")
    }

    @Test("a later short form to the case a filing named finds the case, never the brief")
    func shortFormToFiledCase() throws {
        let essay = try CitationFixture.essay([
            "Brief for Appellant at 16-22, Roe v. State, 287 A.3d 301 (Md. 2022) (No. 739).",
            "See Roe, 287 A.3d at 305.",
        ])
        let brief = try #require(CitationFixture.authority(essay, "1"))
        let found = try #require(CitationFixture.authority(essay, "2"))
        #expect(found.kind == .case)
        #expect(found.firstPage == "301")
        #expect(found.id != brief.id)
        #expect(CitationFixture.only(essay, "2")?.refersTo == "1")
    }
}
