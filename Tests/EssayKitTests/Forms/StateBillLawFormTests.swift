import Testing
@testable import EssayKit

@Suite("A state's session law by its bill or chapter")
struct StateBillLawFormTests {
    @Test("the volume and bill is the law; the bill again with a section is the same law at that section")
    func billAndShortBill() throws {
        let essay = try CitationFixture.essay([
            "2004 Neb. Laws, L.B. 7, Second Spec. Sess.",
            "L.B. 7, § 12 (presently codified at § 29-2520(2) (Reissue 2008)).",
        ])
        let law = try #require(CitationFixture.authority(essay, "1"))
        #expect(law.title == "2004 Neb. Laws, L.B. 7")
        #expect(law.kind == .statute)
        #expect(CitationFixture.authority(essay, "2")?.id == law.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§ 12")
    }

    @Test("a volume and chapter is the law, its series as the laws table writes it")
    func volumeAndChapter() throws {
        let essay = try CitationFixture.essay(["See 2013 Cal. Stat. ch. 41.", "2013 Statutes of California ch. 41, § 2."])
        let law = try #require(CitationFixture.authority(essay, "1"))
        #expect(law.title == "2013 Cal. Stat. ch. 41")
        #expect(CitationFixture.authority(essay, "2")?.id == law.id)
    }

    @Test("no series the table knows, or no number after the mark, is no session law")
    func notASessionLaw() {
        let text = CitationText(RichText(text: "2004 Widget Laws, L.B. 7"))
        #expect(StateBillLawForm.read(text, 0..<text.count) == nil)
        let unnumbered = CitationText(RichText(text: "L.B. Roe, A Title 4"))
        #expect(StateBillLawForm.read(unnumbered, 0..<unnumbered.count) == nil)
    }
}
