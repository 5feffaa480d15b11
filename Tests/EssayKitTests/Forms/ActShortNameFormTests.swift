import Testing
@testable import EssayKit

/// An Act's section cited by the Act's abbreviation (`WA s 14(2)(b)`): the work is the section,
/// what follows its number the pinpoint.
@Suite("Act sections by the Act's abbreviation")
struct ActShortNameFormTests {
    @Test("the abbreviation and section are the work, the subdivision the pinpoint, defined or not")
    func sectionByAbbreviation() throws {
        let essay = try CitationFixture.essay([
            "*PA* s 14(2)(b)",
            "See *PA* s86.",
            "PA s 14(3).",
            "PA pt 3.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title == "PA s 14")
        #expect(first.kind == .statute)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "(2)(b)")
        #expect(CitationFixture.authority(essay, "2")?.title == "PA s 86")
        #expect(CitationFixture.authority(essay, "3")?.id == first.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "(3)")
        #expect(CitationFixture.authority(essay, "4")?.title == "PA pt 3")
    }

    @Test("a list of sections is one work a section, a range one work")
    func listsAndRanges() throws {
        let essay = try CitationFixture.essay([
            "PA ss 22 and 87",
            "PA ss 27(1)(a)(ii) and s 27(1)(b)(iv)",
            "PA ss 12-14.",
        ])
        let titles = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } }
        #expect(titles == ["PA s 22", "PA s 87"])
        #expect(CitationFixture.citations(essay, "2").count == 1)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(1)(a)(ii)")
        #expect(CitationFixture.authority(essay, "3")?.title == "PA ss 12-14")
    }

    @Test("an abbreviation followed by words is no citation")
    func wordsAfterAbbreviation() {
        let text = CitationText(RichText(text: "PA said so in 2004"))
        #expect(ActShortNameForm.read(text, 0..<text.bytes.count) == nil)
        let lower = CitationText(RichText(text: "P s 14"))
        #expect(ActShortNameForm.read(lower, 0..<lower.bytes.count) == nil)
    }
}
