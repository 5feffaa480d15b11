import Testing
@testable import EssayKit

@Suite("Acronyms declared in a parenthesis")
struct AcronymNameTests {
    func read(_ written: String) -> String? {
        let text = CitationText(RichText(text: written))
        return AcronymName.read(text, 0..<text.count)
    }

    @Test("capitals with digits and hyphens name a work; numerals, courts and words do not")
    func acronyms() {
        #expect(read("DSM-IV-TR") == "DSM-IV-TR")
        #expect(read("AAMR") == "AAMR")
        #expect(read("ICD-10") == "ICD-10")
        #expect(read("XIV") == nil)
        #expect(read("UK") == nil)
        #expect(read("D. Mass.") == nil)
        #expect(read("Roe") == nil)
        #expect(read("AAMR-") == nil)
    }
}
