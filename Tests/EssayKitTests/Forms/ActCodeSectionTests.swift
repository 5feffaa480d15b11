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

    @Test("an act's section, a comma, then its code section: the code section is the work, cited once")
    func codeSectionAfterComma() throws {
        let essay = try CitationFixture.essay([
            "Audit and Budget Act § 305, 31 U.S.C. § 3702(a).",
            "Audit and Budget Act §§ 312(a) and (c), 31 U.S.C. §§ 712(1), 719(c).",
            "See Widget Safety Act § 12, 15 U.S.C. § 2061; Audit and Budget Act § 9.",
        ])
        let first = CitationFixture.citations(essay, "1")
        #expect(first.count == 1)
        #expect(CitationFixture.authority(essay, "1")?.title == "31 U.S.C. § 3702")
        #expect(first.first?.pinpoint?.text == "(a)")
        let second = CitationFixture.citations(essay, "2")
        #expect(second.first.flatMap { $0.authorityID }.map { $0.contains("712") } == true)
        #expect(second.first?.pinpoint?.text == "(1)")
        #expect(!second.contains { $0.authorityID?.contains("audit") == true })
        let third = CitationFixture.citations(essay, "3")
        #expect(third.first?.authorityID?.contains("2061") == true)
        // An act's section with no code section after it keeps its own reading.
        #expect(third.count == 2)
        #expect(third.last?.authorityID?.contains("2061") == false)
    }
}
