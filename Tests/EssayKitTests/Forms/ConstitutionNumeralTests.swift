import Testing
@testable import EssayKit

@Suite("Constitution parts by numeral")
struct ConstitutionNumeralTests {
    @Test("`Const. XII. § 2` after a quotation is the constitution, its numeral and section the pinpoint")
    func numeralAfterName() throws {
        let essay = try CitationFixture.essay([
            "“All harbors shall stay open.”  Const. XII. § 2.",
            "Const. IV, § 3.",
        ])
        let cited = try #require(CitationFixture.authority(essay, "1"))
        #expect(cited.kind == .constitution)
        #expect(cited.title == "Const.")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "XII. § 2")
        #expect(CitationFixture.authority(essay, "2")?.id == cited.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "IV, § 3")
    }

    @Test("a sentence that ends in `Const.` before a capital word still ends there")
    func sentenceEndStays() {
        let bytes = Array("Const. Vote early.".utf8)
        #expect(!ConstitutionNumeral.continuesName(bytes, word: bytes[0..<5], next: 7))
        let numeral = Array("Const. XII. § 2".utf8)
        #expect(ConstitutionNumeral.continuesName(numeral, word: numeral[0..<5], next: 7))
    }
}
