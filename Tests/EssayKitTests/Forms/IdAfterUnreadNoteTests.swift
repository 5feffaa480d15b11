import Testing
@testable import EssayKit

@Suite("Id. after a note in which nothing was read")
struct IdAfterUnreadNoteTests {
    @Test("the Id. means what the note just before cites, which was not read: no work, an error")
    func unresolved() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, Harbor Fees, 12 Harv. L. Rev. 45, 50 (2019).",
            "Wq Zx Vb Qj 7-77-77 Plover.",
            "Id. at 4.",
        ])
        let cited = try #require(CitationFixture.only(essay, "3"))
        #expect(cited.form == .id)
        #expect(cited.authorityID == nil)
        #expect(CitationFixture.citationErrors(essay).contains { $0.message.contains("note 2") })
    }

    @Test("an Id. right after the note that cites the work still means it")
    func resolved() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, Harbor Fees, 12 Harv. L. Rev. 45, 50 (2019).",
            "Id. at 51.",
            "Id. at 52.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == work.id)
        #expect(CitationFixture.authority(essay, "3")?.id == work.id)
    }
}
