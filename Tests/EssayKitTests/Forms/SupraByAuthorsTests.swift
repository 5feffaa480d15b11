import Testing
@testable import EssayKit

@Suite("supra by authors' names, and supra as a cross-reference")
struct SupraByAuthorsTests {
    @Test("a supra naming several authors picks the work of the note its first author wrote")
    func firstAuthorPicks() throws {
        let essay = try CitationFixture.essay([
            "See Alder v. Birch, 552 U.S. 312, 330 (2008). For more, see CRS Report R12345, A Primer on Trees, by Ann Q. Oakley, Ben R. Pine, and Cal S. Yew (2023).",
            "Oakley, Pine & Yew, supra note 1, at 17.",
        ])
        let report = try #require(CitationFixture.citations(essay, "1").last?.authorityID)
        #expect(report != "alder-v-birch-2008")
        #expect(CitationFixture.only(essay, "2")?.authorityID == report)
    }

    @Test("authors before supra never mean the note's only work when it is a case: unresolved, with an error")
    func neverACase() throws {
        let essay = try CitationFixture.essay([
            "See Alder v. Birch, 552 U.S. 312, 330 (2008).",
            "Oakley, Pine & Yew, supra note 1, at 17.",
        ])
        #expect(CitationFixture.only(essay, "2")?.authorityID == nil)
        #expect(CitationFixture.citationErrors(essay).contains { $0.message.contains("only the case") })
    }

    @Test("supra note N inside the author's sentence points at the note and cites nothing")
    func crossReference() throws {
        let essay = try CitationFixture.essay([
            "See 21 U.S.C. § 355; 42 U.S.C. § 262.",
            "While such products are regulated under the Act, see supra note 1, section 351(j) applies other rules. 42 U.S.C. § 262(j).",
        ])
        let cited = CitationFixture.citations(essay, "2")
        #expect(cited.count == 1)
        #expect(cited.first?.pinpoint?.text == "(j)")
    }
    @Test("an author's name in capitals before supra means the note's one book by that author among the author's articles")
    func capitalsNameMeansTheBook() throws {
        let essay = try CitationFixture.essay([
            "Ida Moss, Widget Speed, 12 J. Widget Stud. 30 (1950); Ida Moss, Gadget Speed, 14 J. Widget Stud. 80 (1952); see IDA MOSS, THE WIDGET BOOK, 10-12 (1960).",
            "MOSS, supra note 1, at 44.",
            "Moss, supra note 1, at 44.",
        ])
        let book = try #require(CitationFixture.authority(essay, "2"))
        #expect(book.kind == .book)
        #expect(book.title == "THE WIDGET BOOK")
        // In roman type the name names all three: no guess.
        #expect(CitationFixture.authority(essay, "3") == nil)
    }
}
