import Testing
@testable import EssayKit

/// Cases in a report series the reporter table lacks (the English Law Reports), cited in American order.
@Suite("Unlisted report series in American order")
struct UnlistedSeriesCaseFormTests {
    @Test("a case in the Appeal Cases, with or without a comma after its name, is a case with its pinpoint")
    func appealCases() throws {
        let essay = try CitationFixture.essay([
            "*Holloway Ltd. v. Brantmere S.A.* 2 A.C. 411, 430-31 (1979).",
            "*See* *Holloway Ltd. v. Brantmere S.A.*, 2 A.C. 411, 432 (1979).",
        ])
        let one = try #require(CitationFixture.authority(essay, "1"))
        #expect(one.kind == .case)
        #expect(one.title == "Holloway Ltd. v. Brantmere S.A.")
        #expect(one.volume == "2")
        #expect(one.container == "A.C.")
        #expect(one.firstPage == "411")
        #expect(one.year == 1979)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "430-31")
        #expect(CitationFixture.authority(essay, "2")?.id == one.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "432")
    }

    @Test("the court before the year, and a series of several words")
    func courtAndWords() throws {
        let essay = try CitationFixture.essay([
            "*Marlow v. Keats*, 1 Q.B. 207, 215 (C.A. 1995) (holding so).",
            "*Fenwick v. Dray*, 3 All E.R. 100 (H.L. 1990).",
        ])
        let marlow = try #require(CitationFixture.authority(essay, "1"))
        #expect(marlow.kind == .case)
        #expect(marlow.container == "Q.B.")
        #expect(marlow.year == 1995)
        #expect(marlow.courtName == "C.A.")
        let fenwick = try #require(CitationFixture.authority(essay, "2"))
        #expect(fenwick.container == "All E.R.")
        #expect(fenwick.firstPage == "100")
    }

    @Test("a journal the tables list, a title naming no case, or no year after an author or before more words, is no case of this form")
    func notCases() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, *Dolan v. Wade at Fifty*, 12 Yale L.J. 100 (2001).",
            "Ann Poe, *The Modern Trust*, 2 A.C. 411 (1979).",
            "Ann Poe, Holloway v. Brantmere Revisited, 2 Mod. Rev. 411.",
            "Holloway v. Brantmere, 2 Mod. Rev. 411 (arguing for more).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.kind == .article)
        #expect(CitationFixture.authority(essay, "2")?.kind != .case)
        #expect(CitationFixture.authority(essay, "3")?.kind != .case)
        #expect(CitationFixture.authority(essay, "4")?.kind != .case)
    }

    @Test("the older English form with no year: the name alone before the report, a pinpoint after it")
    func nineteenthCenturyForm() throws {
        let essay = try CitationFixture.essay([
            "Hall v. Fearnley, 3 Q.B. 919.",
            "See Blyth v. Birmingham Waterworks Co., 11 Exch. 781, 784; Read v. Edwards, 17 C.B. N.S. 245, 260.",
            "*Holloway Ltd. v. Brantmere S.A.* 2 A.C. 411.",
        ])
        let hall = try #require(CitationFixture.authority(essay, "1"))
        #expect(hall.kind == .case)
        #expect(hall.title == "Hall v. Fearnley")
        #expect(hall.container == "Q.B.")
        #expect(hall.volume == "3")
        #expect(hall.firstPage == "919")
        #expect(hall.year == nil)
        let two = CitationFixture.citations(essay, "2")
        let works = two.map { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(works.map { $0?.kind } == [.case, .case])
        #expect(works.map { $0?.container } == ["Exch.", "C.B. N.S."])
        #expect(two.map { $0.pinpoint?.text } == ["784", "260"])
        #expect(CitationFixture.authority(essay, "3")?.kind == .case)
    }

    @Test("a reporter the table lists is still read by the case form")
    func listedReporter() throws {
        let essay = try CitationFixture.essay(["*Dolan v. Wade*, 61 F.3d 902, 907 (8th Cir. 1996)."])
        let dolan = try #require(CitationFixture.authority(essay, "1"))
        #expect(dolan.container == "F.3d")
        #expect(dolan.court != nil)
    }
    @Test("a short form names the volume and series of a case cited before, with or without its name")
    func shortForms() throws {
        let essay = try CitationFixture.essay([
            "Scott v. Shepherd, 2 W. Bl. 892, 894 (1773); Hall v. Fearnley, 3 Q.B. 919.",
            "Scott v. Shepherd, 2 W. Bl. at 893.",
            "See Hall, 3 Q.B. at 921.",
            "4 Q.B. at 7.",
            "Ann Poe, The Trust Revisited, 12 Mod. L. Rev. 1 (1990).",
            "Poe, 12 Mod. L. Rev. at 5.",
        ])
        let first = CitationFixture.citations(essay, "1").compactMap(\.authorityID)
        #expect(first.count == 2)
        #expect(CitationFixture.only(essay, "2")?.authorityID == first.first)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "893")
        #expect(CitationFixture.only(essay, "3")?.authorityID == first.last)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "921")
        #expect(CitationFixture.only(essay, "4")?.authorityID == nil)
        // A journal the tables lack stays the journal short form's: it finds the article.
        let article = try #require(CitationFixture.only(essay, "5")?.authorityID)
        #expect(CitationFixture.only(essay, "6")?.authorityID == article)
        #expect(CitationFixture.only(essay, "6")?.pinpoint?.text == "5")
        // A long title before a misspelt series is no case's short form; a case's name or a short one is.
        let rule = CitationText(RichText(text: "Food and Drug Administration Actions on Substantial Equivalence Reports, 86 Fed Reg. at 55,224"))
        #expect(UnlistedSeriesShortForm.read(rule, 0..<rule.bytes.count) == nil)
        let short = CitationText(RichText(text: "Lady Broughton's Case, 83 Eng. Rep. at 112"))
        #expect(UnlistedSeriesShortForm.read(short, 0..<short.bytes.count) != nil)
    }
}
