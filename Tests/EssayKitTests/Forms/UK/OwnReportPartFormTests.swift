import Testing
@testable import EssayKit

@Suite("A report's own parts: Part K, Chapter 6; paragraph 2.3 above")
struct OwnReportPartFormTests {
    @Test("a part of the report cites no work",
          arguments: ["Part K, Chapter 6", "see paragraph 2.3 above", "Chapter 4 of this Part", "[Part C, Chapter 2](../../C/chapter2/index.html)"])
    func ownPart(note: String) throws {
        let essay = try CitationFixture.essay([note])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID == nil })
        #expect(essay.authorities.isEmpty)
    }

    @Test("a chapter of a work named after it is no part of the report")
    func work() throws {
        let text = CitationText(RichText(text: "Chapter 4 of Widgets and Gadgets"))
        #expect(OwnReportPartForm.read(text, 0..<text.count) == nil)
    }
}
