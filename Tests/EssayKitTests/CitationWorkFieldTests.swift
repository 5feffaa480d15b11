import Testing
@testable import EssayKit

/// The rules by which a full citation's fields give a work its title, container and pinpoint, each
/// as real law-review notes write them (issue 13, item 5).
@Suite("Work fields")
struct CitationWorkFieldTests {
    @Test("a page after a newsletter's paragraph, with or without a date between, is the pinpoint")
    func newsletterParagraphPage() throws {
        let essay = try CitationFixture.essay([
            "*See* Ralph C. Nash, Jr., *Solutions-Based Contracting*, 11 Nash & Cibinic Rep. ¶ 17, at 60 (Apr. 1997).",
            "*Cohen Plans IT Procurement Reform Legislation*, 37 Gov't Contractor ¶ 83, Jan. 15, 1995, at 8–9 (observing that it was late).",
        ])
        let nash = try #require(CitationFixture.authority(essay, "1"))
        #expect(nash.volume == "11")
        #expect(nash.container == "Nash & Cibinic Rep. ¶")
        #expect(nash.firstPage == "17")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "60")
        let cohen = try #require(CitationFixture.authority(essay, "2"))
        #expect(cohen.firstPage == "83")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "8–9")
    }

    @Test("a page after a title in emphasis is a pinpoint even when the date comes later")
    func pageAfterEmphasizedTitle() throws {
        let essay = try CitationFixture.essay([
            "Adrian Royce, *Agile in Government: Successful On-Time Delivery* 1, *in* Conference Papers, 20th Australian Software Engineering Conference (2009).",
            "Victor Szalvay, Danube Techs., Inc., [An Introduction to Agile Software Development](http://example.com/intro.pdf)1 (2004).",
        ])
        let royce = try #require(CitationFixture.authority(essay, "1"))
        #expect(royce.title == "Agile in Government: Successful On-Time Delivery")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "1")
        let szalvay = try #require(CitationFixture.authority(essay, "2"))
        #expect(szalvay.title.hasSuffix("Agile Software Development"))
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "1")
    }

    @Test("a comma inside the title's emphasis ends the title, as a PDF conversion italicises it")
    func commaInsideEmphasis() throws {
        let essay = try CitationFixture.essay([
            "Lan Cao & Balasubramaniam Ramesh, _Agile Requirements Engineering Practices: An Empirical Study,_ IEEE SOFTWARE, Jan./Feb. 2008, at 60, 64.",
            "Cao & Ramesh, *supra* note 1, at 63.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.authors == ["Lan Cao", "Balasubramaniam Ramesh"])
        #expect(work.title == "Agile Requirements Engineering Practices: An Empirical Study")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "64")
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
    }

    @Test("`available at` and an address give the work's address, however many words the address holds")
    func availableAt() throws {
        let essay = try CitationFixture.essay([
            "VICTOR SZALVAY, AN INTRODUCTION TO AGILE SOFTWARE DEVELOPMENT 1 (2004), _available at_ http://www.danube.com/docs/intro/agile/a.pdf.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "AN INTRODUCTION TO AGILE SOFTWARE DEVELOPMENT")
        #expect(work.url == "http://www.danube.com/docs/intro/agile/a.pdf")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "1")
    }
}

@Suite("Policy writing's fields")
struct PolicyStyleFieldTests {
    @Test("a company's Inc. and a title ending in a date stay whole; a journal's vol., no. and page span are its place, not a pinpoint")
    func companyFilingAndJournalVolume() throws {
        let essay = try CitationFixture.essay([
            "Acme Widgets, Inc., Form 10-K for the Fiscal Year Ended December 31, 2025, filed with the SEC, February 19, 2026, pp. 35, 37.",
            "Ann Able and Bob Baker, \"Auctions for Widgets,\" Example Economic Journal: Micro, vol. 15, no. 1 (2023), pp. 142-170.",
            "Cat Cole et al., \"Widget Salience,\" Example Science, vol 40, no. 4 (July-August 2021), pp. 619-636, https://doi.org/10.1/x.",
        ])
        let filing = try #require(CitationFixture.authority(essay, "1"))
        #expect(filing.authors == ["Acme Widgets, Inc."])
        #expect(filing.title == "Form 10-K for the Fiscal Year Ended December 31, 2025")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "pp. 35, 37")
        let article = try #require(CitationFixture.authority(essay, "2"))
        #expect(article.volume == "15")
        #expect(article.firstPage == "142")
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "3")?.volume == "40")
        #expect(CitationFixture.only(essay, "3")?.pinpoint == nil)
    }
}

@Suite("Congressional papers and sentence ends")
struct CongressionalPaperTests {
    @Test("a hearing's S.Hrg. number is its number, not a pinpoint; a period after a parenthesis ends the citation, so its hereinafter counts")
    func hearingNumberAndHereinafter() throws {
        let essay = try CitationFixture.essay([
            "U.S. Congress, Senate Committee on Widgets, Widget Prices, hearing, 118th Cong., 1st sess., January 24, 2023, S.Hrg. 118-31 (Washington, DC: GPO, 2023).",
            "Widgetworld, Online Widget Sales in the U.S., September 2025, p. 3 (hereinafter Widgetworld, Online Widget Sales in the U.S.).",
            "Widgetworld, Online Widget Sales in the U.S., p. 19.",
        ])
        let hearing = try #require(CitationFixture.authority(essay, "1"))
        #expect(hearing.documentNumber == "118-31")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        let report = try #require(CitationFixture.authority(essay, "2"))
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. 3")
        #expect(CitationFixture.authority(essay, "3")?.id == report.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "p. 19")
    }
}
