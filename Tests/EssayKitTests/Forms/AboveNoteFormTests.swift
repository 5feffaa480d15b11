import Testing
@testable import EssayKit

@Suite("NZ and AGLC `above n N`: the note that cites a work in full")
struct AboveNoteFormTests {
    /// Two decisions of one dispute with their bracketed labels, a third with a label alone, and a
    /// note citing two decisions told apart only by their labels.
    private static let notes = [
        "Tane v Ruru [2012] NZSC 12, [2012] 2 NZLR 310 [Tane (SC)].",
        "Ruru v Tane [2010] NZHC 881 at [40] [Ruru (HC)].",
        "Tane v Ruru [2011] NZCA 77 at [12] [first appeal].",
        "Tane v Ruru [2013] NZHC 100 [Tane (bail ruling)]; Tane v Ruru [2013] NZHC 200 [Tane (costs ruling)].",
    ]

    @Test("a labelled name, commas and a bracketed paragraph: the work of that note at that paragraph")
    func labelledWithCommas() throws {
        let essay = try CitationFixture.essay(Self.notes + ["Tane (SC), above n 1, at [15]."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        let citation = try #require(CitationFixture.only(essay, "5"))
        #expect(citation.form == .supra)
        #expect(citation.authorityID == work.id)
        #expect(citation.pinpoint?.text == "[15]")
    }

    @Test("two pointers in one note, a paragraph range, and a case's own name with a page")
    func rangesAndNames() throws {
        let essay = try CitationFixture.essay(Self.notes + [
            "See Tane (SC), above n 1, at [15]–[18]; and Ruru (HC), above n 2, at [4].",
            "Ruru v Tane, above n 2, at 236.",
        ])
        let citations = CitationFixture.citations(essay, "5")
        #expect(citations.map { $0.pinpoint?.text } == ["[15]–[18]", "[4]"])
        #expect(citations.map(\.authorityID) == [CitationFixture.authority(essay, "1")?.id, CitationFixture.authority(essay, "2")?.id])
        let page = try #require(CitationFixture.only(essay, "6"))
        #expect(page.authorityID == CitationFixture.authority(essay, "2")?.id)
        #expect(page.pinpoint?.text == "236")
    }

    @Test("no commas, a label printed alone after the cite, and a sub-paragraph")
    func labelAlone() throws {
        let essay = try CitationFixture.essay(Self.notes + ["Tane (first appeal) above n 3 at [17](b)."])
        let citation = try #require(CitationFixture.only(essay, "5"))
        #expect(citation.authorityID == CitationFixture.authority(essay, "3")?.id)
        #expect(citation.pinpoint?.text == "[17](b)")
    }

    @Test("a note citing two works: only the label tells them apart, and a label neither bears names neither")
    func twoWorks() throws {
        let essay = try CitationFixture.essay(Self.notes + [
            "Tane (costs ruling) above n 4 at [3].",
            "Tane (bail ruling) above n 4.",
            "Tane (appeal) above n 4 at [2].",
        ])
        let works = essay.authorities.filter { $0.footnotes.contains("4") }.map(\.id)
        #expect(works.count == 2)
        #expect(CitationFixture.only(essay, "5")?.authorityID == CitationFixture.citations(essay, "4").last?.authorityID)
        #expect(CitationFixture.only(essay, "6")?.authorityID == CitationFixture.citations(essay, "4").first?.authorityID)
        #expect(CitationFixture.only(essay, "7")?.authorityID == nil)
    }

    @Test("with no name: every work of the note; with its `n` dropped after a name and comma")
    func namelessAndDroppedN() throws {
        let essay = try CitationFixture.essay(Self.notes + ["See above n 4.", "Tane (SC), above 1, at [9]."])
        #expect(CitationFixture.citations(essay, "5").count == 2)
        let dropped = try #require(CitationFixture.only(essay, "6"))
        #expect(dropped.authorityID == CitationFixture.authority(essay, "1")?.id)
        #expect(dropped.pinpoint?.text == "[9]")
    }

    @Test("`above` in the author's words with no note's number is no pointer")
    func prose() throws {
        let essay = try CitationFixture.essay(["The water rose above 38 degrees.", "As noted above, the point stands."])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.form != .supra })
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.form != .supra })
    }
}
