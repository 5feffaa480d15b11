@testable import EssayKit
import Testing

/// A working paper's cover printed with its title and no blank lines: a school's name in capitals,
/// the paper series and its number over the title. The texts are invented.
@Suite("Working paper covers without blank lines")
struct WorkingPaperCoverTests {
    static let cover = "NORTHVALE\nPublic Law and Legal Theory Research Paper Series\nWorking Paper No. 2098-07\n"
        + "THE QUIET LEDGER: GRANT BOARDS\nAND THE LAW OF SMALL SUMS\nJane Q. Roe*\n"

    @Test("the school's name a series's line closes is no title: the run over the author's line is, and the cover's lines go with it")
    func schoolOverSeries() throws {
        let essay = try Fixture.essay(Self.cover + "Grant boards keep ledgers that no one reads. They meet in small rooms.\n", path: "paper.md")
        #expect(essay.title == "THE QUIET LEDGER: GRANT BOARDS AND THE LAW OF SMALL SUMS")
        #expect(essay.author == "Jane Q. Roe")
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ")
        #expect(!body.contains("NORTHVALE") && !body.contains("Paper Series") && !body.contains("Working Paper No."))
        #expect(body.hasPrefix("Grant boards keep ledgers"))
    }

    @Test("the repository's lines under the author's are the cover's too")
    func repositoryLinesAfterTheAuthor() throws {
        let essay = try Fixture.essay(Self.cover + "This paper can be downloaded without charge from the Social Science Research Network\n"
            + "Electronic Paper Collection: https://ssrn.com/abstract=1234567\nGrant boards keep ledgers that no one reads.\n", path: "paper.md")
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ")
        #expect(!body.contains("downloaded") && !body.contains("ssrn.com"))
        #expect(body.hasPrefix("Grant boards keep ledgers"))
    }

    @Test("a cover in capitals over a series's number: the author's school and the date go, and the abstract under them is front matter")
    func affiliationAndAbstractUnderTheAuthor() throws {
        let essay = try Fixture.essay("NORTHVALE UNIVERSITY\nSCHOOL OF LAW\nPublic Law Research Paper No. 21-07\nTHE MINUTES NOBODY KEEPS\n"
            + "John Doe\nNorthvale University School of Law\nMarch 2098\nABSTRACT This Article asks why grant boards keep no minutes.\n"
            + "KEY WORDS: minutes, boards\nINTRODUCTION\nBoards meet in small rooms. They keep no minutes.\n", path: "paper.md")
        #expect(essay.title == "THE MINUTES NOBODY KEEPS")
        #expect(essay.author == "John Doe")
        #expect(essay.frontMatter.abstract == ["This Article asks why grant boards keep no minutes."])
        #expect(essay.frontMatter.keywords == ["minutes", "boards"])
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["Boards meet in small rooms. They keep no minutes."])
    }

    @Test("a title a series's line closes, with no title over an author's line after it, stays the title")
    func titleOverItsSeriesStays() throws {
        let essay = try Fixture.essay("THE QUIET LEDGER\nWorking Paper No. 12\n\nGrant boards keep ledgers that no one reads. They meet in small rooms.\n",
                                      path: "paper.md")
        #expect(essay.title == "THE QUIET LEDGER")
    }

    @Test("a series's or repository's line by form; a sentence about working papers is none")
    func seriesLines() {
        for line in ["Public Law and Legal Theory Research Paper Series", "Working Paper No. 21-07", "Research Paper No. 2098-12",
                     "LAW AND ECONOMICS WORKING PAPER SERIES", "Discussion Paper No. 5", "Public Law Research Paper No. 21-07", "Electronic Paper Collection: https://ssrn.com/abstract=1"] {
            #expect(WorkingPaperCover.isSeriesLine(Array(line.utf8)[...]), "\(line)")
        }
        for line in ["Working papers by economists show that boards meet", "Research on grant boards is thin", "THE QUIET LEDGER"] {
            #expect(!WorkingPaperCover.isSeriesLine(Array(line.utf8)[...]), "\(line)")
        }
    }

    @Test("the repository's sentence wrapped over several lines under the author's: each line is the cover's")
    func wrappedRepositorySentence() throws {
        let essay = try Fixture.essay(Self.cover + "This paper can be downloaded without\ncharge from the Social Science Research\n"
            + "Network Electronic Paper Collection:\nhttps://ssrn.com/abstract=1234567\nGrant boards keep ledgers that no one reads.\n", path: "paper.md")
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ")
        #expect(!body.contains("charge from") && !body.contains("Paper Collection"))
        #expect(body.hasPrefix("Grant boards keep ledgers"))
    }

    @Test("a wrapped repository sentence's later lines by form; a sentence about charges is none")
    func wrappedRepositoryLines() {
        for line in ["charge from the Social Science Research", "Network Electronic Paper Collection:"] {
            #expect(WorkingPaperCover.isSeriesLine(Array(line.utf8)[...]), "\(line)")
        }
        for line in ["charge from the board was dropped in the spring", "Network effects keep boards small"] {
            #expect(!WorkingPaperCover.isSeriesLine(Array(line.utf8)[...]), "\(line)")
        }
    }
}
