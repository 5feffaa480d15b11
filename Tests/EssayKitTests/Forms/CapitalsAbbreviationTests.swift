import Testing
@testable import EssayKit

/// A journal's or outlet's name in capitals (small capitals lost in a text edition) holds long
/// abbreviations (`CONTEMP.`, `PSYCHOL.`, `ASS’N.`) whose periods end no sentence when the name
/// runs on to its page or date.
@Suite("Long abbreviations inside a name in capitals end no citation sentence")
struct CapitalsAbbreviationTests {
    @Test("a journal with a long abbreviation before its page keeps the author and title")
    func journalWithLongAbbreviation() throws {
        let essay = try CitationFixture.essay([
            "Cara Roe et al., Is This Review Believable?, 13 J. ASS’N. INFO. SYS. 618, 624 (2012).",
            "Min Kim, Complaints and Recovery: A Review, 22 INT’L J. CONTEMP. HOSP. MGMT. 975, 978 (2010).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.title == "Is This Review Believable?")
        #expect(first.authors.first == "Cara Roe")
        let second = try #require(CitationFixture.authority(essay, "2"))
        #expect(second.title == "Complaints and Recovery: A Review")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "978")
    }

    @Test("an outlet with a long abbreviation before its date keeps the title")
    func outletBeforeDate() throws {
        let essay = try CitationFixture.essay([
            "Ben Poe, Linda Revisited, PSYCHOL. TODAY (Nov. 22, 2016), https://www.example.com/blog/linda.",
        ])
        let page = try #require(CitationFixture.authority(essay, "1"))
        #expect(page.title.hasPrefix("Linda Revisited"))
        #expect(page.authors.first == "Ben Poe")
    }

    @Test("a sentence in capitals still ends at its period")
    func capitalsSentenceEnds() throws {
        let essay = try CitationFixture.essay([
            "SEE JANE ROE, THE LAW OF COURTS 12 (2000). THE COURT ADOPTED THIS READING. SEE ALSO ANN POE, THE LAW OF JUDGES 5 (2001).",
        ])
        let cited = CitationFixture.citations(essay, "1")
        #expect(cited.count == 2)
        #expect(Set(cited.compactMap(\.authorityID)).count == 2)
    }

    @Test("a capital after the author's lower-case word, before a signal, ends the sentence; an initial in a name does not")
    func letterBeforeSignal() throws {
        let essay = try CitationFixture.essay([
            "Audits may favor names that begin with A over those that begin with B. See Ann Able & Ben Baker, The Focus of Enforcement, 24 INT’L REV. L. & ECON. 209, 210 (2004).",
            "See Jane B. See, Who Decides?, 12 YALE L.J. 3 (2000).",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(first.authors == ["Ann Able", "Ben Baker"])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "210")
        #expect(CitationFixture.authority(essay, "2")?.authors == ["Jane B. See"])
    }
}
