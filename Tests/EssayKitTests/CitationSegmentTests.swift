import Testing
@testable import EssayKit

@Suite("Citation clauses and commentary")
struct CitationSegmentTests {
    private static func segments(_ essay: Essay, _ label: String) -> [(FootnoteSegment.Kind, String)] {
        (essay.footnote(label)?.segments ?? []).map { ($0.kind, String($0.text)) }
    }

    @Test("each signal is recognised and kept apart from the citation text", arguments: [
        "See", "See, e.g.,", "See generally", "See especially", "See also", "Cf.", "But see", "But cf.", "Accord",
        "Contra", "E.g.,", "See generally, e.g.,", "See, e.g.", "See e.g.",
    ])
    func signals(signal: String) throws {
        let essay = try CitationFixture.essay(["\(signal) RICHARD ROE, *WAR AND PEACE* (2012)."])
        let citation = try #require(CitationFixture.only(essay, "1"))
        #expect(citation.signal == signal)
        #expect(citation.text == "RICHARD ROE, WAR AND PEACE (2012)")
        #expect(citation.authorityID == "roe-2012-war")
    }

    @Test("the author's note is pure commentary, even with semicolons and a journal's name in emphasis")
    func authorNote() throws {
        let text = """
        # Fixture Essay

        Ada Writer\\*

        Body sentence.<sup>1</sup>

        ---

        \\* Professor of Law, Example University; Fellow, Example Institute. My thanks to the editors of the *Example Journal of International Law* for their care.

        1. RICHARD ROE, *WAR* (2012).
        """
        let essay = try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
        let note = try #require(essay.footnote("*"))
        #expect(note.citations.isEmpty)
        #expect(note.segments.map(\.kind) == [.commentary])
        #expect(essay.footnote("1")?.citations.count == 1)
    }

    @Test("explanatory sentences after a citation are commentary")
    func commentaryAfterCitation() throws {
        let essay = try CitationFixture.essay([
            "Ann Writer, *A Declaration*, EXAMPLE FOUNDATION (February 8, 1996), <https://example.org/declaration>. The Declaration served as a manifesto for the foundation, which Writer co-founded.",
            "*Id.* This reflection is typical of the author. He asks us to look for good faith behind a claim. Why? That matters to him.",
        ])
        let first = Self.segments(essay, "1")
        #expect(first.map(\.0) == [.citation, .commentary])
        #expect(first.last?.1 == "The Declaration served as a manifesto for the foundation, which Writer co-founded.")
        #expect(CitationFixture.citations(essay, "1").count == 1)
        let second = Self.segments(essay, "2")
        #expect(second.map(\.0) == [.citation, .commentary])
        #expect(second.last?.1.hasPrefix("This reflection is typical") == true)
        #expect(CitationFixture.only(essay, "2")?.form == .id)
    }

    @Test("a signal followed by prose, then Id.: the prose is commentary, the Id. a citation")
    func signalBeforeProse() throws {
        let essay = try CitationFixture.essay([
            "RICHARD ROE, *WAR* (2012).",
            "See, for instance, Roe’s call for elimination of the “reverse veto,” in which members “block[] it from acting.” *Id.* at 577–88.",
        ])
        let segments = Self.segments(essay, "2")
        #expect(segments.map(\.0) == [.commentary, .citation])
        #expect(segments.last?.1 == "Id. at 577–88")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "577–88")
    }

    @Test("a lead-in phrase ending in a lower-case signal is commentary; the citation after it is not")
    func leadInPhrase() throws {
        let essay = try CitationFixture.essay([
            "For a detailed study of multi-party governance in the forum of the UN, see generally JANE MALLORY, MULTI-PARTY GOVERNANCE (2008).",
        ])
        let segments = Self.segments(essay, "1")
        #expect(segments.map(\.0) == [.commentary, .citation])
        #expect(segments.first?.1 == "For a detailed study of multi-party governance in the forum of the UN")
        #expect(CitationFixture.only(essay, "1")?.signal == "see generally")
    }

    @Test("a document symbol in parentheses inside commentary is cited; a web page after See too")
    func citationInsideCommentary() throws {
        let essay = try CitationFixture.essay([
            "Consider, for instance, the debate over encryption. In the context of my 2015 report to the Council on encryption (UN Doc. A/HRC/29/32) many groups expressed concern about regulation. See <https://www.example.org/Pages/Submissions.aspx>.",
        ])
        let segments = Self.segments(essay, "1")
        #expect(segments.map(\.0) == [.commentary, .citation])
        let citations = CitationFixture.citations(essay, "1")
        #expect(citations.map(\.authorityID) == ["un-doc-a-hrc-29-32", "example-submissions"])
        #expect(citations.first?.text == "UN Doc. A/HRC/29/32")
        #expect(essay.authority("un-doc-a-hrc-29-32")?.kind == .document)
    }

