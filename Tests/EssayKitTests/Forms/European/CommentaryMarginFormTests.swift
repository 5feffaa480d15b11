import Testing
@testable import EssayKit

@Suite("German commentaries at a section and margin number: `Authors, Law, 2nd ed. 2021, § 1 margin no. 10-12`")
struct CommentaryMarginFormTests {
    @Test("the authors' commentary is the work, the section and margin number the pinpoint")
    func authorsCommentary() throws {
        let essay = try CitationFixture.essay([
            "Brunner/Kolb, HafenG, 2nd ed. 2021, § 1 margin no. 10-12.",
            "Brunner/Kolb, HafenG, 2nd ed. 2021, § 4 margin no. 3.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "HafenG")
        #expect(work.authors == ["Brunner", "Kolb"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "§ 1 margin no. 10-12")
        #expect(CitationFixture.authority(essay, "2")?.id == work.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§ 4 margin no. 3")
    }

    @Test("an online commentary and its commentator: the commentary is the work, whoever wrote the part")
    func onlineCommentary() throws {
        let essay = try CitationFixture.essay([
            "BeckOK HafenR/Lenz, HafenG § 1 Rn. 5-8.",
            "BeckOK HafenR/Roth, HafenG § 2 Rn. 1.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "BeckOK HafenR")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "§ 1 Rn. 5-8")
        #expect(CitationFixture.authority(essay, "2")?.id == work.id)
    }

    @Test("a section with no margin number is a law's section, not a commentary")
    func sectionAlone() {
        let text = CitationText(RichText(text: "Brunner/Kolb, HafenG, § 1"))
        #expect(CommentaryMarginForm.read(text, 0..<text.bytes.count) == nil)
    }
}
