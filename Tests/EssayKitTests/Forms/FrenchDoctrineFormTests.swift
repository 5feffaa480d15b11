import Testing
@testable import EssayKit

@Suite("French doctrine: initials, surname, italic title")
struct FrenchDoctrineFormTests {
    @Test("a treatise by initials and surname; a paragraph number alone at the end is the pinpoint")
    func treatise() throws {
        let essay = try CitationFixture.essay([
            "J-M Durand, *Droit des fontaines*, PUF, 3rd edition 2011, n° 118.",
            "A. Petit et Ch. Grand, *Les jardins publics*, Thèse Lyon, 2008.",
        ])
        let durand = try #require(CitationFixture.authority(essay, "1"))
        #expect(durand.title == "Droit des fontaines")
        #expect(durand.authors == ["J-M Durand"])
        #expect(durand.year == 2011)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "n° 118")
        let petit = try #require(CitationFixture.authority(essay, "2"))
        #expect(petit.authors == ["A. Petit", "Ch. Grand"])
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
    }

    @Test("a review's issue and page are where the article is printed, not a pinpoint")
    func reviewArticle() throws {
        let essay = try CitationFixture.essay([
            "Ph. Martin, *Le droit des bassins*, RLDC juin 2012, n° 40 p. 7.",
        ])
        let martin = try #require(CitationFixture.authority(essay, "1"))
        #expect(martin.container == "RLDC juin 2012, n° 40 p. 7")
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
    }

    @Test("op. cit. after the authors and title repeats the work, whatever the initials' punctuation")
    func opCit() throws {
        let essay = try CitationFixture.essay([
            "J-M Durand, *Droit des fontaines*, PUF, 3rd edition 2011, n° 118.",
            "J-M. Durand, *Droit des fontaines*, op. cit.",
        ])
        #expect(CitationFixture.authority(essay, "2")?.id == CitationFixture.authority(essay, "1")?.id)
    }

    @Test("a Bluebook article by an author with an initial is left to the Bluebook forms")
    func bluebook() throws {
        let essay = try CitationFixture.essay([
            "J. Doe, *Widget Law*, 12 Widget L. Rev. 100, 104 (2001).",
        ])
        let doe = try #require(CitationFixture.authority(essay, "1"))
        #expect(doe.volume == "12")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "104")
    }
}
