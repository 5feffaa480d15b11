import Testing
@testable import EssayKit

@Suite("Chicago pinpoints: ff, a chapter or a volume after the publication facts, a wrapped range")
struct ChicagoPinpointShapeTests {
    @Test("a chapter, and a volume with its pages, after a book's bracket are the place cited")
    func afterBracket() throws {
        let essay = try CitationFixture.essay([
            "Ivo Brandt, Public Powers (Halden: Ashgrove Press, 2011), ch. 4.",
            "Ivo Brandt, Public Powers (Halden: Ashgrove Press, 2011), vol. 2, 33--40.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "ch. 4")
        #expect(CitationFixture.authority(essay, "2")?.id == book.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "vol. 2, 33--40")
    }

    @Test("`88- 92` is a range a line wrap broke")
    func wrapped() throws {
        let essay = try CitationFixture.essay([
            "Ivo Brandt, Public Powers (Halden: Ashgrove Press, 2011), 12.",
            "Brandt, Public Powers, 88- 92.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == book.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "88- 92")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.kind == .pages)
    }

    @Test("`140ff` and `7f` in a short form are the page and those after it")
    func following() throws {
        let essay = try CitationFixture.essay([
            "Ivo Brandt, Public Powers (Halden: Ashgrove Press, 2011), 12.",
            "Brandt, Public Powers, 140ff.",
            "Brandt, 7f.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == book.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "140ff")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "7f")
    }

    @Test("a word that only opens with f after a number is no following page")
    func notFollowing() throws {
        let essay = try CitationFixture.essay([
            "Ivo Brandt, Public Powers (Halden: Ashgrove Press, 2011), 12.",
            "Brandt, 140fold.",
        ])
        #expect(CitationFixture.citations(essay, "2").isEmpty)
    }
}
