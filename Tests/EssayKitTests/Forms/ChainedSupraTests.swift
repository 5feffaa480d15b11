import Testing
@testable import EssayKit

@Suite("Two supras parted by a comma")
struct ChainedSupraTests {
    @Test("`See ROE, supra note 1, Doe, supra note 2.`: both works, in order; prose after a supra stays the author's")
    func commaBetweenSupras() throws {
        let essay = try CitationFixture.essay([
            "JANE ROE, WIDGETS FOR LAWYERS 202 (2012).",
            "Ann Doe, Painting with Widgets, 2 WIDGET L.J. 108 (2004).",
            "See ROE, supra note 1, Doe, supra note 2.",
            "See Doe, supra note 2, and the widgets it describes.",
        ])
        let ids = CitationFixture.citations(essay, "3").compactMap(\.authorityID)
        #expect(ids == [CitationFixture.authority(essay, "1")?.id, CitationFixture.authority(essay, "2")?.id].compactMap { $0 })
        #expect(ids.count == 2)
        #expect(CitationFixture.citations(essay, "4").count == 1)
    }
}
