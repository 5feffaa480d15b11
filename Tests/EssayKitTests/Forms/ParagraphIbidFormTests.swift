import Testing
@testable import EssayKit

@Suite("NZ and AGLC `At [N].`: the work cited just before, at a paragraph")
struct ParagraphIbidFormTests {
    @Test("a paragraph, a dotted one, a range, and a page after `At` with the note's closing period")
    func places() throws {
        let essay = try CitationFixture.essay([
            "Ruru v Tane [2010] NZHC 881 at [40].",
            "At [41].",
            "At [3.12].",
            "At [120]–[124].",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        for (label, place) in [("2", "[41]"), ("3", "[3.12]"), ("4", "[120]–[124]")] {
            let citation = try #require(CitationFixture.only(essay, label))
            #expect(citation.form == .id)
            #expect(citation.authorityID == work.id)
            #expect(citation.pinpoint?.text == place)
        }
    }

    @Test("`Ibid at para 52` after a case reported by page: a judgment's paragraph lies in it; a Bluebook `¶` does not")
    func ibidAtPara() throws {
        let essay = try CitationFixture.essay([
            "Ruru v Canada (Minister of Fisheries), [1999] 2 SCR 817 at para 43.",
            "Ibid at para 52.",
            "Foo v. Bar, 1 U.S. 100.",
            "Id. at ¶ 100.",
        ])
        let citation = try #require(CitationFixture.only(essay, "2"))
        #expect(citation.authorityID == CitationFixture.authority(essay, "1")?.id)
        #expect(citation.pinpoint?.text == "para 52")
        #expect(CitationFixture.only(essay, "4")?.authorityID == nil)
    }

    @Test("`At 42.`: a page of the report cited just before")
    func page() throws {
        let essay = try CitationFixture.essay(["Pahi v Pahi (1885) 11 PD 40.", "At 42."])
        let citation = try #require(CitationFixture.only(essay, "2"))
        #expect(citation.form == .id)
        #expect(citation.authorityID == CitationFixture.authority(essay, "1")?.id)
        #expect(citation.pinpoint?.text == "42")
    }

    @Test("`At [44],` then the author's words: the paragraph is the citation, the rest commentary")
    func thenProse() throws {
        let essay = try CitationFixture.essay([
            "Ruru v Tane [2010] NZHC 881.",
            "At [44], the Judge went on to say that the mooring was lawful.",
        ])
        let citation = try #require(CitationFixture.only(essay, "2"))
        #expect(citation.authorityID == CitationFixture.authority(essay, "1")?.id)
        #expect(citation.pinpoint?.text == "[44]")
    }

    @Test("a bracket with no number after `At` is no place")
    func notAPlace() throws {
        let essay = try CitationFixture.essay(["Ruru v Tane [2010] NZHC 881.", "At [the hearing] counsel agreed."])
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.form != .id })
    }
}
