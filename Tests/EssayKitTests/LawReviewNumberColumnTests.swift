import EssayKit
import Testing

/// A law review's notes where pdftotext prints each note's number alone on a line, with no full
/// stop, apart from its text, and often out of place: a column of numbers before the texts, or a
/// number after its text at the end of the page's notes. The texts, names and journals are invented.
@Suite("A law review's notes numbered alone, apart from their texts")
struct LawReviewNumberColumnTests {
    static let filler = "The growers of the valley held their water in common for a long time, and the\n"
        + "orchards along the river drew on it as the seasons allowed, with no quarrel worth\n"
        + "the name until the drought years came and the district was asked to choose.\n"

    @Test("a number alone over each note's text, one set after the texts at the end of the page's notes")
    func strayNumberAtTheEnd() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + Self.filler
            + "The court heard the case in March.1 It held for the growers.2 The State\n"
            + "appealed.3 The panel agreed with the court.4\n"
            + "1\n\n"
            + "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "See Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020) (discussing the share rule\n"
            + "in the drought years).\n"
            + "3\n"
            + "Id. at 5.\n"
            + "4\n"
            + "Brief for the State at 3, Doe v. Roe, 1 F.4th 2 (9th Cir. 2030) (No. 30-1).\n"
            + "2\n\n"
            + "\u{0C}102\n\nNORTHERN LAW JOURNAL\n\n[Vol. 9:101\n\n"
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("1")?.content.text == "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).")
        #expect(essay.footnote("2")?.content.text == "See Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020) (discussing the share rule in the drought years).")
        #expect(essay.footnote("3")?.content.text == "Id. at 5.")
        #expect(essay.footnote("4")?.content.text == "Brief for the State at 3, Doe v. Roe, 1 F.4th 2 (9th Cir. 2030) (No. 30-1).")
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(!body.contains("Doe v. Roe") && body.contains("The rest of the essay."))
    }

    @Test("a column of numbers before the texts: a text opening with a volume (`18 U.S.C.`, `2 Ann Vale`) is no note's number")
    func columnBeforeTheTexts() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + Self.filler
            + "The statute bars it.1 The treatise says so.2 So does the case.3\n\n"
            + "1\n2\n3\n\n"
            + "18 U.S.C. § 922(g).\n"
            + "2 Ann Vale, Water Shares in the Valley 546–47 (Northern Press 1886).\n"
            + "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n\n"
            + "\u{0C}102\n\nNORTHERN LAW JOURNAL\n\n[Vol. 9:101\n\n"
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "18 U.S.C. § 922(g).")
        #expect(essay.footnote("2")?.content.text == "2 Ann Vale, Water Shares in the Valley 546–47 (Northern Press 1886).")
        #expect(essay.footnote("3")?.content.text == "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).")
    }

    @Test("texts that cannot be told apart stay in order with the first note; the other numbers are kept, empty, not given a wrong text")
    func uncertainPairing() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + Self.filler
            + "The statute bars it.1 The treatise says so.2\n\n"
            + "1\n2\n\n"
            + "See Doe v. Roe, 1 F.4th 2 (9th Cir. 2030) (holding that the share runs with the land\n"
            + "and passes to the heirs of the grower, as the statute says, in every district of the valley\n"
            + "and the hills; and so on).\n\n"
            + "\u{0C}102\n\nNORTHERN LAW JOURNAL\n\n[Vol. 9:101\n\n"
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text.hasPrefix("See Doe v. Roe") == true)
        #expect(essay.footnote("2")?.content.text == "")
    }

    @Test("where the likely note ends tie, those after a line short of the full ones (a note's last) part the texts when they are as many as needed")
    func shortLastLinePartsTheTexts() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + Self.filler
            + "The statute bars it.1 The treatise says so.2\n\n"
            + "1\n2\n\n"
            + "See Doe v. Roe, 1 F.4th 2 (9th Cir. 2030) (holding that the share runs with the land\n"
            + "and passes to the heirs of the grower)\n"
            + "Ann Vale, Water Shares, 12 N. L.J. 4 (2020) (discussing the share rule at great length).\n"
            + "The rule held in every district of the valley and in the hills, as the courts said.\n\n"
            + "\u{0C}102\n\nNORTHERN LAW JOURNAL\n\n[Vol. 9:101\n\n"
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text
            == "See Doe v. Roe, 1 F.4th 2 (9th Cir. 2030) (holding that the share runs with the land and passes to the heirs of the grower)")
        #expect(essay.footnote("2")?.content.text.hasPrefix("Ann Vale, Water Shares") == true)
    }

    @Test("a page's number alone at the top of a page, or one no mark asks for, opens no notes")
    func pageNumbersAreNoNotes() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + Self.filler
            + "The court heard the case in March and held for the growers.\n"
            + "7\n\n"
            + "\u{0C}1\n\nNORTHERN LAW JOURNAL\n\n"
            + "The panel agreed.1 The rest of the essay.\n")
        #expect(essay.footnotes.isEmpty)
        #expect(LawReviewNoteTests.bodyText(essay).contains("The panel agreed."))
    }

    @Test("notes `N text` opening in lower case (`3 de Vries`, `4 id. at 5.`) are read when marked, in order, after a note that ended")
    func lowerCaseNoteStarts() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + Self.filler
            + "The court heard the case.1 It held for the growers.2 The State appealed.3 The\n"
            + "panel agreed.4 In 2019 the district chose.5\n"
            + "1 Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "2 Ann Vale, Water Shares, 12 N. L.J. 4 (2020) (counting the shares for each year since\n"
            + "2019 data show a drop).\n"
            + "3 de Vries & Hale, supra note 2.\n"
            + "4 id. at 5.\n"
            + "5 See id.\n\n"
            + "\u{0C}102\n\nNORTHERN LAW JOURNAL\n\n[Vol. 9:101\n\n"
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("2")?.content.text == "Ann Vale, Water Shares, 12 N. L.J. 4 (2020) (counting the shares for each year since 2019 data show a drop).")
        #expect(essay.footnote("3")?.content.text == "de Vries & Hale, supra note 2.")
        #expect(essay.footnote("4")?.content.text == "id. at 5.")
    }

    @Test("a line of a note opening with a volume (`385 F.3d 625`) after a note that stops mid-sentence is no note numbered with its first digits")
    func volumeAtALineStart() throws {
        let claims = (1...38).map { "Claim \($0) is made.\($0)" }.joined(separator: " ")
        let notes = (1...36).map { "\($0) Source \($0), at \($0 + 10)." }.joined(separator: "\n")
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + claims + "\n" + notes + "\n"
            + "37 See, e.g., Doe v. Roe, 428 F.3d 38, 40 (1st Cir. 2031) (holding so); Poe v. Coe,\n"
            + "385 F.3d 625, 630-31 (6th Cir. 2030) (same).\n"
            + "38 Id. at 631.\n\n"
            + "\u{0C}102\n\nNORTHERN LAW JOURNAL\n\n[Vol. 9:101\n\n"
            + "The rest of the essay.\n")
        #expect(essay.footnotes.count == 38)
        #expect(essay.footnote("37")?.content.text == "See, e.g., Doe v. Roe, 428 F.3d 38, 40 (1st Cir. 2031) (holding so); Poe v. Coe, 385 F.3d 625, 630-31 (6th Cir. 2030) (same).")
        #expect(essay.footnote("38")?.content.text == "Id. at 631.")
    }

    @Test("dotted notes opening in lower case (`2. cf. ...`) are read")
    func dottedLowerCase() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + Self.filler
            + "The court heard the case.1 It held for the growers.2\n"
            + "1. Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "2. cf. id. at 5.\n\n"
            + "\u{0C}102\n\nNORTHERN LAW JOURNAL\n\n[Vol. 9:101\n\n"
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("2")?.content.text == "cf. id. at 5.")
    }

    @Test("a column's numbers in a unit of their own are kept; the first page's notice after the notes is no note's text")
    func columnUnitAndNotice() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + Self.filler
            + "The statute bars it.1 The treatise says so.2 So does the case.3\n"
            + "1\n\n"
            + "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n\n"
            + "2\n3\n\n"
            + "Ann Vale, Water Shares 5 (2020).\n"
            + "Id. at 7.\n\n"
            + "The Northern Review, 2031.\n"
            + "q 2031 The Northern Press. All rights reserved.\n"
            + "Press. https://doi.org/10.1000/1\n\n"
            + "\u{0C}102\n\nNORTHERN LAW JOURNAL\n\n[Vol. 9:101\n\n"
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).")
        #expect(essay.footnote("3")?.content.text == "Id. at 7.")
    }

    @Test("a number alone after a note `N Text` on one page foot (`6 The court ...` / `7` / `See ...` / `8 Terry ...`) is read with it, and the numbering runs on to the next pages")
    func numberAloneAmongNumberedNotes() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + Self.filler
            + "The court heard the case.1 It held for the growers.2 The State appealed.3\n"
            + "The panel agreed.4 The district asked again.5\n"
            + "____________\n\n"
            + "1 Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "2 Id. at 3.\n"
            + "3 Id. at 4.\n"
            + "4 Id. at 5.\n"
            + "5 Id. at 6.\n\n"
            + "\u{0C}2031]\n\nORCHARD RIGHTS\n\n61\n\n"
            + "The growers fled the valley in haste.6 The drought had come early that year,7 and\n"
            + "the river ran low all summer.8 The district met in the fall.9\n"
            + Self.filler
            + "6 The court contrasted the growers' \"headlong flight from the valley,\" which counted\n"
            + "against them, with \"leaving the district in a reasonable manner.\" Roe, 1 F.4th at 3.\n"
            + "The court found for the district. Id. at 9.\n"
            + "7\n"
            + "See Ann Vale, Bo Dale & Cy Hale, A View of Orchards in 2015, 16 N. L.J. & PUB. POL'Y\n"
            + "309, 325-26 (2017); Dee Lowe, There's No Water, VALLEY POST (June\n"
            + "10, 2020), https://www.example.com/x/.\n"
            + "8 Doe v. Poe, 392 U.S. 1, 27 (1968).\n"
            + "9 Vale v. Dale, 572 U.S. 393, 397 (2014).\n"
            + "\u{0C}2031]\n\nORCHARD RIGHTS\n\n62\n\n"
            + "enough to support the rule.10 There, the growers asked for more.11\n"
            + Self.filler
            + "10 Id. at 398.\n"
            + "11 Lowe v. Vale, 2 F.4th 3 (9th Cir. 2031).\n\n"
            + "\u{0C}2031]\n\nORCHARD RIGHTS\n\n63\n\n"
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == (1...11).map(String.init))
        #expect(essay.footnote("6")?.content.text.hasPrefix("The court contrasted") == true)
        #expect(essay.footnote("6")?.content.text.hasSuffix("Id. at 9.") == true)
        #expect(essay.footnote("7")?.content.text.hasPrefix("See Ann Vale, Bo Dale") == true)
        #expect(essay.footnote("7")?.content.text.hasSuffix("https://www.example.com/x/.") == true)
        #expect(essay.footnote("8")?.content.text == "Doe v. Poe, 392 U.S. 1, 27 (1968).")
        #expect(essay.footnote("9")?.content.text == "Vale v. Dale, 572 U.S. 393, 397 (2014).")
        #expect(essay.footnote("10")?.content.text == "Id. at 398.")
        #expect(essay.footnote("11")?.content.text == "Lowe v. Vale, 2 F.4th 3 (9th Cir. 2031).")
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(!body.contains("Doe v. Poe") && body.contains("The rest of the essay."))
    }

    /// The journal's first page: its body marks notes 1 and 2, each number alone above its text; then page 102's heads.
    static let firstPageTwoNotes = "# Orchard Rights\n\n" + filler
        + "The court heard the case in March.1 It held for the growers.2\n"
        + "1\n" + "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n" + "2\n" + "Id. at 5.\n" + head(102)

    /// Page `page` of a journal: its heads on lines of their own, parted by blank lines.
    static func head(_ page: Int) -> String {
        page % 2 == 0 ? "\u{0C}\(page)\n\nNORTHERN LAW JOURNAL\n\n[Vol. 9:101\n\n" : "\u{0C}2031]\n\nORCHARD RIGHTS\n\n\(page)\n\n"
    }

    @Test("a page's first note marked apart between two words (`held 3 and`) opens its notes when the next one stands alone below and is marked glued; later pages are read")
    func firstNoteMarkedApart() throws {
        let essay = try Fixture.essay(Self.firstPageTwoNotes
            + Self.filler
            + "The panel agreed that the share was held 3 and that the heirs\n"
            + "took it with the land.4 The State did not appeal again.\n\n"
            + "3\n"
            + "Brief for the State at 3, Doe v. Roe, 1 F.4th 2 (9th Cir. 2030) (No. 30-1).\n"
            + "4\n"
            + "Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).\n"
            + Self.head(103)
            + Self.filler
            + "The district then chose the old rule.5\n"
            + "5\n"
            + "Lowe v. Vale, 2 F.4th 3 (9th Cir. 2031).\n"
            + Self.head(104)
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("3")?.content.text == "Brief for the State at 3, Doe v. Roe, 1 F.4th 2 (9th Cir. 2030) (No. 30-1).")
        #expect(essay.footnote("4")?.content.text == "Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).")
        #expect(essay.footnote("5")?.content.text == "Lowe v. Vale, 2 F.4th 3 (9th Cir. 2031).")
    }

    @Test("a note's number printed nowhere alone (glued to the foot's last word) between two that are: the page's texts are parted among all the notes, and later pages are read")
    func numberGluedAtTheFootsEnd() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + Self.filler
            + "The court heard the case in March.1 It held for the growers.2 The State\n"
            + "appealed.3 The panel agreed with the court.4\n\n"
            + "1\n\n"
            + "See id.\n"
            + "See Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).\n"
            + "3\n"
            + "Brief for the State at 3, Doe v. Roe, 1 F.4th 2 (9th Cir. 2030) (No. 30-1).\n"
            + "4\n"
            + "Id. at 7 (discussing the share rule in the drought years at some length and in the\n"
            + "hills)2\n"
            + Self.head(102)
            + Self.filler
            + "The district then chose the old rule.5 It kept it.6\n"
            + "5\n"
            + "Lowe v. Vale, 2 F.4th 3 (9th Cir. 2031).\n"
            + "6\n"
            + "Id. at 4.\n"
            + Self.head(103)
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("1")?.content.text == "See id.")
        #expect(essay.footnote("2")?.content.text == "See Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).")
        #expect(essay.footnote("3")?.content.text == "Brief for the State at 3, Doe v. Roe, 1 F.4th 2 (9th Cir. 2030) (No. 30-1).")
        #expect(essay.footnote("5")?.content.text == "Lowe v. Vale, 2 F.4th 3 (9th Cir. 2031).")
        #expect(essay.footnote("6")?.content.text == "Id. at 4.")
    }

    @Test("after a page whose notes' numbers were lost, a later page's notes are read where two numbers alone run on and are marked glued; the lost notes stay unread")
    func resumesAfterALostPage() throws {
        let essay = try Fixture.essay(Self.firstPageTwoNotes
            + Self.filler
            + "The State appealed in the spring (3), lost (4) and paid (5).\n"
            + "Brief for the State at 3, Doe v. Roe, 1 F.4th 2 (9th Cir. 2030) (No. 30-1).\n"
            + "Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).\n"
            + "Id. at 11.\n"
            + Self.head(103)
            + Self.filler
            + "The district then chose the old rule.6 It kept it.7\n"
            + "6\n"
            + "Lowe v. Vale, 2 F.4th 3 (9th Cir. 2031).\n"
            + "7\n"
            + "Id. at 4.\n"
            + Self.head(104)
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "6", "7"])
        #expect(essay.footnote("6")?.content.text == "Lowe v. Vale, 2 F.4th 3 (9th Cir. 2031).")
        #expect(essay.footnote("7")?.content.text == "Id. at 4.")
    }

    @Test("a note `N text` whose title is in a right-to-left script (a direction mark after the number) opens its note after a number alone")
    func rightToLeftTitleOpensItsNote() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + Self.filler
            + "The court heard the case in March.1 The press said so.2 So did the radio.3\n"
            + "1\n"
            + "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n"
            + "2 \u{202B}نهر الوادي\u{202C}\n"
            + "3 \u{202B}ماء البساتين\u{202C}\n"
            + Self.head(102)
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).")
        #expect(essay.footnote("2")?.content.text.contains("نهر الوادي") == true)
        #expect(essay.footnote("3")?.content.text.contains("ماء البساتين") == true)
        #expect(essay.footnote("2")?.content.text.contains("ماء") == false)
    }
}
