import Testing
@testable import EssayKit

@Suite("A bare section after a code cited in the body or a note")
struct CitedCodeTests {
    @Test("a bare section after a state code in the running text is that code's section, its subdivision the pinpoint")
    func bareSectionAfterBodyCode() throws {
        let text = """
        # Fixture Opinion

        The widget was seized under Okl. Rev. Stat. § 31-4410 (Reissue 2010), and the court agreed.<sup>1</sup> It erred.<sup>2</sup> Both.<sup>3</sup>

        ---

        1. See § 31-4410(1)(a).

        2. § 31-4402(2)(e).

        3. §§ 28-105.01(2) and 31-4405(3).
        """
        let essay = try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title.hasSuffix("§ 31-4410"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(1)(a)")
        #expect(CitationFixture.authority(essay, "2")?.title.hasSuffix("§ 31-4402") == true)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(2)(e)")
        let listed = CitationFixture.titlesAndPinpoints(essay, "3")
        #expect(listed.count == 2)
        #expect(listed.first?.hasSuffix("§ 28-105.01 @ (2)") == true)
        #expect(listed.last?.hasSuffix("§ 31-4405 @ (3)") == true)
    }

    @Test("a bare section after a note citing a code is that code's; one of another shape is not")
    func bareSectionAfterNoteCode() throws {
        let essay = try CitationFixture.essay([
            "Neb. Rev. Stat. § 29-2523 (Reissue 2008).",
            "See § 29-2519(2)(e).",
            "See § 12.",
        ])
        #expect(CitationFixture.authority(essay, "2")?.title == "Neb. Rev. Stat. § 29-2519")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(2)(e)")
        // `§ 12` has no hyphen: no Nebraska section, and no other code was cited.
        #expect(CitationFixture.citations(essay, "3").allSatisfy { $0.authorityID == nil })
    }

    @Test("with two codes of the section's shape cited, a bare section is unresolved and the check says why")
    func twoCodesOfOneShape() throws {
        let essay = try CitationFixture.essay([
            "Neb. Rev. Stat. § 29-2523 (Reissue 2008); Colo. Rev. Stat. § 18-1.3-401 (2020).",
            "See § 29-2519(2)(e).",
        ])
        let bare = try #require(CitationFixture.only(essay, "2"))
        #expect(bare.authorityID == nil)
        #expect(essay.diagnostics.contains { $0.message.contains("no one code") })
    }

    @Test("a bare plain section after one titled code is that title's section")
    func plainSectionAfterTitledCode() throws {
        let essay = try CitationFixture.essay([
            "18 Pa. Cons. Stat. § 5104 (2019).",
            "Roe v. Doe, 12 A.3d 45, 47 (Pa. 2011).",
            "See § 5105(a).",
        ])
        let section = try #require(CitationFixture.authority(essay, "3"))
        #expect(section.title == "18 Pa. Cons. Stat. § 5105")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "(a)")
    }

    @Test("the scan reads the code a sign's line names, whole, and skips a bare sign")
    func scanReadsCodes() {
        let text = "The panel applied Neb.Rev.Stat. § 29-2523 and then § 29-2519.\n§ 5 alone.\n"
        let found = CitedCode.find(in: SourceFile(path: "x.md", bytes: Array(text.utf8)))
        // The second sign's line names the code too; the sign alone on its line names none.
        #expect(found.map(\.codeTitle) == ["Neb. Rev. Stat.", "Neb. Rev. Stat."])
        #expect(found.allSatisfy { $0.shape == .hyphen })
    }
}
