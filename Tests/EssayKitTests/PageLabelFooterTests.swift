@testable import EssayKit
import Testing

/// A report's page label at the foot (`Page 1-16`, then the report's number and title) is
/// furniture, not the page's last note. Invented text in plain `pdftotext`'s shape of such pages.
@Suite("A report's page label under its notes")
struct PageLabelFooterTests {
    @Test("Page N, Page N-M and Page N of M alone on a line; nothing else")
    func labelLine() {
        #expect(LineRules.isPageLabel("Page 12".utf8.map { $0 }[...]))
        #expect(LineRules.isPageLabel("Page 1-16".utf8.map { $0 }[...]))
        #expect(LineRules.isPageLabel("   Page 11-102  ".utf8.map { $0 }[...]))
        #expect(LineRules.isPageLabel("Page 3 of 40".utf8.map { $0 }[...]))
        #expect(LineRules.isPageLabel("    Page 11-16                GAO-06-382SP Funding Rules—Vol. II".utf8.map { $0 }[...]))
        #expect(!LineRules.isPageLabel("Page 12 of the report      sets out the totals.".utf8.map { $0 }[...]))
        #expect(!LineRules.isPageLabel("Page 12 shows the totals.".utf8.map { $0 }[...]))
        #expect(!LineRules.isPageLabel("Page".utf8.map { $0 }[...]))
        #expect(!LineRules.isPageLabel("Pages 1-16".utf8.map { $0 }[...]))
        #expect(!LineRules.isPageLabel("Page 1-".utf8.map { $0 }[...]))
    }

    static let pages = """
        Chapter 2
        Funding Rules

        The office took over the audit of the accounts in 1921.1 Before then each department kept
        its own books, and the Treasury settled them, each by its own rules and on its own dates.

        1

        Audit Reform Act of 1921, Pub. L. No. 67-13, 42 Stat. 20.

        Page 2-3

        AB-04-261SP Funding Rules—Vol. I

        \u{0C}Chapter 2
        Funding Rules

        The settlement of accounts then passed to the new office, which kept them from then on.2
        Its first reports went to the Congress in the year after, and every year since then.3

        2

        See Varn v. Osric, 34 Ct. Cl. 377, 386 (1899).

        3

        Id. at 388.

        Page 2-4

        AB-04-261SP Funding Rules—Vol. I

        \u{0C}Chapter 2
        Funding Rules

        The reports are now sent to each committee of both houses, as the law of 1950 requires.4

        4

        Audit Review Act of 1950, Pub. L. No. 81-784, 64 Stat. 832.

        Page 2-5

        AB-04-261SP Funding Rules—Vol. I

        \u{0C}
        """

    @Test("the label and the report's line after the last note are no part of it")
    func labelAfterLastNote() throws {
        let essay = try Fixture.essay(Self.pages)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("1")?.content.text == "Audit Reform Act of 1921, Pub. L. No. 67-13, 42 Stat. 20.")
        #expect(essay.footnote("3")?.content.text == "Id. at 388.")
        #expect(essay.footnote("4")?.content.text == "Audit Review Act of 1950, Pub. L. No. 81-784, 64 Stat. 832.")
    }
}
