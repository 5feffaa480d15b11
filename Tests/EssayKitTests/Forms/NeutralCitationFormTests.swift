import Testing
@testable import EssayKit

@Suite("Cases by neutral citation or a report's bracketed year")
struct NeutralCitationFormTests {
    @Test("a neutral citation is a case: the court, the year and the decision's number")
    func neutral() throws {
        let essay = try CitationFixture.essay([
            "See Alder Nation v. Birchland (Minister of Widgets), 2009 SCC 41, para. 17.",
            "Roe v Widgetco, 2016 FC 302.",
        ])
        let alder = try #require(CitationFixture.authority(essay, "1"))
        #expect(alder.kind == .case)
        #expect(alder.title == "Alder Nation v. Birchland (Minister of Widgets)")
        #expect(alder.year == 2009)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "para. 17")
        #expect(CitationFixture.authority(essay, "2")?.kind == .case)
        #expect(CitationFixture.authority(essay, "2")?.title == "Roe v Widgetco")
    }

    @Test("English and Australian neutral citations have the year in brackets and may name a division",
          arguments: ["Roe v Doe [2018] UKSC 12, at [45].", "Roe v Doe, [2018] EWCA Civ 12, at [45].", "Roe v Doe [2018] HCA 12 at [45]"])
    func bracketed(note: String) throws {
        let essay = try CitationFixture.essay([note])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(work.title == "Roe v Doe")
        #expect(work.year == 2018)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "[45]")
    }

    @Test("a report with its year in brackets before the volume keeps the year out of the name")
    func bracketedReport() throws {
        let essay = try CitationFixture.essay(["Gamma v. Delta, [1993] 2 S.C.R. 1040 at 1052."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(work.title == "Gamma v. Delta")
        #expect(work.year == 1993)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "1052")
    }

    @Test("a note giving only an English report or neutral citation is a case; prose after it is not read so",
          arguments: ["[2008] UKHL 15 at para 27", "[1990] 1 AC 109 at 183"])
    func nameless(note: String) throws {
        let essay = try CitationFixture.essay([note])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(CitationFixture.only(essay, "1")?.pinpoint != nil)
        let prose = CitationText(RichText(text: "[2008] UKHL 15 was decided on other grounds"))
        #expect(NeutralCitationForm.read(prose, 0..<prose.count) == nil)
    }

    @Test("a marked paragraph right after the cite, the court or a parallel report is the pinpoint without `at`",
          arguments: [("Doe v Roe [2021] ZASCA 17 para 9.", "para 9"),
                      ("Minister of Widgets v Acme Ltd [2019] ZASCA 12; [2019] 2 All SA 3 (SCA) paras 14 and 15.", "paras 14 and 15"),
                      ("Brown v Green [2008] EWHC 1235 QB para 12.", "para 12"),
                      ("Smith v Jones [2008] EWHC 1234 (QB) at paras 172-197.", "paras 172-197")])
    func markedParagraph(note: String, place: String) throws {
        let essay = try CitationFixture.essay([note])
        let citation = try #require(CitationFixture.only(essay, "1"))
        #expect(citation.pinpoint?.text == place)
        #expect(CitationFixture.authority(essay, "1")?.kind == .case)
        #expect(essay.footnote("1")?.segments.allSatisfy { $0.kind == .citation } == true)
    }

    @Test("a CanLII citation with its court in parentheses")
    func canlii() throws {
        let essay = try CitationFixture.essay(["Roe v. Doe, 1987 CanLII 212 (ON CA)."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(work.courtName == "ON CA")
    }

    @Test("a parallel report after the neutral citation is the same case's")
    func parallel() throws {
        let essay = try CitationFixture.essay(["Alder v. Birch, 2009 SCC 41, [2009] 3 S.C.R. 511, para. 12."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.title == "Alder v. Birch")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "para. 12")
    }

    @Test("a journal whose volume is a year is no case (its abbreviation has periods)")
    func journal() throws {
        let essay = try CitationFixture.essay(["Jane Roe, Widget Law, 2009 Wis. L. Rev. 41, 45."])
        #expect(CitationFixture.authority(essay, "1")?.kind != .case)
    }

    @Test("a year, capitals and a number after words that name no case are no neutral citation")
    func noCaseName() throws {
        let essay = try CitationFixture.essay(["Widget Council, Annual Report 2009 WCR 41 (2010)."])
        #expect(CitationFixture.authority(essay, "1")?.kind != .case)
    }

    @Test("the short name defined after the citation, then the short name alone with paragraphs")
    func definedName() throws {
        let essay = try CitationFixture.essay([
            "Alder Indian Band v. Birch (Town of), 2001 SCC 85 [Alderbank], paras. 44-47.",
            "Roe v. Canada, 2017 FC 906 (\"Roe FC\").",
            "Alderbank, para. 46.",
            "Roe FC, paras. 3-5.",
        ])
        let alder = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "paras. 44-47")
        #expect(CitationFixture.only(essay, "3")?.authorityID == alder.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "para. 46")
        let roe = try #require(CitationFixture.authority(essay, "2"))
        #expect(CitationFixture.only(essay, "4")?.authorityID == roe.id)
    }
}
