import Testing
@testable import EssayKit

@Suite("A section by its sign alone after a code's section in the same note")
struct BareSectionFormTests {
    @Test("§ N after a titled code's section in the note is that code's section N, with its subdivision")
    func sameNote() throws {
        let essay = try CitationFixture.essay([
            "The Act requires coverage. See 42 U. S. C. §1801(b)(1). It also bars limits, see §305aa–12, and caps costs, §1801(c).",
        ])
        let works = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(works.map(\.title).first == "42 U.S.C. § 1801")
        #expect(works.map(\.title).contains("42 U.S.C. § 305aa–12"))
    }

    @Test("§ N in a note with no code just before names nothing, and is no error")
    func noCode() throws {
        let essay = try CitationFixture.essay(["Alder v. Birch, 1 U.S. 1 (1800).", "§3(f)."])
        #expect(CitationFixture.citations(essay, "2").isEmpty)
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("§ N then a short name in capitals is a section of that code, or with a digit the named work at that section")
    func sectionThenShortName() throws {
        let essay = try CitationFixture.essay([
            "B. WREN FALK, GADGETS, 312-14 (1999). § 12 Q2X (“Where the other party has reason”).",
            "§ 69c WidG (saying so).",
            "§ 5 FTC Act.",
        ])
        let works = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(works.map(\.title) == ["GADGETS", "Q2X"])
        #expect(CitationFixture.citations(essay, "1").last?.pinpoint?.text == "§ 12")
        #expect(CitationFixture.authority(essay, "2")?.title == "WidG § 69c")
        #expect(CitationFixture.authority(essay, "3")?.title != "FTC § 5")
    }
}
