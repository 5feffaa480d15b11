import Testing
@testable import EssayKit

@Suite("Code sections in a sequence: 7 U.S.C. §1932(g)(1), 7 U.S.C. §§1932(a)(2)(A) - (a)(2)(D), and 7 C.F.R. §4279.113")
struct CodeSequenceTests {
    @Test("each cite keeps its title number, the next title is no page of the section before, one work a section")
    func sequence() throws {
        let essay = try CitationFixture.essay([
            "7 U.S.C. §1932(g)(1), 7 U.S.C. §§1932(a)(2)(A) - (a)(2)(D), and 7 C.F.R. §4279.113.",
            "See 42 U.S.C. § 4332(2)(C), 40 C.F.R. § 1502.1.",
        ])
        let first = CitationFixture.citations(essay, "1")
        #expect(first.first?.pinpoint?.text == "(g)(1)")
        let titles = first.compactMap { $0.authorityID.flatMap { essay.authority($0) }?.title }
        #expect(Set(titles) == ["7 U.S.C. § 1932", "7 C.F.R. § 4279.113"])
        let second = CitationFixture.citations(essay, "2")
        #expect(second.first?.pinpoint?.text == "(2)(C)")
        #expect(second.compactMap { $0.authorityID.flatMap { essay.authority($0) }?.title } == ["42 U.S.C. § 4332", "40 C.F.R. § 1502.1"])
    }

    @Test("a section list and a session law's page after a section stay as they were")
    func listsStay() throws {
        let essay = try CitationFixture.essay([
            "21 U.S.C. §§ 348, 379e.",
            "Widget Act, Pub. L. No. 87-781, § 102, 76 Stat. 780, 781 (1962).",
        ])
        #expect(CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.title }
            == ["21 U.S.C. § 348", "21 U.S.C. § 379e"])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "781")
    }
}
