@testable import EssayKit
import Testing

/// A report's summary box: the first section opens with the title printed again, the report's
/// number and date over its author's name, and the author's role beside the summary's first
/// lines. The texts are invented.
@Suite("A report's summary box")
struct SummaryBoxTests {
    static let head = "Grant Boards and the Law of\nSmall Sums\nUpdated March 3, 2098\n\nCongressional Research Service\nhttps://crsreports.example.gov\nR99123\n\n\u{0C}SUMMARY\n\n"
        + "Grant Boards and the Law of\nSmall Sums\n\nR99123\nMarch 3, 2098\nJane Q. Roe\n\n"

    @Test("the title printed again, the number, date and author's name are no summary text; the name is the author, the role goes")
    func box() throws {
        let essay = try Fixture.essay(Self.head + "Analyst in Public\nGrant boards keep ledgers that no one reads, and Congress has asked why they do.\n"
            + "Finance\nThe boards meet in small rooms and keep no minutes of what they decide.\n", path: "R99123.md")
        #expect(essay.title == "Grant Boards and the Law of Small Sums")
        #expect(essay.author == "Jane Q. Roe")
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ")
        #expect(body.hasPrefix("Grant boards keep ledgers that no one reads, and Congress has asked why they do. The boards meet"), "\(body)")
    }

    @Test("a first paragraph that only shares the title's words stays")
    func summaryTextStays() throws {
        let essay = try Fixture.essay(Self.head.replacingOccurrences(of: "Grant Boards and the Law of\nSmall Sums\n\nR99123", with: "R99123")
            + "Grant boards keep ledgers that no one reads.\n", path: "R99123.md")
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ")
        #expect(body.hasSuffix("Grant boards keep ledgers that no one reads."))
    }

    @Test("with no blank lines: the role under the author's name goes; the title over the summary's text goes")
    func boxWithoutBlankLines() throws {
        let essay = try Fixture.essay(Self.head.replacingOccurrences(of: "Jane Q. Roe\n\n", with: "Jane Q. Roe\nAnalyst in Public\nFinance\n\n")
            + "The boards meet in small rooms.\n", path: "R99123.md")
        #expect(essay.author == "Jane Q. Roe")
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["The boards meet in small rooms."])
        let bare = try Fixture.essay(Self.head.replacingOccurrences(of: "Small Sums\n\nR99123\nMarch 3, 2098\nJane Q. Roe\n\n", with: "Small Sums\nGrant boards keep ledgers.\n"),
                                     path: "R99123.md")
        #expect(bare.sections.flatMap(\.blocks).map(\.content.text) == ["Grant boards keep ledgers."])
    }
}
