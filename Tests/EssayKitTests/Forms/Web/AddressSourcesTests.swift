import Testing
@testable import EssayKit

@Suite("Addresses and links in the author's words are pages cited")
struct AddressSourcesTests {
    private static func urls(_ essay: Essay, _ label: String) -> [String?] {
        CitationFixture.citations(essay, label).map { $0.authorityID.flatMap { essay.authority($0)?.url } }
    }

    @Test("`Appendix 9 with the Panel's closing memo, chaired by Sir Someone: http://...`: the page, titled by the words before it")
    func describedBefore() throws {
        let essay = try CitationFixture.essay(["Appendix 9 with the Panel's closing memo, chaired by Sir Someone: http://www.example.gov.uk/papers/memo.pdf"])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.url == "http://www.example.gov.uk/papers/memo.pdf")
        #expect(work.title == "Appendix 9 with the Panel's closing memo, chaired by Sir Someone")
    }

    @Test("a remark in closed parentheses before an address is no title, and two addresses after the same words are two pages")
    func closedRemarkAndSameWords() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe et al., Counting Seeds in Dry Fields (2023) (unpublished manuscript), https://preprints.example.org/abs/2301.00001",
            "Ben Poe et al., Counting Rain in Wet Fields (2022) (unpublished manuscript), https://preprints.example.org/abs/2202.00002",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(first.url == "https://preprints.example.org/abs/2301.00001")
        #expect(second.url == "https://preprints.example.org/abs/2202.00002")
        #expect(first.id != second.id)
        #expect(!first.title.hasPrefix("unpublished"))
        #expect(!second.title.hasPrefix("unpublished"))
    }

    @Test("a court database's address a converter broke, after the author's words, is the judgment its neutral citation names")
    func courtAddress() throws {
        let essay = try CitationFixture.essay([
            "*Roe v Doe* [2012] EWHC 1234 (QB) at para 40.",
            "The judge said it plainly (at para 41): http://www.bailii.org/ew/cases/EWHC/ QB/2012/1234.html",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        let cited = CitationFixture.citations(essay, "2").compactMap { $0.authorityID }
        #expect(cited == [first.id])
        #expect(essay.authorities.allSatisfy { $0.kind != .webpage })
    }

    @Test("two sites' addresses that their words title alike are two pages, never one")
    func sameTitleTwoAddresses() throws {
        let essay = try CitationFixture.essay(["Home. https://www.example-one.org/start", "Home. https://www.example-two.org/start"])
        let first = try #require(CitationFixture.authority(essay, "1"))
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(first.id != second.id)
        #expect(second.url == "https://www.example-two.org/start")
    }

    @Test("`Part 2 lies at http://a; Part 5 comes at http://b`: two pages")
    func twoPages() throws {
        let essay = try CitationFixture.essay(["Part 2 lies at http://www.example.gov.uk/b/p2.pdf; Part 5 comes at http://www.example.gov.uk/b/p5.pdf"])
        #expect(Self.urls(essay, "1") == ["http://www.example.gov.uk/b/p2.pdf", "http://www.example.gov.uk/b/p5.pdf"])
    }

    @Test("`Sudden hiccups. https://... as of 2 June 2022.`: the page, titled by the sentence before, the remark no part of it")
    func sentenceThenAddress() throws {
        let essay = try CitationFixture.essay(["Sudden hiccups. https://www.example-health.org/hiccups as of 2 June 2022.", "Leg cramps. https://www.example-health.org > cramps"])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.url == "https://www.example-health.org/hiccups")
        #expect(work.title == "Sudden hiccups")
        #expect(CitationFixture.authority(essay, "2")?.url == "https://www.example-health.org")
        #expect(CitationFixture.authority(essay, "2")?.title == "Leg cramps")
    }

    @Test("`...the ministry:see [File.pdf](http://...)`: a signal glued to the words, the link's file the page")
    func gluedSignal() throws {
        let essay = try CitationFixture.essay(["The clerk spoke against the ministry:see [Note-of-A-Clerk.pdf](http://www.example.org/files/2013/02/Note-of-A-Clerk.pdf)"])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.url == "http://www.example.org/files/2013/02/Note-of-A-Clerk.pdf")
        #expect(work.title == "Note-of-A-Clerk.pdf")
    }

    @Test("`para 8: [File.pdf](...)`: the place before the link is its pinpoint; the same address later is the same page")
    func placeBefore() throws {
        let essay = try CitationFixture.essay([
            "para 8: [Reply-of-Port-Board.pdf](http://www.example.org/files/2013/03/Reply-of-Port-Board.pdf)",
            "see para 30 of [Reply-of-Port-Board.pdf](http://www.example.org/files/2013/03/Reply-of-Port-Board.pdf)",
            "para 31",
        ])
        let first = try #require(CitationFixture.only(essay, "1"))
        #expect(first.pinpoint?.text == "para 8")
        let second = try #require(CitationFixture.only(essay, "2"))
        #expect(second.pinpoint?.text == "para 30")
        #expect(second.authorityID == first.authorityID)
        #expect(CitationFixture.only(essay, "3")?.authorityID == first.authorityID)
    }

    @Test("`p7, line 3, Ann Roe, http:// www.example.org/a/ b/File.pdf`: the address joined, the witness its author")
    func brokenAddress() throws {
        let essay = try CitationFixture.essay(["p7, line 3, Ann Roe, http:// www.example.org/files/ 2012/05/Transcript-of-Hearing-9-May-2012.pdf"])
        let citation = try #require(CitationFixture.only(essay, "1"))
        let work = try #require(citation.authorityID.flatMap { essay.authority($0) })
        #expect(work.url == "http://www.example.org/files/2012/05/Transcript-of-Hearing-9-May-2012.pdf")
        #expect(work.authors == ["Ann Roe"])
        #expect(citation.pinpoint?.text == "p7, line 3")
    }

    @Test("a link's text a converter cut (`[Day- 4.pdf](...)`) gives way to the file's name")
    func cutLinkText() throws {
        let essay = try CitationFixture.essay(["[Hearing-Record-Day- 4.pdf](http://www.example.org/files/2012/05/Hearing-Record-Day-4.pdf)"])
        #expect(CitationFixture.authority(essay, "1")?.title == "Hearing-Record-Day-4.pdf")
    }

    @Test("an address then the author's sentence about it: the page, the sentence no part of its title")
    func addressThenProse() throws {
        let essay = try CitationFixture.essay(["http://www.example.gov.uk/docs/survey.pdf Chapter 2 (page 12 et seq) describes the old quays."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.url == "http://www.example.gov.uk/docs/survey.pdf")
        #expect(work.title == "survey.pdf")
    }

    @Test("an address a citation already gave, or a copy of it, is no page of its own")
    func copyIsNoPage() throws {
        let essay = try CitationFixture.essay(["Ann Roe, *Quay Dues*, 4 PORT L.J. 7 (2010); an English translation is available at http://www.example.org/roe-en.pdf"])
        #expect(CitationFixture.citations(essay, "1").count == 1)
    }
}

