import Testing
@testable import EssayKit

/// An article cited by volume and issue (`41(2) Yale J. Int'l L. 203, 219`), as Canadian, UK and
/// philosophy journals print it, or with its first page glued to the journal (`L.311`).
@Suite("Volume and issue of an article")
struct IssueVolumeTests {
    @Test("a volume with its issue in brackets is the article's volume; the first page is no pinpoint")
    func volumeAndIssue() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Borders of the Salt Marsh, 41(2) Ott. J. Int'l Stud. 203, 219 (2016).",
            "Bo Best, *Tidal Duties*, 12(3-4) Ott. J. Coast. L. 77 (2001).",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.title == "Borders of the Salt Marsh")
        #expect(article.volume == "41")
        #expect(article.container == "Ott. J. Int'l Stud.")
        #expect(article.firstPage == "203")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "219")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.volume == "12")
        #expect(second.firstPage == "77")
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
    }

    @Test("a first page glued to the journal's last abbreviation is that page")
    func gluedPage() throws {
        let essay = try CitationFixture.essay(["Cy Cole, Salt Law, 44 Am. J. Coast. L.311, 320 (2009)."])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.kind == .article)
        #expect(article.container == "Am. J. Coast. L.")
        #expect(article.firstPage == "311")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "320")
    }

    @Test("a section's subsection before a code is no volume and issue")
    func sectionIsNoIssue() throws {
        #expect(CitationField.issueOpening(CitationText(RichText(text: "12(b)(6)")), 0..<8) == nil)
        #expect(CitationField.issueOpening(CitationText(RichText(text: "5(a)")), 0..<4) == nil)
        #expect(CitationField.issueOpening(CitationText(RichText(text: "41(2)")), 0..<5) == 2)
    }
}

/// A journal's first abbreviation after its volume does not end the citation's sentence.
@Suite("Journal abbreviation after a volume")
struct JournalAbbreviationAfterVolumeTests {
    @Test("an abbreviation the table of pairs does not know, after a volume and issue, goes on")
    func unknownPair() throws {
        let essay = try CitationFixture.essay([
            "Bo Best, Tidal Duties, 12(3) Ott. J. Coast. L. 77 (2001).",
            "Cy Cole, Salt Rights, 9 Can. J. Coast. L. 5, 8 (1999).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Tidal Duties")
        #expect(CitationFixture.authority(essay, "1")?.volume == "12")
        #expect(CitationFixture.authority(essay, "2")?.title == "Salt Rights")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "8")
    }
}
