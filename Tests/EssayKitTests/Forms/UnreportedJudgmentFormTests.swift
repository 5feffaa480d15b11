import Testing
@testable import EssayKit

@Suite("An unreported judgment by its court, registry and file number")
struct UnreportedJudgmentFormTests {
    @Test("`Re X (unreported, High Court, Wellington, CIV-2010-485-1234, 3 May 2011)`: a case with its number, court and year")
    func unreported() throws {
        let essay = try CitationFixture.essay([
            "Re X (unreported, High Court, Wellington, CIV-2010-485-1234, 3 May 2011).",
            "Smith v Attorney-General (unreported, High Court, Auckland, CIV-2009-404-5678, 12 June 2010) at [45].",
            "Re X, above n 1, at [12].",
        ])
        let x = try #require(CitationFixture.authority(essay, "1"))
        #expect(x.kind == .case)
        #expect(x.title == "Re X")
        #expect(x.documentNumber == "CIV-2010-485-1234")
        #expect(x.courtName == "High Court, Wellington")
        #expect(x.year == 2011)
        let smith = try #require(CitationFixture.only(essay, "2"))
        #expect(smith.pinpoint?.text == "[45]")
        #expect(CitationFixture.authority(essay, "2")?.kind == .case)
        #expect(CitationFixture.authority(essay, "3")?.id == x.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "[12]")
    }

    @Test("a bracket with neither `unreported` nor a file number, or a name that is no case's, is no unreported judgment")
    func notUnreported() {
        for note in ["Roe v Doe (High Court, Wellington, 3 May 2011)", "Ann Roe, Ferry Dues (unreported, 3 May 2011)"] {
            let text = CitationText(RichText(text: note))
            #expect(UnreportedJudgmentForm.read(text, 0..<text.bytes.count) == nil, "\(note)")
        }
    }
}
