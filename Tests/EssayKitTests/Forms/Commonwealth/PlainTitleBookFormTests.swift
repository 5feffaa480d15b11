import Testing
@testable import EssayKit

/// A book cited in the New Zealand style with its italics lost: names, title, the publication
/// facts in brackets, the pinpoint after ` at `.
@Suite("Books with plain titles and a bracket of publication facts")
struct PlainTitleBookFormTests {
    @Test("the first two words are the author, the rest the title, the bracket's publisher and year the facts")
    func bookWithEdition() throws {
        let essay = try CitationFixture.essay([
            "Mere Tapsell Harbour Law in Practice (3rd ed, Tide Press, Nelson, 2014) at [12.4].",
            "Wiremu Hona and others Port Review Handbook (online looseleaf ed, Tide Press) at [41.2].",
            "See Ann Roe, Rules of the Wharf (Quay Books, Napier, 2001).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .book)
        #expect(first.title == "Harbour Law in Practice")
        #expect(first.authors == ["Mere Tapsell"])
        #expect(first.container == "Tide Press")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "[12.4]")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.title == "Port Review Handbook")
        #expect(second.authors == ["Wiremu Hona"])
        #expect(CitationFixture.authority(essay, "3")?.title == "Rules of the Wharf")
        #expect(CitationFixture.authority(essay, "3")?.authors == ["Ann Roe"])
    }

    @Test("a case, prose, a Chicago bracket or a bracket of no facts is no such book")
    func notBooks() {
        for written in [
            "Roe v Doe Holdings (High Court, Napier, 2001)",
            "The Court said this (in its view, wrongly, 2001)",
            "Ann Roe Harbour Rules (Boston: Tide Press, 2001), 45",
            "Ann Roe Harbour Rules (the leading work, still)",
            "Ann Roe Harbour Rules (Tide Press, 2001) was cited",
            "THE  LAW  OF  SAFE  HARBOURS (Ann Roe & Bo Poe eds., 2010)",
            "Harbour Rules of the Pacific (Ann Roe ed., 2010)",
            "The Harbour Rules of Nelson (Tide Press, 2010)",
        ] {
            let text = CitationText(RichText(text: written))
            #expect(PlainTitleBookForm.read(text, 0..<text.bytes.count) == nil, "\(written)")
        }
    }
}

/// A quoted title after names with no comma, as the New Zealand style prints chapters, articles
/// and papers (`Mere Tapsell “Wharves and Trusts” [2011] NZ Law Rev 301`).
@Suite("Quoted titles after names with no comma")
struct NamesBeforeQuotedTitleTests {
    @Test("a year-volume article and a chapter are read with their authors")
    func articleAndChapter() throws {
        let essay = try CitationFixture.essay([
            "Mere Tapsell “Wharves and Trusts” [2011] NZ Law Rev 301 at 310.",
            "See Rua Kemp “Wharf Rights” in Ana Hale (ed) Harbour Law of the Pacific (2nd ed, Tide Press, Nelson, 2010) 1101 at 1120.",
        ])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.title == "Wharves and Trusts")
        #expect(article.authors == ["Mere Tapsell"])
        #expect(article.firstPage == "301")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "310")
        let chapter = try #require(CitationFixture.authority(essay, "2"))
        #expect(chapter.title == "Wharf Rights")
        #expect(chapter.authors == ["Rua Kemp"])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "1120")
    }

    @Test("prose before a quotation is no names")
    func proseBeforeQuotation() {
        let text = CitationText(RichText(text: "The judge said “Wharves are trusts” (2011) at 4"))
        #expect(QuotedTitleLead.read(text, 0..<text.bytes.count) == nil)
    }
}
