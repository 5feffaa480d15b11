@testable import EssayKit
import Testing

/// A double-spaced PDF's lines, each a unit of its own after MarkItDown, read back into their
/// paragraphs; real paragraphs, headings and captions stay apart. Invented texts.
@Suite("Cut lines of a double-spaced page")
struct CutLineUnitTests {
    @Test("Lines cut mid-sentence go on: in lower case, after a joining word, and a name cut in two")
    func joinsCutLines() throws {
        let essay = try Fixture.essay("""
            The ferry company sued the harbor commissioners of Pell County in the district

            court, seeking a declaration that its boats may land at the public wharf in New

            Hampshire without a permit from the board. The board answered on 3

            March 2031 and moved to dismiss the complaint for want of any standing whatever.

            A second paragraph opens here with a capital and says that the motion was denied.
            """)
        let paragraphs = essay.sections.flatMap(\.blocks).map(\.content.text)
        #expect(paragraphs.count == 2)
        #expect(paragraphs.first?.contains("in the district court, seeking") == true)
        #expect(paragraphs.first?.contains("in New Hampshire without") == true)
        #expect(paragraphs.first?.contains("on 3 March 2031") == true)
    }

    @Test("A word broken at its hyphen and a sum of money go on; a note's number after a stop ends")
    func hyphenAndNumbers() throws {
        let essay = try Fixture.essay("""
            The board applied the familiar test to the ferry's claim, the predominant-

            factor test, and found that the largest fare the line may charge is $2,400

            and no more. The court agreed with the board on every point it had decided.12

            the next paragraph, cut by the converter, opens in lower case after a note's number.
            """)
        let paragraphs = essay.sections.flatMap(\.blocks).map(\.content.text)
        #expect(paragraphs.count == 2)
        #expect(paragraphs.first?.contains("$2,400 and no more") == true)
    }

    @Test("A whole sentence, a heading, a short caption line or a long Markdown paragraph stays apart")
    func keepsParagraphs() throws {
        let essay = try Fixture.essay("""
            The ferry company sued the harbor commissioners of Pell County in that court.

            and a line in lower case after a whole sentence is still a paragraph of its own here.

            The Standard of Review Applied by the Appellate Division

            the court reviews the grant of a motion to dismiss de novo, as it always has done.

            HARBOR FERRY COMPANY,

            v.

            The ferry company sued the harbor commissioners of Pell County in the district court of the state, and a Markdown paragraph is one line, longer than any printed one

            court papers follow in a paragraph of their own, which opens in lower case here.
            """)
        #expect(essay.sections.flatMap(\.blocks).count == 8)
    }
}
