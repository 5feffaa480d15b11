import Testing
@testable import EssayKit

/// Acts and notices cited by where the Official Journal of the European Union printed them.
@Suite("Official Journal of the European Union")
struct OfficialJournalFormTests {
    @Test("a notice named before its Journal cite is the work; the cite, normalised, identifies it")
    func namedNotice() throws {
        let essay = try CitationFixture.essay(["Commission Guidelines on aid for ferry services, OJ C 188/4 of 2.6.2016."])
        let notice = try #require(CitationFixture.authority(essay, "1"))
        #expect(notice.title == "Commission Guidelines on aid for ferry services")
        #expect(notice.documentNumber == "OJ C 188/4")
        #expect(notice.year == 2016)
        #expect(notice.kind == .document)
    }

    @Test("the usual shapes of one printing are one work")
    func shapesOfOnePrinting() throws {
        let essay = try CitationFixture.essay([
            "Council rules on harbour dues, OJ L 77/12 of 3.3.2011.",
            "Council rules on harbour dues [2011] OJ L77/12.",
            "Council rules on harbour dues, OJ L 77, 3.3.2011, p. 12.",
            "Council rules on harbour dues (OJ L77/12 3.3.2011).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.documentNumber == "OJ L 77/12")
        #expect(first.kind == .statute)
        for label in ["2", "3", "4"] {
            #expect(CitationFixture.only(essay, label)?.authorityID == first.id, "note \(label)")
        }
    }

    @Test("a Journal cite alone is its own work")
    func citeAlone() throws {
        let essay = try CitationFixture.essay(["OJ L 215/44 of 14.7.2015."])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(act.documentNumber == "OJ L 215/44")
        #expect(act.year == 2015)
    }

    @Test("the pages printed are the extent, not a pinpoint; a paragraph after the cite is")
    func extentAndPinpoint() throws {
        let essay = try CitationFixture.essay([
            "Rules on ferry crews, OJ L 282 of 19.10.2016, pp. 5–9.",
            "Notice on ferry aid (OJ C 200/1 of 28.6.2014), para 124.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.documentNumber == "OJ L 282/5")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.authority(essay, "2")?.title == "Notice on ferry aid")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "para 124")
    }

    @Test("an act printed alone since 2024 is numbered by its year")
    func yearNumbered() throws {
        let essay = try CitationFixture.essay(["Regulation on ferry safety, of 13 June 2024, in OJ L, 2024/1760, 5 July 2024, pp. 1-58."])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(act.documentNumber == "OJ L 2024/1760")
        #expect(act.title == "Regulation on ferry safety, of 13 June 2024")
    }

    @Test("letters `OJ` with no series and issue cite nothing")
    func notACite() {
        for clause in ["The OJ said nothing in 2015.", "OJ Simpson, 12 (1995).", "OJ L.2022.114.22 of 06.04.2022"] {
            let text = CitationText(RichText(text: clause))
            #expect(OfficialJournalForm.read(text, 0..<text.count) == nil, "\(clause)")
        }
    }
}
