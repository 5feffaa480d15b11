import Testing
@testable import EssayKit

@Suite("A code's section the author's sentence rests on, in parentheses: Congress set a limit (7 U.S.C. §940c(b)(2)).")
struct CodeSectionInProseTests {
    @Test("a titled code's section in parentheses at a commentary sentence's end is cited, its subdivision the pinpoint")
    func parenthesisedSection() throws {
        let essay = try CitationFixture.essay([
            "Congress set a cap on the widget funds (7 U.S.C. §940c(b)(2)).",
            "The region is defined as 12 counties in 3 states (40 U.S.C. §14102(a)(1)).",
            "The settlement act (43 U.S.C. §§1601 et seq.) governs the claims.",
            "Landlords must give notice first (Md. Code Ann., Real Prop. § 8-208).",
            "The board met twice (see the minutes).",
            "Widgets are covered (Blue Widget Code § 12).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "7 U.S.C. § 940c")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(b)(2)")
        #expect(CitationFixture.authority(essay, "2")?.title == "40 U.S.C. § 14102")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(a)(1)")
        #expect(CitationFixture.authority(essay, "3")?.title == "43 U.S.C. § 1601")
        #expect(CitationFixture.authority(essay, "4")?.title == "Md. Code Ann., Real Prop. § 8-208")
        #expect(CitationFixture.citations(essay, "5").isEmpty)
        // A name that only calls itself a code is no citation in the author's parentheses.
        #expect(CitationFixture.citations(essay, "6").isEmpty)
    }

    @Test("a code cite opening with a parenthesis keeps its title number: (25 U.S.C. §§479a et seq.)")
    func titleAfterParenthesis() throws {
        let essay = try CitationFixture.essay([
            "Tribes are listed under the Widget List Act of 1994, as amended (P.L. 103-454) (25 U.S.C. §§479a et seq.).",
            "25 U.S.C. § 479a.",
        ])
        let ids = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        let code = try #require(CitationFixture.authority(essay, "2"))
        #expect(code.title == "25 U.S.C. § 479a")
        #expect(ids.contains(code.id))
        #expect(essay.authorities.allSatisfy { $0.title != "U.S.C. § 479a" })
    }

    @Test("an act's section with its code section and the law that added it: the code section, then the public law at the act's section")
    func actSectionAddedByLaw() throws {
        let essay = try CitationFixture.essay([
            "The Roe Program is authorized by Section 310H of the Consolidated Widget Act (7 U.S.C. §1936b), as added by Section 6107(a) of the Widget Act of 2014 (2014 widget bill; P.L. 113-79).",
            "The Doe Program is authorized by Section 12 of the Gadget Act (15 U.S.C. §2061), as amended by Section 4(b) of the Gadget Reform Act (P.L. 110-314).",
        ])
        let first = CitationFixture.citations(essay, "1")
        #expect(first.count == 2)
        #expect(first.first?.authorityID.flatMap { essay.authority($0) }?.title == "7 U.S.C. § 1936b")
        #expect(first.first?.pinpoint == nil)
        #expect(first.last?.authorityID.flatMap { essay.authority($0) }?.documentNumber == "Pub. L. No. 113-79")
        #expect(first.last?.pinpoint?.text == "Section 6107(a)")
        let second = CitationFixture.citations(essay, "2")
        #expect(second.first?.authorityID.flatMap { essay.authority($0) }?.title == "15 U.S.C. § 2061")
        #expect(second.last?.authorityID.flatMap { essay.authority($0) }?.documentNumber == "Pub. L. No. 110-314")
        #expect(second.last?.pinpoint?.text == "Section 4(b)")
    }
}
