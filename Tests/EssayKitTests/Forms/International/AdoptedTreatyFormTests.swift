import Testing
@testable import EssayKit

@Suite("Treaties as OSCOLA cites them, with their dates in a bracket")
struct AdoptedTreatyFormTests {
    @Test("the name, the dates' bracket, the series and the article")
    func treaty() throws {
        let essay = try CitationFixture.essay([
            "Convention on the Rights of Persons Abroad (adopted 3 March 1961, entered into force 1 May 1963) 412 UNTS 77, art 12.",
            "Convention on the Status of Wanderers (opened for signature 2 June 1950, entered into force 4 April 1952) 181 UNTS 130, Article 3(1).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.kind == .treaty)
        #expect(first.title == "Convention on the Rights of Persons Abroad")
        #expect(first.volume == "412")
        #expect(first.firstPage == "77")
        #expect(first.year == 1961)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "art 12")
        #expect(CitationFixture.authority(essay, "2")?.title == "Convention on the Status of Wanderers")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Article 3(1)")
    }

    @Test("a regional charter's document number stands for the series")
    func regionalCharter() throws {
        let essay = try CitationFixture.essay([
            "African Charter on Travellers' Rights (adopted 1 July 1979, entered into force 2 October 1986) OAU Doc CAB/LEG/67/3 rev. 5.",
        ])
        let charter = try #require(CitationFixture.authority(essay, "1"))
        #expect(charter.kind == .treaty)
        #expect(charter.title == "African Charter on Travellers' Rights")
        #expect(charter.documentNumber == "OAU Doc CAB/LEG/67/3 rev. 5")
    }

    @Test("a short name declared in a bracket after the series names the treaty later")
    func declaredName() throws {
        let essay = try CitationFixture.essay([
            "Convention on the Status of Wanderers (adopted 2 June 1950, entered into force 4 April 1952) 181 UNTS 130 (Wanderers Convention), Article 3.",
            "Wanderers Convention, Article 9.",
        ])
        let treaty = try #require(CitationFixture.authority(essay, "1"))
        #expect(treaty.shortNames == ["Wanderers Convention"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "Article 3")
        #expect(CitationFixture.authority(essay, "2")?.id == treaty.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Article 9")
    }

    @Test("dates capitalised with no series, or a resolution for the series")
    func capitalisedDates() throws {
        let essay = try CitationFixture.essay([
            "Charter on Port Workers (Adopted and entered into force 2 May 1998), Article 23.",
            "Convention on Harbour Pilots (adopted 3 March 1977, entered into force 9 June 1980) UNGA Res 32/14, Article 5.",
        ])
        let charter = try #require(CitationFixture.authority(essay, "1"))
        #expect(charter.kind == .treaty)
        #expect(charter.title == "Charter on Port Workers")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "Article 23")
        #expect(CitationFixture.authority(essay, "2")?.title == "Convention on Harbour Pilots")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Article 5")
    }

    @Test("a bracket after a name that holds no treaty's dates is no treaty")
    func notDates() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, Wanderers at Sea (Harbour Press 2013) 12.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.kind != .treaty)
    }

    @Test("an agency's order in a US reporter, with its adoption date in a bracket, is no treaty")
    func agencyOrderInReporter() throws {
        let essay = try CitationFixture.essay([
            "Amendment of Section 12.345 of the Commission's Rules and Regulations (Fourth Harbor Inquiry), 77 F.C.C.2d 384, 429 (1980) (adopted Apr. 7, 1980) [hereinafter Harbor IV Inquiry].",
            "Amendment of Section 12.345 of the Commission's Rules and Regulations (Fifth Harbor Inquiry), 104 F.C.C.2d 958 (1986) [hereinafter Harbor V Inquiry] (adopted May 15, 1986); see also Roe v. FCC, 905 F.2d 1217 (9th Cir. 1990).",
            "Harbor IV Inquiry, supra note 1, at 429.",
            "Rules and Regulations of the Harbor Commission (adopted 3 March 1961) 12.",
        ])
        let order = try #require(CitationFixture.authority(essay, "1"))
        #expect(order.kind != .treaty)
        #expect(order.volume == "77")
        #expect(order.firstPage == "384")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "429")
        let second = CitationFixture.citations(essay, "2").compactMap { $0.authorityID.flatMap { essay.authority($0) } }
        #expect(second.count == 2)
        #expect(second.first?.kind != .treaty)
        #expect(second.first?.firstPage == "958")
        #expect(second.last?.title == "Roe v. FCC")
        #expect(CitationFixture.authority(essay, "3")?.id == order.id)
        #expect(CitationFixture.authority(essay, "4")?.kind != .treaty)
    }

    @Test("the AGLC's order, the series after the dates written out, and a short name in square brackets, then by that name and by article alone")
    func aglcOrderAndBracketedName() throws {
        let essay = try CitationFixture.essay([
            "United Nations Convention on the Law of the Sea, opened for signature 10 December 1982, 1833 UNTS 3 (entered into force 16 November 1994) [UNCLOS].",
            "UNCLOS art 9.",
            "See art 10.",
            "UNCLOS, art 76(1).",
            "Art 121(3).",
        ])
        let treaty = try #require(CitationFixture.authority(essay, "1"))
        #expect(treaty.kind == .treaty)
        #expect(treaty.title == "United Nations Convention on the Law of the Sea")
        #expect(treaty.documentNumber == "1833 UNTS 3")
        #expect(treaty.shortNames == ["UNCLOS"])
        for (label, place) in [("2", "art 9"), ("3", "art 10"), ("4", "art 76(1)"), ("5", "Art 121(3)")] {
            #expect(CitationFixture.authority(essay, label)?.id == treaty.id, "note \(label)")
            #expect(CitationFixture.only(essay, label)?.pinpoint?.text == place, "note \(label)")
        }
        #expect(essay.authorities.count == 1)
    }

    @Test("New Zealand's order, the series right after the name and the dates in brackets after it")
    func seriesAfterName() throws {
        let essay = try CitationFixture.essay([
            "Convention on the Rights of the Child 1577 UNTS 3 (opened for signature 20 November 1989, entered into force 2 September 1990) [UNCROC], art 12.",
            "UNCROC, art 3.",
        ])
        let treaty = try #require(CitationFixture.authority(essay, "1"))
        #expect(treaty.title == "Convention on the Rights of the Child")
        #expect(treaty.documentNumber == "1577 UNTS 3")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "art 12")
        #expect(CitationFixture.authority(essay, "2")?.id == treaty.id)
    }
}
