import Testing
@testable import EssayKit

@Suite("Subsequent history belongs to the case cited: Roe v. City, 632 F.3d 539 (9th Cir. 2011), rev'd sub nom. Doe v. Roe, 565 U.S. 469 (2012)")
struct SubsequentHistoryTests {
    @Test("the history, under another name or none, is kept on the citation and is no second work")
    func historyIsNoWork() throws {
        let essay = try CitationFixture.essay([
            "Roe v. City of Burbank, 632 F.3d 539, 546-48 (9th Cir. 2011), rev'd sub nom. Doe v. Roe, 565 U.S. 469, 474-75 (2012).",
            "Alder v. Birch, 600 F.3d 100, 105 (2d Cir. 2010), aff'd, 562 U.S. 200 (2011).",
            "Cedar v. Dogwood, 700 F.3d 10, 12 (5th Cir. 2012), cert. denied, 569 U.S. 1001 (2013).",
        ])
        let first = try #require(CitationFixture.only(essay, "1"))
        #expect(first.pinpoint?.text == "546-48")
        #expect(first.history?.hasPrefix("rev'd sub nom. Doe v. Roe") == true)
        #expect(CitationFixture.authority(essay, "1")?.title == "Roe v. City of Burbank")
        #expect(CitationFixture.citations(essay, "2").count == 1)
        #expect(CitationFixture.citations(essay, "3").count == 1)
        #expect(essay.authorities.count == 3)
    }

    @Test("a later short form to the case the history named finds it, through the note that named it")
    func shortFormToHistoryCase() throws {
        let essay = try CitationFixture.essay([
            "Roe v. City of Burbank, 632 F.3d 539, 546-48 (9th Cir. 2011), rev'd sub nom. Doe v. Roe, 565 U.S. 469, 474-75 (2012).",
            "See Doe, 565 U.S. at 480.",
            "Alder v. Birch, 600 F.3d 100, 105 (2d Cir. 2010), aff'd, 562 U.S. 200 (2011).",
            "See 562 U.S. at 205.",
            "See 562 U.S. at 990.",
        ])
        let short = try #require(CitationFixture.only(essay, "2"))
        #expect(CitationFixture.authority(essay, "2")?.title == "Doe v. Roe")
        #expect(CitationFixture.authority(essay, "2")?.firstPage == "469")
        #expect(short.refersTo == "1")
        #expect(CitationFixture.authority(essay, "4")?.firstPage == "200")
        // A page the history's case cannot hold finds nothing.
        #expect(CitationFixture.only(essay, "5")?.authorityID == nil)
    }
}