@Suite("Addresses a converter broke across spaces")
struct AddressExtentTests {
    private static func extent(_ string: String) -> String {
        let text = CitationText(RichText(text: string))
        let end = AddressExtent.end(text, from: 0, end: text.bytes.count)
        return AddressExtent.address(text, 0..<end)
    }

    @Test("pieces that go on with the path are joined; prose, remarks and a sentence's period are not")
    func joins() {
        #expect(Self.extent("http:// www.example.org/wp-content/ uploads/2011/x.pdf") == "http://www.example.org/wp-content/uploads/2011/x.pdf")
        #expect(Self.extent("http://www.example.org/a/ Transcript-of-Day-3.pdf.") == "http://www.example.org/a/Transcript-of-Day-3.pdf")
        #expect(Self.extent("http://www.example.org/report.pdf Part 3 reviews") == "http://www.example.org/report.pdf")
        #expect(Self.extent("https://www.example.org/ Part 3") == "https://www.example.org/")
        #expect(Self.extent("https://www.example-clinic.org > pmc") == "https://www.example-clinic.org")
        #expect(Self.extent("http://www.example.org/a as of 4 May 2023.") == "http://www.example.org/a")
    }

    @Test("a file's name read from its address, escapes and empty parts passed over")
    func fileName() {
        #expect(URLParts.fileName(of: "http://www.example.org/a/Transcript-3-May-2011.pdf%20%20") == "Transcript-3-May-2011.pdf")
        #expect(URLParts.fileName(of: "http://www.example.org/a/b/%20/") == "b")
        #expect(URLParts.fileName(of: "https://www.example.org") == nil)
    }
}
