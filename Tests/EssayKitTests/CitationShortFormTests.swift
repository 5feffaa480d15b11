import Testing
@testable import EssayKit

@Suite("Short forms")
struct CitationShortFormTests {
    private static let article = "Dana Okafor, *The Legitimacy of Tribunals*, 87 AM. J. INT'L L. 552, 561 (1993) [hereinafter *Tribunals*]."

    @Test("a bare Id. keeps the pinpoint of the citation it refers to; Id. at N gives its own")
    func idKeepsPinpoint() throws {
        let essay = try CitationFixture.essay([Self.article, "*Tribunals*, *supra* note 1, at 553.", "*Id.*", "*Id.* at 555.", "*Id.*"])
        let third = try #require(CitationFixture.only(essay, "3"))
        #expect(third.form == .id)
        #expect(third.authorityID == "okafor-1993-legitimacy")
        #expect(third.pinpoint?.text == "553")
        #expect(third.refersTo == "2")
        #expect(third.text == "Id.")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "555")
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "555")
        #expect(essay.authority("okafor-1993-legitimacy")?.footnotes == ["1", "2", "3", "4", "5"])
    }

    @Test("supra through a hereinafter name, with and without emphasis on supra")
    func supraByShortName() throws {
        let essay = try CitationFixture.essay([Self.article, "*Tribunals*, *supra* note 1, at 553.", "See *Tribunals*, supra note 1, at 557 nn.19, 23."])
        let second = try #require(CitationFixture.only(essay, "2"))
        #expect(second.form == .supra)
        #expect(second.refersTo == "1")
        #expect(second.authorityID == "okafor-1993-legitimacy")
        let third = try #require(CitationFixture.only(essay, "3"))
        #expect(third.signal == "See")
        #expect(third.authorityID == "okafor-1993-legitimacy")
        #expect(third.pinpoint == Pinpoint(kind: .note, text: "557 nn.19, 23"))
    }

    @Test("supra by the author's surname, to a note that cites the same book again")
    func supraBySurname() throws {
        let essay = try CitationFixture.essay([
            "See generally JANE MALLORY, MULTI-PARTY GOVERNANCE (2008).",
            "For a close study of the forum, see generally JANE MALLORY, MULTI-PARTY GOVERNANCE (2008).",
            "MALLORY, *supra* note 2, at xxvii.",
        ])
        let third = try #require(CitationFixture.only(essay, "3"))
        #expect(third.authorityID == "mallory-2008-multi-party")
        #expect(third.pinpoint == Pinpoint(kind: .page, text: "xxvii"))
        #expect(essay.authorities.count == 1)
        #expect(essay.authorities.first?.footnotes == ["1", "2", "3"])
    }

    @Test("supra to a note with several works picks the one its name matches")
    func supraInString() throws {
        let essay = try CitationFixture.essay([
            "See RICHARD ROE, *WAR AND PEACE ONLINE* (2012); KIM KOE, *ZERO HOUR* (2015).",
            "KOE, *supra* note 1, at 4.",
            "*War and Peace*, *supra* note 1, at 9.",
        ])
        #expect(CitationFixture.only(essay, "2")?.authorityID == "koe-2015-zero")
        #expect(CitationFixture.only(essay, "3")?.authorityID == "roe-2012-war")
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("Id. after a string of works refers to every work of the string")
    func idAfterString() throws {
        let essay = try CitationFixture.essay([
            "See, e.g., RICHARD ROE, *WAR* (2012); KIM KOE, *ZERO HOUR* (2015); PETER POE, *LIKE* (2018).",
            "*Id.*",
        ])
        let citations = CitationFixture.citations(essay, "2")
        #expect(citations.map(\.form) == [.id, .id, .id])
        #expect(citations.compactMap(\.authorityID) == ["roe-2012-war", "koe-2015-zero", "poe-2018-like"])
        #expect(citations.allSatisfy { $0.refersTo == "1" })
    }

    @Test("Id. inside a string refers to the work just before it")
    func idInsideString() throws {
        let essay = try CitationFixture.essay([
            "JOHN SMITH, THE BOOK OF THINGS (2010).",
            "RICHARD ROE, *WAR* (2012); *see also* *id.* at 50.",
        ])
        let citations = CitationFixture.citations(essay, "2")
        #expect(citations.count == 2)
        #expect(citations.last?.signal == "see also")
        #expect(citations.last?.authorityID == "roe-2012-war")
        #expect(citations.last?.refersTo == "2")
    }

    @Test("a work introduced by citing is a clause of its own; the next Id. refers to it")
    func citingClause() throws {
        let essay = try CitationFixture.essay([
            Self.article,
            "*Id.* at 556 n.19, citing Thomas M. Franck, *The Power of Legitimacy Among Nations*, 24 N.Y.U. J. INT’L L. & POL. 199 (1991).",
            "*Id.* at 205.",
        ])
        let citations = CitationFixture.citations(essay, "2")
        #expect(citations.map(\.form) == [.id, .full])
        #expect(citations.map(\.signal) == [nil, "citing"])
        #expect(citations.first?.authorityID == "okafor-1993-legitimacy")
        #expect(citations.first?.pinpoint == Pinpoint(kind: .note, text: "556 n.19"))
        #expect(citations.last?.authorityID == "franck-1991-power")
        #expect(CitationFixture.only(essay, "3")?.authorityID == "franck-1991-power")
    }

    @Test("a lower-case id. inside a sentence: the text after its pinpoint is commentary")
    func idInsideSentence() throws {
        let essay = try CitationFixture.essay([Self.article, "See especially *id.* at 562–66, followed by a long discussion of reform."])
        let citation = try #require(CitationFixture.only(essay, "2"))
        #expect(citation.signal == "See especially")
        #expect(citation.pinpoint == Pinpoint(kind: .pages, text: "562–66"))
        #expect(citation.authorityID == "okafor-1993-legitimacy")
        let commentary = essay.footnote("2")?.segments.filter { $0.kind == .commentary }.map(\.text)
        #expect(commentary == ["followed by a long discussion of reform."])
    }

    @Test("Compare ... with ...: two citations, signals Compare and with")
    func compareWith() throws {
        let essay = try CitationFixture.essay([
            "See RICHARD ROE, *WAR* (2012); KIM KOE, *ZERO HOUR* (2015).",
            "Compare ROE, *supra* note 1, at 3, with KOE, *supra* note 1, at 21.",
        ])
        let citations = CitationFixture.citations(essay, "2")
        #expect(citations.map(\.signal) == ["Compare", "with"])
        #expect(citations.compactMap(\.authorityID) == ["roe-2012-war", "koe-2015-zero"])
    }

    @Test("short forms without supra: a short name or a volume and journal, then at and a pinpoint")
    func shortForms() throws {
        let essay = try CitationFixture.essay([Self.article, "*Tribunals* at 560.", "Okafor, 87 AM. J. INT'L L. at 570."])
        let second = try #require(CitationFixture.only(essay, "2"))
        #expect(second.form == .short)
        #expect(second.authorityID == "okafor-1993-legitimacy")
        #expect(second.pinpoint?.text == "560")
        #expect(second.refersTo == "1")
        let third = try #require(CitationFixture.only(essay, "3"))
        #expect(third.form == .short)
        #expect(third.authorityID == "okafor-1993-legitimacy")
    }

    @Test("Id. with an explanatory parenthetical keeps it in the citation")
    func idWithParenthetical() throws {
        let essay = try CitationFixture.essay([Self.article, "*Id.* 5 (emphasis added)."])
        let citation = try #require(CitationFixture.only(essay, "2"))
        #expect(citation.pinpoint == Pinpoint(kind: .page, text: "5"))
        #expect(citation.text == "Id. 5 (emphasis added)")
        #expect(essay.footnote("2")?.segments.map(\.kind) == [.citation])
    }
}

@Suite("Id. with its period left out")
struct IdWithoutPeriodTests {
    @Test("`id at 232.`: the work of the note before, at that page; `Identity at 5` is no Id.")
    func idAtWithoutPeriod() throws {
        let essay = try CitationFixture.essay([
            "Roe v. Widget Techs. USA, Inc., 943 F. Supp. 2d 222 (D. Mass. 2013).",
            "id at 232.",
            "Identity at 5 is what the widget court discussed.",
        ])
        let citation = try #require(CitationFixture.only(essay, "2"))
        #expect(citation.authorityID == CitationFixture.authority(essay, "1")?.id)
        #expect(citation.pinpoint?.text == "232")
        #expect(CitationFixture.citations(essay, "3").isEmpty)
    }
}
