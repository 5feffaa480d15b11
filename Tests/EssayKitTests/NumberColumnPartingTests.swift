@testable import EssayKit
import Testing

/// A page's notes whose labels plain pdftotext printed apart, as a column of numbers
/// (`3` / `4` / `5`), then the texts without labels: where the texts are cut among the labels.
/// The texts, names and journals are invented.
@Suite("Notes' texts parted among a column of labels")
struct NumberColumnPartingTests {
    /// The journal's first page: its body marks notes 1 and 2, each number alone above its text; then page 102's heads.
    static let firstPage = LawReviewNumberColumnTests.firstPageTwoNotes

    static func texts(_ essay: Essay) -> [String] { essay.footnotes.map(\.content.text) }

    @Test("a note's sentence ending inside it, a line ending `Mar.` and one opening `3, 2010).`, a note ending `(1988)` with no full stop")
    func citationRestAndNoFullStop() throws {
        let essay = try Fixture.essay(Self.firstPage + LawReviewNumberColumnTests.filler
            + "The State appealed.3 It lost the appeal,4 and the panel agreed.5 The court heard\n"
            + "the case again in the spring.6\n\n"
            + "3\n4\n5\n6\n\n"
            + "Ann Vale, Water Shares, 12 LAKESHORE L. REV. 301, 305 (1999). Later surveys found the same\n"
            + "figure for smaller firms. See id. at 9.\n"
            + "See Tess Amar, Paper Courts, COURT NEWS, June 2003, at 4, http://example.org/t.pdf (last visited Mar.\n"
            + "3, 2010).\n"
            + "ALDO FENN, THE LONG DOCKET 7 (1988)\n"
            + "See id. at 12.\n"
            + LawReviewNumberColumnTests.head(103) + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("3")?.content.text == "Ann Vale, Water Shares, 12 LAKESHORE L. REV. 301, 305 (1999). Later surveys found the same figure for smaller firms. See id. at 9.")
        #expect(essay.footnote("4")?.content.text == "See Tess Amar, Paper Courts, COURT NEWS, June 2003, at 4, http://example.org/t.pdf (last visited Mar. 3, 2010).")
        #expect(essay.footnote("5")?.content.text == "ALDO FENN, THE LONG DOCKET 7 (1988)")
        #expect(essay.footnote("6")?.content.text == "See id. at 12.")
    }

    @Test("more places than labels: a line ending in an abbreviation (`(Apr.`, `art.`) ends no note, a sentence inside a note's prose on a full line ends none surely")
    func abbreviationsEndNoNote() throws {
        let essay = try Fixture.essay(Self.firstPage + LawReviewNumberColumnTests.filler
            + "The State appealed.3 It lost the appeal,4 and the panel agreed.5\n\n"
            + "3\n4\n5\n\n"
            + "See Ann Vale, Water Shares, 12 LAKESHORE L. REV. 301, 305 (1999) (counting the shares for each\n"
            + "year of the drought in the valley and in the hills, and finding the same figure for the firms).\n"
            + "Later surveys found the same figure.\n"
            + "Rep. of the Water Board, No. 12, at 4 (Apr.\n"
            + "2003).\n"
            + "Cf. Water Code art.\n"
            + "12.\n"
            + LawReviewNumberColumnTests.head(103) + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("3")?.content.text.hasSuffix("for the firms). Later surveys found the same figure.") == true)
        #expect(essay.footnote("4")?.content.text == "Rep. of the Water Board, No. 12, at 4 (Apr. 2003).")
        #expect(essay.footnote("5")?.content.text == "Cf. Water Code art. 12.")
    }

    @Test("a note ending in a web address with no full stop ends where the next opens as a note does")
    func noteEndingInAnAddress() throws {
        let essay = try Fixture.essay(Self.firstPage + LawReviewNumberColumnTests.filler
            + "The State appealed.3 It lost the appeal.4\n\n"
            + "3\n4\n\n"
            + "See Water Board, Annual Report 4 (2003), http://example.org/report\n"
            + "Id. at 7.\n"
            + LawReviewNumberColumnTests.head(103) + "The rest of the essay.\n")
        #expect(essay.footnote("3")?.content.text == "See Water Board, Annual Report 4 (2003), http://example.org/report")
        #expect(essay.footnote("4")?.content.text == "Id. at 7.")
    }

