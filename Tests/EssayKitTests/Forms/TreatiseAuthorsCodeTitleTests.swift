import Testing
@testable import EssayKit

@Suite("A treatise titled by a code's name")
struct TreatiseAuthorsCodeTitleTests {
    @Test("people's names and a comma before a code's name make a treatise; supra by the two surnames finds it")
    func authorsBeforeCode() throws {
        let essay = try CitationFixture.essay([
            "Anna B. Lark & Peter Q. Stone, Uniform Commercial Code § 4-2 (5th ed. 2011).",
            "Lark & Stone, supra, § 4-2, at 90.",
            "Dora C. Vail & Hugo E. Marsh, Federal Practice and Procedure § 2201 (2d ed. 1999).",
            "Vail & Marsh, supra, § 2201, at 14.",
        ])
        let treatise = try #require(CitationFixture.authority(essay, "1"))
        #expect(treatise.kind != .statute)
        #expect(treatise.authors == ["Anna B. Lark", "Peter Q. Stone"])
        #expect(CitationFixture.authority(essay, "2")?.id == treatise.id)
        let second = try #require(CitationFixture.authority(essay, "3"))
        #expect(second.authors == ["Dora C. Vail", "Hugo E. Marsh"])
        #expect(CitationFixture.authority(essay, "4")?.id == second.id)
    }

    @Test("a treatise's volume before its authors, then supra to its note")
    func volumeBeforeAuthors() throws {
        let essay = try CitationFixture.essay([
            "6 Ivo P. Marsh, Search & Seizure § 4.2(b) (5th ed. 2012).",
            "Marsh, supra note 1, § 4.2(b), at 50.",
        ])
        let treatise = try #require(CitationFixture.authority(essay, "1"))
        #expect(treatise.kind == .book)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "§ 4.2(b)")
        #expect(CitationFixture.authority(essay, "2")?.id == treatise.id)
    }

    @Test("an act with its date and a section stays the act, and a Canadian code named with commas stays a code")
    func actsStayActs() throws {
        let essay = try CitationFixture.essay(["Act of Mar. 3, 1801, § 4, reprinted in 2 Laws of Widgetland 80 (1810).", "Widget Code, R.S.C., 1985, c. W-4, § 12."])
        #expect(CitationFixture.citations(essay, "1").first.flatMap { $0.authorityID.flatMap(essay.authority) }?.kind == .statute)
        #expect(CitationFixture.authority(essay, "2")?.kind == .statute)
    }

    @Test("a code with no person's name before it stays a code")
    func codeStaysCode() throws {
        let essay = try CitationFixture.essay(["U.C.C. § 2-207 (Am. L. Inst. & Unif. L. Comm'n 2002).", "Haw. Rev. Stat. § 490:2-209(1).", "Id. § 490:2-209(2)."])
        #expect(CitationFixture.authority(essay, "1")?.kind == .statute)
        let hawaii = try #require(CitationFixture.authority(essay, "2"))
        #expect(hawaii.title == "Haw. Rev. Stat. § 490:2-209")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(1)")
        #expect(CitationFixture.authority(essay, "3")?.id == hawaii.id)
    }
}
