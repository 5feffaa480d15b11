import Testing
@testable import EssayKit

@Suite("Surnames declared by a remark: (Lucas), then Lucas 730")
struct DeclaredSurnameTests {
    @Test("a remark that is an author's surname names the work; the surname and a page cite it again")
    func surnameAndPage() throws {
        let essay = try CitationFixture.essay([
            "See R. Quill, Limits of the Law, 46 N. C. L. Rev. 730 (1968) (Quill); see also D. Wren, Liberty and Order 334–335 (1994) (Wren).",
            "Wren 500–501, and n. 41 (internal quotation marks omitted).",
            "See Quill 735.",
        ])
        let wren = try #require(CitationFixture.citations(essay, "1").last?.authorityID)
        let quill = try #require(CitationFixture.citations(essay, "1").first?.authorityID)
        #expect(CitationFixture.only(essay, "2")?.authorityID == wren)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text.hasPrefix("500–501") == true)
        #expect(CitationFixture.only(essay, "3")?.authorityID == quill)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "735")
    }

    @Test("a surname with a numeral names an author's second work, also inside citing")
    func numeral() throws {
        let essay = try CitationFixture.essay([
            "C. Marsh, The First Essay, 14 N. Y. L. Forum 411 (1968) (Marsh I); C. Marsh, The Second Essay, 17 N. Y. L. Forum 335 (1971) (Marsh II).",
            "See 410 U. S., at 136 (citing Marsh II).",
        ])
        let second = try #require(CitationFixture.citations(essay, "1").last?.authorityID)
        #expect(CitationFixture.citations(essay, "2").compactMap(\.authorityID).contains(second))
    }

    @Test("a surname and a page that no remark declared is the author's words, not a citation")
    func undeclared() throws {
        let essay = try CitationFixture.essay(["Smith 45."])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }

    @Test("a title ending in a question mark takes the volume after it with no comma")
    func questionTitle() throws {
        let essay = try CitationFixture.essay(["C. Marsh, Is a Right About To Arise? 17 N. Y. L. Forum 335, 337–339 (1971)."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .article)
        #expect(work.title == "Is a Right About To Arise?")
        #expect(work.volume == "17")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "337–339")
    }

    @Test("a bare surname and a remark cite the one work by that author cited before")
    func bareSurnameAndRemark() throws {
        let essay = try CitationFixture.essay([
            "See Anna Thorne, Duties of Care in Small Markets, 12 Yale J. on Reg. 101, 110 (1995).",
            "Thorne (on duties of care).",
        ])
        let thorne = try #require(CitationFixture.authority(essay, "1")?.id)
        #expect(CitationFixture.only(essay, "2")?.authorityID == thorne)
    }

    @Test("a bare surname two cited works share names neither")
    func bareSurnameShared() throws {
        let essay = try CitationFixture.essay([
            "See Anna Thorne, Duties of Care in Small Markets, 12 Yale J. on Reg. 101 (1995); Ben Thorne, Markets Without Care, 40 Stan. L. Rev. 9 (1988).",
            "Thorne (on duties of care).",
        ])
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.authorityID == nil })
    }
}
