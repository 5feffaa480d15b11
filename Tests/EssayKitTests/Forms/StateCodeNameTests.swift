import Testing
@testable import EssayKit

@Suite("A state's code named in words")
struct StateCodeNameTests {
    @Test("a state's name and words that abbreviate one of its codes read as that code, as the Bluebook cites it")
    func spelledOutCodes() throws {
        let essay = try CitationFixture.essay([
            "Ohio Revised Code §1345.02.",
            "See Florida Statutes §501.204(1).",
            "Iowa Code Annotated §714.16.",
            "Blue Widget Code §12.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Ohio Rev. Code Ann. § 1345.02")
        #expect(CitationFixture.authority(essay, "2")?.title == "Fla. Stat. § 501.204")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "(1)")
        #expect(CitationFixture.authority(essay, "3")?.title == "Iowa Code Ann. § 714.16")
        // No state: a code that names itself, kept as written.
        #expect(CitationFixture.authority(essay, "4")?.title == "Blue Widget Code § 12")
    }

    @Test("a code cited by subject takes its subject's abbreviation and the state's shape of cite")
    func codesBySubject() throws {
        let essay = try CitationFixture.essay([
            "New York General Business Law §349.",
            "Maryland Real Property Code §8-203.",
            "Texas Widget Law §1.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "N.Y. Gen. Bus. Law § 349")
        #expect(CitationFixture.authority(essay, "2")?.title == "Md. Code Ann., Real Prop. § 8-203")
        #expect(CitationFixture.authority(essay, "3")?.title != "Tex. Widget Law § 1")
    }

    @Test("the state abbreviated and its code's subject in words is the code as abbreviated, one work with it")
    func abbreviatedStateCodeInWords() throws {
        let essay = try CitationFixture.essay([
            "N.Y. General Business Law §391-q.",
            "N.Y. Gen. Bus. Law §391-q.",
        ])
        let spelled = try #require(CitationFixture.authority(essay, "1"))
        #expect(spelled.title == "N.Y. Gen. Bus. Law § 391-q")
        #expect(CitationFixture.authority(essay, "2")?.id == spelled.id)
        // citeurl writes some subjects as regex replacements (`Bus\\. & Com\\.`): read without the escapes.
        let texas = try CitationFixture.essay([
            "Texas Business and Commerce Code §17.52.",
            "Tex. Bus. & Com. Code §17.52.",
            "Tex. Bus. & Com. Code Ann. §17.52 (West 2023).",
        ])
        let first = try #require(CitationFixture.authority(texas, "1"))
        #expect(first.title == "Tex. Bus. & Com. Code Ann. § 17.52")
        #expect(CitationFixture.authority(texas, "2")?.id == first.id)
        #expect(CitationFixture.authority(texas, "3")?.id == first.id)
    }

    @Test("each code of a list in the author's words or parentheses is a citation")
    func listsOfCodes() throws {
        let essay = try CitationFixture.essay([
            "Some states cap fees (e.g., Ohio Revised Code §1345.02, Florida Statutes §501.204, and Iowa Code §714.16).",
            "See Ohio Revised Code §1345.02 and Florida Statutes §501.204.",
        ])
        #expect(CitationFixture.citations(essay, "1").count == 3)
        #expect(CitationFixture.citations(essay, "2").count == 2)
    }

    @Test("California's codes named in words or abbreviated are one work, as the Bluebook abbreviates them")
    func californiaCodes() throws {
        let essay = try CitationFixture.essay([
            "California Civil Code §1749.5.",
            "Cal. Civ. Code § 1749.5 (West 2020).",
            "California Government Code §12900.",
            "Cal. Gov't Code § 12900.",
            "California Code of Civil Procedure §425.16.",
            "Cal. Civ. Proc. Code § 425.16.",
        ])
        let civil = try #require(CitationFixture.authority(essay, "1"))
        #expect(civil.title == "Cal. Civ. Code § 1749.5")
        #expect(CitationFixture.authority(essay, "2")?.id == civil.id)
        #expect(CitationFixture.authority(essay, "3")?.title == "Cal. Gov't Code § 12900")
        #expect(CitationFixture.authority(essay, "4")?.id == CitationFixture.authority(essay, "3")?.id)
        #expect(CitationFixture.authority(essay, "5")?.title == "Cal. Civ. Proc. Code § 425.16")
        #expect(CitationFixture.authority(essay, "6")?.id == CitationFixture.authority(essay, "5")?.id)
    }
}
