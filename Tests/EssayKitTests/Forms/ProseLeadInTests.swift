import Testing
@testable import EssayKit

/// A full citation led into by the author's own words with no signal: a sentence up to a link
/// (`This is described in Jane Roe and Sam Poe, Title, Publisher, 2019, p. 67`), or an opening
/// phrase (`For example,`, `As of June 3, 2025,`, `CRS calculation based on`). The words are
/// commentary, never the work's.
@Suite("A citation led into by the author's words")
struct ProseLeadInTests {
    private func works(_ essay: Essay, _ label: String) -> [Authority] {
        CitationFixture.citations(essay, label).compactMap { $0.authorityID.flatMap { essay.authority($0) } }
    }

    @Test("a sentence ending in a link word leads into the authors, the title and the pages")
    func describedIn() throws {
        let essay = try CitationFixture.essay([
            "This is described in Jane Roe and Sam Poe, The Widget Economy in Transition, Widget Press, 2019, p. 67; and in Ann Able, Gadget Markets, Gadget House, 2020, p. 12.",
        ])
        let found = works(essay, "1")
        #expect(found.count == 2)
        #expect(found.first?.title.hasPrefix("The Widget Economy in Transition") == true)
        #expect(found.last?.title.hasPrefix("Gadget Markets") == true)
        #expect(found.first?.authors == ["Jane Roe", "Sam Poe"])
        #expect(found.last?.authors == ["Ann Able"])
        #expect(CitationFixture.citations(essay, "1").map { $0.pinpoint?.text } == ["p. 67", "p. 12"])
        let commentary = essay.footnote("1")?.segments.filter { $0.kind == .commentary }.map { String($0.text) } ?? []
        #expect(commentary.first == "This is described in")
    }

