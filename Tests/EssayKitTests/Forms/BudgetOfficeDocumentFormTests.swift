import Testing
@testable import EssayKit

/// OMB circulars, memoranda and statistical policy directives by number (`BudgetOfficeDocumentForm`).
@Suite("OMB documents by number")
struct BudgetOfficeDocumentFormTests {
    @Test("a circular with a section is the circular at that section, and every later note citing its number is the same work")
    func circularWithSection() throws {
        let essay = try CitationFixture.essay([
            "OMB Circular A-130, section 8(b)(2)(a).",
            "See OMB Circular No. A-130, Managing Widget Information as a Strategic Resource (July 28, 2016).",
            "Circular A-130, Appendix I; *id.* § 5(c).",
            "OMB Circular A-11, section 51.",
        ])
        let circular = try #require(CitationFixture.authority(essay, "1"))
        #expect(circular.kind == .document)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "section 8(b)(2)(a)")
        #expect(CitationFixture.authority(essay, "2")?.id == circular.id)
        #expect(essay.authority(circular.id)?.year == 2016)
        let third = CitationFixture.citations(essay, "3")
        #expect(third.first?.authorityID == circular.id)
        #expect(third.first?.pinpoint?.text == "Appendix I")
        #expect(CitationFixture.authority(essay, "4").map { $0.id != circular.id } == true)
    }

    @Test("a memorandum by its number, with a title and date or without, and with the office's name or the word Memorandum")
    func memorandum() throws {
        let essay = try CitationFixture.essay([
            "OMB Memorandum M-10-06, *Open Widget Directive* (Dec. 8, 2009).",
            "OMB M-10-06, at 3.",
            "Memorandum M-13-13.",
            "M-22-18 is cited bare here.",
        ])
        let memo = try #require(CitationFixture.authority(essay, "1"))
        #expect(memo.title == "Open Widget Directive")
        #expect(CitationFixture.authority(essay, "2")?.id == memo.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "3")
        #expect(CitationFixture.authority(essay, "3").map { $0.id != memo.id } == true)
        // A bare number, with neither the office's name nor `Memorandum`, is no citation of this form.
        #expect(CitationFixture.citations(essay, "4").allSatisfy { $0.authorityID == nil || $0.text.hasPrefix("M-22") == false })
    }

    @Test("two statistical policy directives in one clause are two works")
    func twoDirectives() throws {
        let essay = try CitationFixture.essay([
            "OMB Statistical Policy Directives No. 1 and No. 2.",
            "Statistical Policy Directive No. 2.",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(cited.count == 2)
        #expect(Set(cited.compactMap(\.authorityID)).count == 2)
        #expect(CitationFixture.authority(essay, "2")?.id == cited.last?.authorityID)
    }

    @Test("a section written before the circular is its pinpoint")
    func leadingSection() throws {
        let essay = try CitationFixture.essay([
            "OMB Circular A-130, section 8.",
            "Section 5(a) of OMB Circular A-130.",
        ])
        let circular = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == circular.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text.contains("5(a)") == true)
    }

    @Test("a list of memoranda cites each; a bare number with its title after a comma, a date and an address is the memorandum")
    func listsAndBareNumbers() throws {
        let essay = try CitationFixture.essay([
            "M-13-09, Widget Portfolio Guidance, December 5, 2012, https://example.gov/m-13-09.pdf.",
            "See OMB M-12-10, M-13-09 and M-14-08.",
            "OMB Circular A-11 available at: https://example.gov/a11.",
        ])
        let listed = CitationFixture.citations(essay, "2")
        #expect(listed.count == 3)
        let memo = try #require(CitationFixture.authority(essay, "1"))
        #expect(memo.id == listed[1].authorityID)
        #expect(memo.title == "Widget Portfolio Guidance")
        #expect(memo.year == 2012)
        #expect(memo.url == "https://example.gov/m-13-09.pdf")
        #expect(CitationFixture.authority(essay, "3")?.url == "https://example.gov/a11")
    }

    @Test("documents the author's sentence names are citations, the words around them commentary")
    func mentionsInProse() throws {
        let essay = try CitationFixture.essay([
            "The rules of this part build upon existing widget requirements in OMB Statistical Policy Directives No. 1 and No. 2, available at <a href=\"https://example.gov/d1.pdf\">https://example.gov/d1.pdf</a> and <a href=\"https://example.gov/d2.pdf\">https://example.gov/d2.pdf</a>.",
            "A widget is large above the threshold defined by OMB Circular A-109 or by the agency.",
            "OMB has also issued guidance on widgets.",
        ])
        #expect(CitationFixture.citations(essay, "1").compactMap(\.authorityID).count == 2)
        // Only named, with no address or place in it: the author's words.
        #expect(CitationFixture.citations(essay, "2").isEmpty)
        #expect(CitationFixture.citations(essay, "3").isEmpty)
    }
}
