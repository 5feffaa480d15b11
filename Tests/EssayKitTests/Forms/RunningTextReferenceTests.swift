import Testing
@testable import EssayKit

@Suite("A surname and page to a work the running text cites first")
struct RunningTextReferenceTests {
    @Test("the note that first cites a running-text work names no note before it; a later note names that one")
    func noteNamesNoItself() throws {
        let text = "# Fixture Essay\n\nOld cases agree. See generally T. Wren, Roads and the Law 3–9 (1979). It was so.<sup>1</sup> And so.<sup>2</sup>\n\n---\n\n1. Wren 12.\n\n2. Wren 40.\n"
        let essay = try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
        let first = try #require(CitationFixture.only(essay, "1"))
        #expect(first.authorityID != nil)
        #expect(first.refersTo == nil)
        let second = try #require(CitationFixture.only(essay, "2"))
        #expect(second.authorityID == first.authorityID)
        #expect(second.refersTo == "1")
    }
}
