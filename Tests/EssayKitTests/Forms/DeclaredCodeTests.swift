import Testing
@testable import EssayKit

@Suite("Bare sections of an act the text placed in a code")
struct DeclaredCodeTests {
    @Test("after `Widget Act (WEPA), 50 U.S.C. §1701 et seq.`, a bare section, the act's name with a section and the code's section are one work a section")
    func bareSectionOfDeclaredCode() throws {
        let essay = try CitationFixture.essay([
            "The Widget Emergency Powers Act (WEPA), 50 U.S.C. §1701 et seq.",
            "See §1702(b).",
            "WEPA §1702(a)(1)(B).",
            "50 U.S.C. §1702.",
            "WEPA §203.",
        ])
        let section = try #require(CitationFixture.authority(essay, "2"))
        #expect(section.title == "50 U.S.C. § 1702")
        #expect(section.volume == "50")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(b)")
        #expect(CitationFixture.authority(essay, "3")?.id == section.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "(a)(1)(B)")
        #expect(CitationFixture.authority(essay, "4")?.id == section.id)
        // A section before the act's first is the act's own numbering, not the code's.
        #expect(CitationFixture.authority(essay, "5")?.volume == nil)
    }

    @Test("the declaration may be in the running text, with `codified at` between")
    func declaredInRunningText() throws {
        let text = """
        # Fixture Essay

        The Gadget Reporting Act (GRA), codified at 12 U.S.C. §4501 et seq., governs.<sup>1</sup>

        ---

        1. See §4502(a).
        """
        let essay = try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
        let section = try #require(CitationFixture.authority(essay, "1"))
        #expect(section.title == "12 U.S.C. § 4502")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(a)")
    }

    @Test("the short name and code in one parenthesis declare the act too; the name, a comma and a section is the code's section")
    func shortNameAndCodeInOneParenthesis() throws {
        let text = """
        # Fixture Essay

        The President acted under the Widget Emergency Powers Act (WEPA; 50 U.S.C. §§1701 et seq.).<sup>1</sup> Then.<sup>2</sup>

        ---

        1. See §1702(b).

        2. WEPA, §1703(a)(1).
        """
        let essay = try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
        #expect(CitationFixture.authority(essay, "1")?.title == "50 U.S.C. § 1702")
        let named = try #require(CitationFixture.authority(essay, "2"))
        #expect(named.title == "50 U.S.C. § 1703")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(a)(1)")
    }

    @Test("with acts declared in two codes a bare section is unresolved, with the reason; with none it stays the author's words")
    func twoCodesLeaveItUnresolved() throws {
        let essay = try CitationFixture.essay([
            "The Widget Emergency Powers Act (WEPA), 50 U.S.C. §1701 et seq.; the Gadget Trade Act (GTA), 19 U.S.C. §1201 et seq.",
            "See §1702(b).",
        ])
        let bare = try #require(CitationFixture.only(essay, "2"))
        #expect(bare.authorityID == nil)
        #expect(CitationFixture.citationErrors(essay).contains { $0.message.contains("no one code") })
        let undeclared = try CitationFixture.essay(["Roe, Title, Journal 4 (2001).", "See §1702(b)."])
        #expect(CitationFixture.citations(undeclared, "2").isEmpty)
    }
}