    @Test("every particle of a surname joins the name after the link, not only the commonest")
    func particleInName() throws {
        let essay = try CitationFixture.essay([
            "This is described in Ann ter Horst, The Widget Economy in Transition, Widget Press, 2019, p. 67.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(book.authors == ["Ann ter Horst"])
        #expect(book.title.hasPrefix("The Widget Economy in Transition"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "p. 67")
    }

    @Test("an agency after `come from` or `appears in` is the work's author, not the author's words")
    func agencyAfterProse() throws {
        let essay = try CitationFixture.essay([
            "The figures come from Widget Safety Agency, Widget Incident Database, 2022, https://example.gov/widgets.",
            "A longer account appears in Bo Best, Gadget Rules Since 1990 (Gadget Press, 2018), pp. 33-35.",
        ])
        let database = try #require(CitationFixture.authority(essay, "1"))
        #expect(database.title.contains("Widget Incident Database"))
        #expect(!database.title.contains("figures"))
        let book = try #require(CitationFixture.authority(essay, "2"))
        #expect(book.title == "Gadget Rules Since 1990")
        #expect(book.authors == ["Bo Best"])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "pp. 33-35")
    }

    @Test("a name that holds a link word stays whole: a letter from one person to another, a report by an agency")
    func namesWithLinksStayWhole() throws {
        let essay = try CitationFixture.essay([
            "Letter from Jane Roe to Sam Poe, Widget Safety Agency, March 3, 2021.",
            "Report by the Widget Safety Agency to Congress, Widget Recalls, 2020, p. 4.",
        ])
        let letter = try #require(CitationFixture.authority(essay, "1"))
        #expect(letter.title.hasPrefix("Letter from Jane Roe to Sam Poe"))
        let report = try #require(CitationFixture.authority(essay, "2"))
        #expect(report.title.contains("Report by the Widget Safety Agency to Congress"))
    }

    @Test("two people's surnames and the title, later, name the work the full citation did")
    func pairShortForm() throws {
        let essay = try CitationFixture.essay([
            "This is described in Jane Roe and Sam Poe, The Widget Economy in Transition, Widget Press, 2019, p. 67.",
            "Roe and Poe, The Widget Economy in Transition, p. 12.",
        ])
        let first = try #require(CitationFixture.only(essay, "1")?.authorityID)
        #expect(CitationFixture.only(essay, "2")?.authorityID == first)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "p. 12")
    }

    @Test("prose that leads into no citation stays commentary")
    func proseAlone() throws {
        let essay = try CitationFixture.essay([
            "This is discussed in Part II, below, at greater length.",
            "The same point is made by Roe, who reaches the opposite view.",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }

    @Test("an adverbial with a comma before a work is the author's words, never its author")
    func adverbials() throws {
        let essay = try CitationFixture.essay([
            "For example, Department of Widgets, Widget Supply Outlook, 2025, https://www.widgets.example/outlook.",
            "For instance, Widget Agency, Annual Widget Review, March 2024, https://www.widgetagency.example/review.",
            "In addition, Gadget Council, Gadget Safety Review, 2021, https://www.gadgets.example/safety.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title.hasSuffix("Widget Supply Outlook"))
        #expect(!first.title.contains("example") && !first.authors.contains { $0.contains("example") } && !first.id.contains("example"))
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.authors == ["Widget Agency"])
        #expect(second.title == "Annual Widget Review")
        #expect(CitationFixture.authority(essay, "3")?.authors == ["Gadget Council"])
        // The citation's label starts at the work; the phrase is commentary.
        let commentary = essay.footnote("1")?.segments.filter { $0.kind == .commentary }.map { String($0.text) } ?? []
        #expect(commentary.contains { $0.hasPrefix("For example") })
        #expect(CitationFixture.only(essay, "1")?.text.hasPrefix("Department of Widgets") == true)
    }

    @Test("`As of` and a date, and a few words ending in `based on`, are the author's words")
    func datesAndBases() throws {
        let essay = try CitationFixture.essay([
            "As of June 3, 2025, Department of Widgets, Widget Supply Outlook, 2025, https://www.widgets.example/outlook.",
            "CRS calculation based on Widget Agency, Widget Census 2020, https://www.widgetagency.example/census.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title.hasPrefix("Department of Widgets"))
        #expect(first.year == 2025)
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.authors == ["Widget Agency"])
        #expect(second.title == "Widget Census 2020")
    }

    @Test("a name holding a link word and prose after an adverbial are left as they were")
    func notLeads() throws {
        let essay = try CitationFixture.essay([
            "Letter from Jane Roe to Sam Poe, Widget Agency, May 2, 2020.",
            "For example, the agency revised its figures in 2021.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title.contains("Letter from Jane Roe") == true)
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }

    @Test("the author's sentence runs over commas to a link in a later field: the work after it is cited")
    func linkInALaterField() throws {
        let essay = try CitationFixture.essay([
            "All of these views are heavily contested, even among rights theorists, as documented in Jane R. Roe, The Shape of Promise, 109 COLUM. L. REV. 1603 (2009).",
            "Courts rarely agree on this point, as explored in Ann Able & Ben Baker, Apology and Its Limits, 90 S. CAL. L. REV. 1199, 1220 (2016) (discussing apologies).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.authors == ["Jane R. Roe"])
        #expect(first.title == "The Shape of Promise")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.authors == ["Ann Able", "Ben Baker"])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "1220")
    }

    @Test("a title's field with a link and a capitalised word is no lead: the citation is read whole")
    func titleFieldIsNoLead() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, Contracts, Bargaining in Court, 12 YALE L.J. 3 (2000).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.authors == ["Jane Roe"])
    }

    @Test("a link in a later field of the author's sentence leads in too: the work starts at the name after it")
    func linkInLaterField() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Widget Theory, 12 STAN. L. REV. 4 (2001).",
            "See supra note 1. The widget analysis is based on the common test, as described in Cy-Lan Poe et al., WIDGET SIZE CALCULATIONS IN GADGET RESEARCH, 76-82 (3d ed., 2018). Assuming values of 50% in both groups, the size is 538.",
            "See Poe et al., supra note 2, at 8.",
        ])
        let work = try #require(CitationFixture.citations(essay, "2").last?.authorityID.flatMap { essay.authority($0) })
        #expect(work.title == "WIDGET SIZE CALCULATIONS IN GADGET RESEARCH")
        #expect(work.authors.first?.hasPrefix("Cy-Lan Poe") == true)
        #expect(CitationFixture.citations(essay, "2").last?.pinpoint?.text == "76-82")
        #expect(CitationFixture.authority(essay, "3")?.id == work.id)
    }

    @Test("a sentence-case title whose later field ends in a link and one capitalised word is no lead: the piece keeps its title")
    func oneWordAfterALaterLinkIsNoName() throws {
        let essay = try CitationFixture.essay([
            "Small shops open late, but sales are flat in Europe, WIDGET NEWS, Feb. 3, 2020, https://www.example.com/x (last visited May 1, 2024).",
            "Kids love widgets, but supply is short in U.S., WIDGET WIRE, Jan. 11, 2019, https://www.example.com/y (last visited May 9, 2024).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title.hasPrefix("Small shops open late") == true)
        #expect(CitationFixture.authority(essay, "2")?.title.hasPrefix("Kids love widgets") == true)
        #expect(CitationFixture.authority(essay, "2")?.authors.contains("U.S.") != true)
    }
}
