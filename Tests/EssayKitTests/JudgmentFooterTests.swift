@testable import EssayKit
import Testing

/// A Commonwealth judgment's first-page footer (parties, neutral citation, date) is furniture, not
/// the text of the page's last note. Invented text in MarkItDown's shape of such a page.
@Suite("A judgment's footer under its first page")
struct JudgmentFooterTests {
    @Test("the footer's shape: capitals round v, [YEAR] COURT N, [DAY Month YEAR]")
    func footerLine() {
        #expect(LineRules.isJudgmentFooter("ALPHA ROPA v BETA KORU AND GAMMA LEE [2018] NZSC 12 [3 May 2018]".utf8.map { $0 }[...]))
        #expect(LineRules.isJudgmentFooter("ALPHA  ROPA  v  BETA  KORU  [2018]  NZHC  1403  [12  June  2018]".utf8.map { $0 }[...]))
        #expect(LineRules.isCourtHead("ALPHA ROPA v BETA KORU [2018] NZSC 12 [3 May 2018]".utf8.map { $0 }[...]))
        // A note citing a case, and a citation with a paragraph after it, are no footer.
        #expect(!LineRules.isJudgmentFooter("Alpha Ropa v Beta Koru [2018] NZSC 12 [3 May 2018]".utf8.map { $0 }[...]))
        #expect(!LineRules.isJudgmentFooter("ALPHA ROPA v BETA KORU [2018] NZSC 12 at [31]".utf8.map { $0 }[...]))
        #expect(!LineRules.isJudgmentFooter("ALPHA ROPA AND BETA KORU [2018] NZSC 12 [3 May 2018]".utf8.map { $0 }[...]))
    }

    static let pages = """
        IN THE SUPREME COURT OF FREEDONIA

        [1] The appellant sought orders about the moorings under the Harbour Law Act.1 The High Court
        refused the orders, and the Court of Appeal agreed with it.2 The appellant now appeals to this
        Court on two grounds.3

        [2] The first ground is that the courts below read the section too narrowly and that the
        moorings were the appellant's under the old licence.

        1   See Harbour Law Act 1987, s 12; and the Harbour Works Act 1990.

        2   Orla v Benn [2014] NZHC 1403 (Ross J) [Orla (HC)].

        3   Orla (HC), above n 2, at [31].

        ALPHA ROPA v BETA KORU AND GAMMA LEE [2018] NZSC 12 [3 May 2018]

        \u{0C}[3] The second ground is that the Court of Appeal erred in its view of the licence.4 We do
        not accept that ground.5

        4   Tane v Ruru [2012] NZCA 77, [2012] 2 NZLR 310 at [12].

        5   At [14].

        \u{0C}
        """

    @Test("the footer after the first page's last note is no part of it")
    func footerAfterLastNote() throws {
        let essay = try Fixture.essay(Self.pages)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("3")?.content.text == "Orla (HC), above n 2, at [31].")
    }
}
