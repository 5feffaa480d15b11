import Testing
@testable import EssayKit

@Suite("Lists of code sections")
struct SectionListTests {
    @Test("a list of sections cites each section (a range is one work), each with its subdivision")
    func listIsSeveralWorks() throws {
        let essay = try CitationFixture.essay([
            "12 U.S.C. §§ 348, 379e.",
            "12 U.S.C. §§ 342–343, 351–352, 387b–387c.",
            "12 U.S.C. §§ 331–333, 337(a).",
            "12 U.S.C. §§ 1396o(a)(2)(B), (b)(2)(B).",
            "*Id.* §§ 342, 343.",
        ])
        let first = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } }
        #expect(first == ["12 U.S.C. § 348", "12 U.S.C. § 379e"])
        let second = CitationFixture.citations(essay, "2").compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } }
        #expect(second == ["12 U.S.C. §§ 342–343", "12 U.S.C. §§ 351–352", "12 U.S.C. §§ 387b–387c"])
        let third = CitationFixture.citations(essay, "3")
        #expect(third.compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } } == ["12 U.S.C. §§ 331–333", "12 U.S.C. § 337"])
        #expect(third.last?.pinpoint?.text == "(a)")
        let fourth = CitationFixture.citations(essay, "4")
        #expect(fourth.count == 1)
        #expect(fourth.first?.pinpoint?.text == "(a)(2)(B), (b)(2)(B)")
        let fifth = CitationFixture.citations(essay, "5").compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } }
        #expect(fifth == ["12 U.S.C. § 342", "12 U.S.C. § 343"])
    }
}
