import Testing
@testable import EssayKit

@Suite("An act's section given with its code section: Section 241 of the X Act (42 U.S.C. §238j)")
struct ActCodeSectionTests {
    @Test("the code section in the parenthesis is the work, its subdivision the pinpoint, cited once")
    func codeSectionIsTheWork() throws {
        let essay = try CitationFixture.essay([
            "Section 241 of the Widget Health Act (42 U.S.C. §238j).",
            "Section 306(f) of the Gadget Budget Act (2 U.S.C. §645(b)(2)).",
            "Under Section 12 of the Widget Safety Act (15 U.S.C. §2061), the agency may act quickly.",
            "42 U.S.C. § 238j.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .statute)
        #expect(first.title == "42 U.S.C. § 238j")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "2")?.title == "2 U.S.C. § 645")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(b)(2)")
        #expect(CitationFixture.authority(essay, "3")?.title == "15 U.S.C. § 2061")
        #expect(CitationFixture.authority(essay, "4")?.id == first.id)
    }

    @Test("a parenthesis holding anything but a code's section leaves the act's section as it was read")
    func otherParenthesis() throws {
        let essay = try CitationFixture.essay([
            "Section 7002 of P.L. 117-58 (2021).",
            "Section 4 of the Widget Act (as amended) applies.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.documentNumber == "Pub. L. No. 117-58")
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.authorityID?.contains("usc") != true })
    }
}
