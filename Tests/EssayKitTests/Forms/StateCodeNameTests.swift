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
}
