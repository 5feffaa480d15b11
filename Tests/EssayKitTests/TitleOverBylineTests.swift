import EssayKit
import Testing

/// The title of a paper by pdftotext whose first page prints no blank line: the title in mixed
/// case, its byline and the text in one unit; a title in title case with a long preposition in
/// lower case; a journal's OCR'd slug above the title. The texts are invented.
@Suite("Titles over a byline in one unit, title-case prepositions, cover slugs")
struct TitleOverBylineTests {
    @Test("a title in mixed case over its byline, the text after them in the same unit")
    func titleOverBylineInOneUnit() throws {
        let text = """
            How Quiet Are Quiet Harbors? Boards and the Future of the
            Fee Problem
            Ann Q. Roe & Tom B. Vale
            Abstract. Harbor boards set fees that few owners ever read, and this paper asks why.
            The owners pay them all the same.

            """
        let essay = try Fixture.essay(text, path: "harbors.txt")
        #expect(essay.title == "How Quiet Are Quiet Harbors? Boards and the Future of the Fee Problem")
    }

    @Test("one title line over a byline and the text")
    func oneLineOverByline() throws {
        let essay = try Fixture.essay("The Quiet Harbor Board\nAnn Q. Roe\nThis Article asks how a harbor board sets its fees and why the owners pay them.\n",
                                      path: "board.txt")
        #expect(essay.title == "The Quiet Harbor Board")
    }

    @Test("a title in title case keeps a long preposition in lower case")
    func prepositionInTitle() throws {
        let essay = try Fixture.essay("Fee Reform through the Back Door:\nA Critique of Harbor Boards\nBy\nAnn Q. Roe\nThe text begins here and goes on about the boards.\n",
                                      path: "reform.txt")
        #expect(essay.title == "Fee Reform through the Back Door: A Critique of Harbor Boards")
    }

    @Test("a short cover line with no word of three letters opens no title")
    func slugIsNoTitle() throws {
        let essay = try Fixture.essay("J,V0N0 1\nRegulating Quiet Harbors\nAnn Q. Roe and Tom B. Vale\nThe text begins here and goes on about the boards that set the fees.\n",
                                      path: "quiet.txt")
        #expect(essay.title != "J,V0N0 1")
    }
}
