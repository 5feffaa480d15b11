import Testing
@testable import EssayKit

@Suite("Articles and chapters as McGill, OSCOLA and the AGLC cite them")
struct CommonwealthArticleFormTests {
    @Test("a quoted title with no comma, the year in brackets, volume, journal, page and pinpoint")
    func articles() throws {
        let essay = try CitationFixture.essay([
            "See Ines Vale, \"Dry Docks and the Press\" (2016) 44:3 Dal LJ 310 at 322.",
            "Otto Brand, 'Trusts Without Trustees' (2011) 27 Oxford Journal of Private Law 455, 461.",
            "Ruth Sala and Piet Kern, 'Tolls on Small Rivers' [2019] CLJ 45, 50.",
            "Lena Hart, 'Wharf Leases' (2018) 12(3) Syd L Rev 8.",
        ])
        let mcgill = try #require(CitationFixture.only(essay, "1"))
        #expect(mcgill.pinpoint?.text == "322")
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .article)
        #expect(first.title == "Dry Docks and the Press")
        #expect(first.authors == ["Ines Vale"])
        #expect(first.volume == "44")
        #expect(first.container == "Dal LJ")
        #expect(first.firstPage == "310")
        #expect(first.year == 2016)
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.container == "Oxford Journal of Private Law")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "461")
        let third = try #require(CitationFixture.authority(essay, "3"))
        #expect(third.authors == ["Ruth Sala", "Piet Kern"])
        #expect(third.container == "CLJ")
        #expect(third.firstPage == "45")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "50")
        #expect(CitationFixture.authority(essay, "4")?.volume == "12")
        #expect(CitationFixture.authority(essay, "4")?.firstPage == "8")
    }

    @Test("a draft's comma between the title and the year's bracket is read as the form it slips from")
    func commaBeforeYear() throws {
        let essay = try CitationFixture.essay([
            "G.H. Vale and B. Quint, “The Selection of Harbours”, (1984) 13 Journal of Port Studies 1.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "The Selection of Harbours")
        #expect(article.volume == "13")
        #expect(article.firstPage == "1")
    }

    @Test("authors in capitals, no space between the year's bracket and the volume")
    func gluedVolume() throws {
        let essay = try CitationFixture.essay([
            "J ROE, \"The Limits of Asylum\" (2009)28(4) Wanderers Studies Quarterly 63.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.authors == ["J ROE"])
        #expect(article.volume == "28")
        #expect(article.container == "Wanderers Studies Quarterly")
        #expect(article.firstPage == "63")
    }

    @Test("the journal's address in angle brackets before the first page; a chapter's first page and pinpoint unspaced")
    func addressBeforePage() throws {
        let essay = try CitationFixture.essay([
            "K VALE, “Harbour Dues” (2011)14(2) Journal of Port Studies <:https://www.example.org/stable/1234567>, 88, 90.",
            "B ORTIZ, “Quays” in P LANE (eds) Ports in Law (Bay Press 2014), 201,205.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.container == "Journal of Port Studies")
        #expect(article.firstPage == "88")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "90")
        let chapter = try #require(CitationFixture.authority(essay, "2"))
        #expect(chapter.firstPage == "201")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "205")
    }

    @Test("a title opened with the closing double mark, as smart quotes turn it")
    func closingMarkOpens() throws {
        let essay = try CitationFixture.essay([
            "K SMITH, M JONES, ”Sea Rescue” (2012) 14 European Journal of Travel Law 221, 230.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "Sea Rescue")
        #expect(article.authors == ["K SMITH", "M JONES"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "230")
    }

    @Test("a forthcoming article: the year and forthcoming in brackets, the journal to the end")
    func forthcoming() throws {
        let essay = try CitationFixture.essay([
            "Ann Pell and Bo Reyes, “Sorry Is Cheap” (2019, forthcoming) Harbour Law Review.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "Sorry Is Cheap")
        #expect(article.container == "Harbour Law Review")
        #expect(article.year == 2019)
    }

    @Test("a later supra by the author's name finds the article")
    func supra() throws {
        let essay = try CitationFixture.essay([
            "Ines Vale, \"Dry Docks and the Press\" (2016) 44:3 Dal LJ 310 at 322.",
            "Vale, supra note 1 at 330.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == article.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "330")
    }

    @Test("a chapter: the book in emphasis is its container, the page after the bracket its first")
    func chapter() throws {
        let essay = try CitationFixture.essay([
            "Ada Roe, \"Dock Rules\" in Ivo Sand & Eve Hart, eds, *Ports in Law* (Bay Press, 2011) 57 at 60.",
        ])
        let chapter = try #require(CitationFixture.authority(essay, "1"))
        #expect(chapter.title == "Dock Rules")
        #expect(chapter.container == "Ports in Law")
        #expect(chapter.year == 2011)
        #expect(chapter.firstPage == "57")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "60")
    }
}

@Suite("What a McGill or OSCOLA article is not")
struct CommonwealthArticleFormLimitTests {
    @Test("a Chicago title with its comma inside the quotation marks is left to the other forms")
    func chicago() throws {
        let essay = try CitationFixture.essay([
            "Ann Lee, \"Dock Wages,\" Harbor Review 12 (2019): 45.",
        ])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.pinpoint?.text != "45" || $0.authorityID != nil })
        #expect(CitationFixture.authority(essay, "1")?.title != "Dock Wages,")
    }

    @Test("a quotation in the author's sentence before a year is no article")
    func prose() throws {
        let essay = try CitationFixture.essay([
            "The board wrote, \"no more ships\" (2019) and then it closed.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
    }
}
