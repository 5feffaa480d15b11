import Testing
@testable import EssayKit

@Suite("supra notes A-B")
struct SupraNoteRangeTests {
    @Test("a name before supra notes A-B is every work of the run it names, not only the first")
    func everyWorkOfTheRun() throws {
        let essay = try CitationFixture.essay([
            "Rita Moss & Tom Vale, *Late Buses*, 12 HARBOR L.J. 100 (2019).",
            "Rita Moss & Tom Vale, *Early Ferries*, 14 HARBOR L.J. 200 (2021).",
            "Moss & Vale, *supra* notes 1-2.",
            "Moss & Vale, *supra* notes 1–2, at 7.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        let second = try #require(CitationFixture.authority(essay, "2"))
        for label in ["3", "4"] {
            let cited = CitationFixture.citations(essay, label)
            #expect(cited.map(\.authorityID) == [first.id, second.id])
            #expect(cited.map(\.refersTo) == ["1", "2"])
        }
        #expect(CitationFixture.citations(essay, "4").first?.pinpoint?.text == "7")
    }

    @Test("a run of notes naming no work is every work those notes cite; a long range reads as one note")
    func bareRunAndLongRange() throws {
        let essay = try CitationFixture.essay([
            "Ann Lark, *Tides*, 3 BAY L. REV. 10 (2001).",
            "Cy Wren, *Harbors*, 4 BAY L. REV. 20 (2002).",
            "*See supra* notes 1-2.",
            "Lark, *supra* notes 1-40.",
        ])
        #expect(CitationFixture.citations(essay, "3").count == 2)
        #expect(SupraNoteRange.labels("1-40") == nil)
        #expect(SupraNoteRange.labels("3-5") == ["3", "4", "5"])
        #expect(CitationFixture.authority(essay, "4")?.id == CitationFixture.authority(essay, "1")?.id)
    }
}