    @Test("the page's first texts going on with the last note of the page before (in lower case) are that note's rest")
    func restOfTheNoteBefore() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n" + LawReviewNumberColumnTests.filler
            + "The court heard the case in March.1 It held for the growers.2\n"
            + "1\n" + "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "2\n" + "See Ann Vale, Water Shares, 12 LAKESHORE L. REV. 301, 305 (1999) (counting the shares for each\n"
            + LawReviewNumberColumnTests.head(102) + LawReviewNumberColumnTests.filler
            + "The State appealed.3 It lost the appeal.4\n\n"
            + "3\n4\n\n"
            + "year of the drought in the valley).\n"
            + "Poe v. Coe, 385 F.3d 625, 630 (6th Cir. 2030).\n"
            + "Id. at 631.\n"
            + LawReviewNumberColumnTests.head(103) + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("2")?.content.text == "See Ann Vale, Water Shares, 12 LAKESHORE L. REV. 301, 305 (1999) (counting the shares for each year of the drought in the valley).")
        #expect(essay.footnote("3")?.content.text == "Poe v. Coe, 385 F.3d 625, 630 (6th Cir. 2030).")
        #expect(essay.footnote("4")?.content.text == "Id. at 631.")
    }

    @Test("the rest of the last note opening with a capital is that note's where one text more than the labels opens as a note does")
    func capitalRestOfTheNoteBefore() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n" + LawReviewNumberColumnTests.filler
            + "The court heard the case in March.1 It held for the growers.2\n"
            + "1\n" + "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "2\n" + "See Ann Vale, Water Shares in the\n"
            + LawReviewNumberColumnTests.head(102) + LawReviewNumberColumnTests.filler
            + "The State appealed.3 It lost the appeal.4\n\n"
            + "3\n4\n\n"
            + "Valley 12 (Northern Press 1999).\n"
            + "Poe v. Coe, 385 F.3d 625, 630 (6th Cir. 2030).\n"
            + "Id. at 631.\n"
            + LawReviewNumberColumnTests.head(103) + "The rest of the essay.\n")
        #expect(essay.footnote("2")?.content.text == "See Ann Vale, Water Shares in the Valley 12 (Northern Press 1999).")
        #expect(essay.footnote("3")?.content.text == "Poe v. Coe, 385 F.3d 625, 630 (6th Cir. 2030).")
        #expect(essay.footnote("4")?.content.text == "Id. at 631.")
    }

    @Test("fewer texts than labels, each opening as a note does: the first labels take them in order, the last stays empty")
    func fewerTextsThanLabels() throws {
        let essay = try Fixture.essay(Self.firstPage + LawReviewNumberColumnTests.filler
            + "The majority said so.3 One Justice agreed.4 So did another.5 The rest\n"
            + "followed the old case.6 Nothing more was said.7\n\n"
            + "3\n4\n5\n6\n7\n\n"
            + "Id. at 691 (majority opinion).\n"
            + "Id. at 737 (Vale, J., concurring).\n"
            + "Id.\n\n"
            + "Id. (quoting Ann Vale, Water Shares in the Valley, 135 N. L. Rev.\n"
            + "777, 782 (2022)).\n"
            + LawReviewNumberColumnTests.head(103) + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(essay.footnote("3")?.content.text == "Id. at 691 (majority opinion).")
        #expect(essay.footnote("4")?.content.text == "Id. at 737 (Vale, J., concurring).")
        #expect(essay.footnote("5")?.content.text == "Id.")
        #expect(essay.footnote("6")?.content.text == "Id. (quoting Ann Vale, Water Shares in the Valley, 135 N. L. Rev. 777, 782 (2022)).")
        #expect(essay.footnote("7")?.content.text == "")
    }

    @Test("line ends: abbreviations, a part's number, a web address; line starts: a citation's rest, a note's opening")
    func lineRules() {
        func bytes(_ text: String) -> ArraySlice<UInt8> { Array(text.utf8)[...] }
        #expect(EssayBuilder.endsWithAbbreviation(bytes("(last visited Apr.")))
        #expect(EssayBuilder.endsWithAbbreviation(bytes("Water Code art.")))
        #expect(EssayBuilder.endsWithAbbreviation(bytes("See 17 U.S.")))
        #expect(EssayBuilder.endsWithAbbreviation(bytes("See Ann Q.")))
        #expect(EssayBuilder.endsWithAbbreviation(bytes("(2008), 420-451; J.")))
        #expect(EssayBuilder.endsWithAbbreviation(bytes("Smith, supra note 3. Id.")))
        #expect(!EssayBuilder.endsWithAbbreviation(bytes("Id.")))
        #expect(!EssayBuilder.endsWithAbbreviation(bytes("See id.")))
        #expect(!EssayBuilder.endsWithAbbreviation(bytes("See infra Part II.B.")))
        #expect(!EssayBuilder.endsWithAbbreviation(bytes("See id. app. C.")))
        #expect(!EssayBuilder.endsWithAbbreviation(bytes("the same figure.")))
        #expect(EssayBuilder.continuesCitation(bytes("3, 2010).")))
        #expect(EssayBuilder.continuesCitation(bytes("3, § 12.")))
        #expect(EssayBuilder.continuesCitation(bytes("301 (1999).")))
        #expect(!EssayBuilder.continuesCitation(bytes("533 U.S. 218 (2001).")))
        #expect(EssayBuilder.opensLikeNote(bytes("See id. at 9.")))
        #expect(EssayBuilder.opensLikeNote(bytes("Tess Amar, Paper Courts")))
        #expect(EssayBuilder.opensLikeNote(bytes("ALDO FENN, THE LONG DOCKET")))
        #expect(EssayBuilder.opensLikeNote(bytes("533 U.S. 218 (2001).")))
        #expect(EssayBuilder.opensLikeNote(bytes("Poe v. Coe, 385 F.3d")))
        #expect(!EssayBuilder.opensLikeNote(bytes("Later surveys found the same")))
        #expect(EssayBuilder.endsWithAddress(bytes("(2003), http://example.org/report")))
    }
}
