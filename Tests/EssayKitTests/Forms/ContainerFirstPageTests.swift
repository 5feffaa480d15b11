import Testing
@testable import EssayKit

@Suite("A chapter's first page after the book it is in")
struct ContainerFirstPageTests {
    @Test("`Title, in BOOK?, 293 (2006)`: the page after the book is where the chapter starts, no pinpoint; a page after it is one")
    func pageAfterContainer() throws {
        let essay = try CitationFixture.essay([
            "Robert Roe, Online Widget Practices: A Survey, in IS WIDGET PROTECTION AN ANACHRONISM IN THE GADGET ECONOMY?, 293 (2006).",
            "Robert Doe, Offline Gadget Practices: A Survey, in IS GADGET PROTECTION AN ANACHRONISM IN THE WIDGET ECONOMY?, 293, 300 (2006).",
        ])
        #expect(CitationFixture.authority(essay, "1") != nil)
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "300")
    }

    @Test("`in Book 45 (Ed. ed., 2010)`: the one page before the date is where the chapter starts; `45, 52` cites 52")
    func pageBeforeDate() throws {
        let essay = try CitationFixture.essay([
            "Ann Roe, The Quiet Chapter, in The Big Book of Widgets 45 (Bo Poe ed., 2010).",
            "Cy Lee, The Loud Chapter, in The Big Book of Gadgets 45, 52 (Bo Poe ed., 2010).",
        ])
        let chapter = try #require(CitationFixture.authority(essay, "1"))
        #expect(chapter.title.hasPrefix("The Quiet Chapter"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint == nil)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "52")
    }
}