    @Test("a report's quotation after its citation is commentary; the link is the report's address")
    func quotationAfterReport() throws {
        let essay = try CitationFixture.essay([
            "See generally HUMAN RIGHTS WATCH, WORLD REPORT 2019 (Oct. 2019), [https://example.org/wr\\_2019.pdf](https://example.org/wr_2019.pdf). The report opens darkly, “Freedom is in retreat around the world.”",
        ])
        #expect(Self.segments(essay, "1").map(\.0) == [.citation, .commentary])
        #expect(CitationFixture.authority(essay, "1")?.url == "https://example.org/wr_2019.pdf")
    }

    @Test("citation text ranges point at the citation in the footnote text and in the file")
    func ranges() throws {
        let essay = try CitationFixture.essay(["See JOHN SMITH, THE BOOK OF THINGS (2010); cf. KIM KOE, *ZERO HOUR* (2015)."])
        let footnote = try #require(essay.footnote("1"))
        let texts = footnote.citations.map { footnote.content.substring($0.textRange) }
        #expect(texts == ["See JOHN SMITH, THE BOOK OF THINGS (2010)", "cf. KIM KOE, ZERO HOUR (2015)"])
        #expect(footnote.citations.first?.range.start.line == footnote.range.start.line)
        #expect(footnote.citations.map(\.range.start.column) == [4, 47])
    }

    @Test("two citations joined by `, and` are two clauses; a title's own list (`Theories, Tools, and Trends`) is not cut")
    func citationsJoinedByAnd() throws {
        let essay = try CitationFixture.essay([
            "Office of Example Audits (OEA), Widget Markets, May 2019, https://example.gov/w.pdf (hereinafter OEA, Widget Markets).",
            "OEA, Widget Markets, pp. 42-45, and Hannah Roe, \"Widgets Sing the Blues,\" Example Journal, March 26, 2014, https://example.com/roe.",
            "Example Desk, \"How Are Widget Prices Set?\" Example Help Center, https://example.com/help/1, and Other Co., \"What Fees Are There?,\" Other Help Center, https://example.org/help/2.",
            "CRS Report R45153, Statutory Widgets: Theories, Tools, and Trends, by Valerie C. Doe (2023).",
        ])
        let two = CitationFixture.citations(essay, "2")
        #expect(two.count == 2)
        #expect(two.first?.pinpoint?.text == "pp. 42-45")
        #expect(two.first?.authorityID == CitationFixture.authority(essay, "1")?.id)
        #expect(two.last.flatMap { $0.authorityID.flatMap { essay.authority($0) } }?.authors == ["Hannah Roe"])
        #expect(CitationFixture.citations(essay, "3").count == 2)
        #expect(CitationFixture.authority(essay, "4")?.title == "Statutory Widgets: Theories, Tools, and Trends")
    }
}

@Suite("Citations in the author's parentheses")
struct CommentaryParentheticalTests {
    @Test("a parenthesis in the author's sentence that opens with a signal holds a citation; one without holds none")
    func signalledParenthesis() throws {
        let essay = try CitationFixture.essay([
            "Widgetmaster bought WidgetWeb in 2000 (see Bruce Roe, \"Widgetmaster Buys WidgetWeb,\" Example Journal, May 30, 2000, https://example.com/roe).",
            "Widgetmaster bought WidgetWeb (in a deal the press reported widely, see the notes above).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.url == "https://example.com/roe")
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }
}

@Suite("Web pages cited by title and address alone")
struct TitleAndAddressTests {
    @Test("a page by its publisher, quoted title and address, with no date or number, is a web page; a second after `, and` too")
    func titleAndAddress() throws {
        let essay = try CitationFixture.essay([
            "See WidgetCo, \"Terms of Use,\" last updated May 2, 2024, https://widgetco.example/terms, and WidgetHub, \"Seller Policies,\" https://www.widgethub.example/legal?section=sp.",
            "WidgetHub, \"Other FAQs: Does WidgetHub Charge a Fee?,\" https://support.widgethub.example/faq.",
        ])
        let pages = CitationFixture.citations(essay, "1").compactMap { $0.authorityID.flatMap { essay.authority($0) }?.url }
        #expect(pages == ["https://widgetco.example/terms", "https://www.widgethub.example/legal?section=sp"])
        #expect(CitationFixture.authority(essay, "2")?.url == "https://support.widgethub.example/faq")
    }
}
