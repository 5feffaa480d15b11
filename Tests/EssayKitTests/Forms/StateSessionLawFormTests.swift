import Testing
@testable import EssayKit

/// A state's session law in words: `NY Laws of 2022, Chapter 628`; `Texas 88th Leg., R.S., Ch. 465
/// (S.B. 2627), §2`. The state comes from the states table, by name or abbreviation without periods.
@Suite("State session laws in words")
struct StateSessionLawFormTests {
    @Test("a state's laws of a year by chapter, the state abbreviated without periods or named")
    func lawsOfYear() throws {
        let essay = try CitationFixture.essay([
            "NY Laws of 2019, Chapter 512, which is also known as the widget law.",
            "Vermont Laws of 2021, ch. 33.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .statute)
        #expect(first.title == "2019 N.Y. Laws ch. 512")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.title == "2021 Vt. Laws ch. 33")
    }

    @Test("a legislature's session and chapter, the bill it was, and the section as the pinpoint")
    func legislatureChapterBill() throws {
        let essay = try CitationFixture.essay([
            "Texas 87th Leg., R.S., Ch. 101 (H.B. 1234), §3, eff. September 1, 2021; Texas 88th Leg., R.S., Ch. 202 (S.B. 56), §1, eff. June 1, 2023.",
        ])
        let citations = CitationFixture.citations(essay, "1")
        let works = citations.compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(works.count == 2)
        #expect(works.first?.title == "Tex. 87th Leg., R.S., ch. 101 (H.B. 1234)")
        #expect(works.first?.documentNumber?.contains("H.B. 1234") == true)
        #expect(works.last?.title == "Tex. 88th Leg., R.S., ch. 202 (S.B. 56)")
        #expect(citations.first?.pinpoint?.text == "§3")
        #expect(works.first?.id != works.last?.id)
    }

    @Test("a state's name without a chapter, or prose about a legislature, is no session law")
    func notSessionLaws() throws {
        let essay = try CitationFixture.essay([
            "New York Laws of 2022 are many and varied.",
            "Texas 88th Leg. debated widgets at length.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }
}
