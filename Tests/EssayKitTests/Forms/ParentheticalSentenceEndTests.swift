import Testing
@testable import EssayKit

@Suite("A period after a parenthetical that ends in its own period")
struct ParentheticalSentenceEndTests {
    @Test("`... (2016) (“A quoted sentence.”). More words.`: the citation is read, the words after it are the author's")
    func periodAfterClosedParenthetical() throws {
        let essay = try CitationFixture.essay([
            "See generally Jane Roe, Paying Down the Widget Deficit, 68 WIDGET L. REV. 295 (2016) (“In the arena of widgets, we face a deficit.”). On the barriers, see infra Section I.C.",
            "Jane Doe, Gadget Growth, 12 GADGET L.J. 10, 14 (2011) (noting the growth at p.). Gadgets are everywhere.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Paying Down the Widget Deficit")
        #expect(CitationFixture.authority(essay, "2")?.title == "Gadget Growth")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "14")
    }
}
