import Testing
@testable import EssayKit

/// A journal's volume typeset with no space before its abbreviation (`121Q. J. Econ. 505`,
/// `45Harv. L. Rev. 1`) is that volume and that journal; a number glued to letters before a
/// word that is no abbreviation (`in 3D. See`) still ends its sentence.
@Suite("Volume glued to the journal")
struct GluedVolumeTests {
    @Test("a one-letter abbreviation glued to the volume: the volume, the journal, one citation")
    func oneLetter() throws {
        let essay = try CitationFixture.essay([
            "Ann Able and Bo Best, Widget Prices, 121Q. J. Wid. 505, 510 (2006); CY COLE, A BOOK, 19 (2012).",
        ])
        let first = try #require(CitationFixture.citations(essay, "1").first?.authorityID)
        let article = try #require(essay.authority(first))
        #expect(article.title == "Widget Prices")
        #expect(article.volume == "121")
        #expect(article.container == "Q. J. Wid.")
        #expect(article.firstPage == "505")
        #expect(CitationFixture.citations(essay, "1").count == 2)
    }

    @Test("a word's abbreviation glued to the volume")
    func wordAbbreviation() throws {
        let essay = try CitationFixture.essay(["Di Dunn, Gadget Rules, 45Harv. L. Rev. 100, 104 (1931)."])
        let article = try #require(CitationFixture.authority(essay, "1"))
        #expect(article.volume == "45")
        #expect(article.container == "Harv. L. Rev.")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "104")
    }

    @Test("digits glued to a capital before a word that is no abbreviation end the sentence")
    func notAVolume() throws {
        let essay = try CitationFixture.essay(["The parts were printed in 3D. See Ed Eve, Widget Prints, 12 Wid. L.J. 40 (2001)."])
        #expect(CitationFixture.authority(essay, "1")?.volume == "12")
    }
}
