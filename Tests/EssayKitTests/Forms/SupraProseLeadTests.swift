import Testing
@testable import EssayKit

/// The author's words before a *supra*'s name, with no signal and no comma (`We return to this in
/// Poe & Lee, supra note 1`): the name is the run of name words that ends them.
@Suite("supra after the author's words: the name is the run of name words before supra")
struct SupraProseLeadTests {
    @Test("prose ending in a preposition before the authors' names")
    func proseThenAuthors() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, The Price of Waiting, 90 S. CAL. L. REV. 100 (2016); Ann Poe & Ben Lee, Queues and Norms, 12 J. LEGAL STUD. 5 (2010).",
            "We return to this question in Poe & Lee, supra note 1, at 7.",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(cited.count == 2)
        #expect(CitationFixture.only(essay, "2")?.authorityID == cited.last?.authorityID)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "7")
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("a surname with a capitalised particle after `is`")
    func proseThenParticleSurname() throws {
        let essay = try CitationFixture.essay([
            "Rory Van Dorn, Market Ends, 117 MICH. L. REV. 815 (2019); Jane Roe, The Price of Waiting, 90 S. CAL. L. REV. 100 (2016).",
            "The closest treatment we know of is Van Dorn, supra note 1, at 820.",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(CitationFixture.only(essay, "2")?.authorityID == cited.first?.authorityID)
    }

    @Test("an author and a short title with lower-case words stay the name whole")
    func shortTitleStaysWhole() throws {
        let essay = try CitationFixture.essay([
            "See Cara Doe, Seduction by Plastic, 98 NW. U. L. REV. 1373 (2004); CARA DOE, SEDUCTION BY CONTRACT 5 (2012).",
            "Doe, Seduction by Plastic, supra note 1, at 1380.",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(cited.count == 2)
        #expect(CitationFixture.only(essay, "2")?.authorityID == cited.first?.authorityID)
    }

    @Test("a declared short title in capitalised words with a lower-case verb stays whole")
    func capitalisedShortTitle() throws {
        let essay = try CitationFixture.essay([
            "See Ann Able, How Smart are Smart Readers?, in THE BOOK OF READERS 5 (Ben Baker ed., 2024) [hereinafter How Smart are Smart Readers]; Cy Cole, Predicting Readers, 12 J. LEGAL STUD. 5 (2022).",
            "How Smart are Smart Readers, supra note 1, at 7.",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(cited.count == 2)
        #expect(CitationFixture.only(essay, "2")?.authorityID == cited.first?.authorityID)
    }
}
