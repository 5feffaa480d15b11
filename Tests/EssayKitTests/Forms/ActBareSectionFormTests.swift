import Testing
@testable import EssayKit

/// A section written alone (`s 27(1)(a)(v)`) right after a note citing an Act's section is that
/// Act's section.
@Suite("An Act's section written alone")
struct ActBareSectionFormTests {
    @Test("a bare section after an Act's section is the same Act's, its subdivision the pinpoint")
    func sameAct() throws {
        let essay = try CitationFixture.essay([
            "*PA* s 14(2)(b)",
            "s 27(1)(a)(v)",
            "s 31.",
            "Quays Act 1990, s 3.",
            "s 9(2).",
        ])
        #expect(CitationFixture.authority(essay, "2")?.title == "PA s 27")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(1)(a)(v)")
        #expect(CitationFixture.authority(essay, "3")?.title == "PA s 31")
        #expect(CitationFixture.authority(essay, "5")?.title == "Quays Act 1990, s 9")
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "(2)")
    }

    @Test("a bare section after another work, or opening the notes, cites nothing")
    func noActBefore() throws {
        let essay = try CitationFixture.essay([
            "s 27(1).",
            "PA s 14.",
            "Ann Roe, A Harbour Book 12 (2001).",
            "s 27(1).",
        ])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID == nil })
        #expect(CitationFixture.citations(essay, "4").allSatisfy { $0.authorityID == nil })
    }

    @Test("only the section is read: prose after it is not")
    func proseAfter() {
        let text = CitationText(RichText(text: "s 3 of the Act applies"))
        #expect(ActBareSectionForm.read(text, 0..<text.bytes.count) == nil)
        let section = CitationText(RichText(text: "s 40A(2)"))
        #expect(ActBareSectionForm.read(section, 0..<section.bytes.count)?.pinpoint?.text == "s 40A(2)")
    }
}
