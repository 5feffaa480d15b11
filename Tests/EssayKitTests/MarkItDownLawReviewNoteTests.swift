import EssayKit
import Testing

/// A law journal's galley PDF as MarkItDown (pdfminer) converts it: pages parted by form feeds,
/// each opening with the galley's file name in capitals and its date stamp, then (after the first
/// page) the page number, the journal's name and `[Vol. N:N`, each parted by blank lines; justified
/// text keeps two spaces between words; notes open `1.  text` (two spaces), the author's note
/// `*  text`; the page number alone ends each page. Names, journals and texts are invented.
@Suite("A law journal's galleys as MarkItDown converts them: file-name heads, `1.  text` notes")
struct MarkItDownLawReviewNoteTests {
    static let feed = "\u{0C}"

    static func head(_ page: Int) -> String {
        "ROE ARTICLE.DOC\n\nAPRIL 7, 2031 9:05 AM\n\n\(page)\n\nNORTHERN LAW JOURNAL\n\n[Vol. 9:101\n\n"
    }

    static let pages = [
        "ROE ARTICLE.DOC\n\nAPRIL 7, 2031 9:05 AM\n\n"
            + "ORCHARD  RIGHTS  RECONSIDERED\n\n"
            + "It  is  always  a  daunting  task  to  write  about  orchards.1  Growers  have long  argued  about  the  water  share,  and  the  debate  goes  on.2\n\n"
            + "The  share  is  often  called  “riparian.”3  The  label  hides  more  than  it  shows.4\n\n"
            + "*  Professor  of  Law,  Example  University.  I  thank  the  editors.\n\n"
            + "1.  Ann Vale, Water Shares, 12 N. L.J. 4 (2020).\n\n"
            + "2.  See  Ben  Lowe,  Orchards  and  Law,  88  S.  L.  REV.  1,  12  (2019).\n\n"
            + "3.  Id. at 8.\n\n"
            + "  The  word  has  other  uses  as  well.\n\n"
            + "4.  Lowe, supra note 2, at 14.\n\n"
            + "101\n\n",
        head(102)
            + "The  second  page  goes  on  with  the  argument.5  The  courts  have  not  settled  it.6\n\n"
            + "5.  Vale, supra note 1, at 20.\n\n"
            + "6.  Id. at 21.\n\n"
            + "102\n",
    ]

    static func essay() throws -> Essay {
        try Fixture.essay(pages.joined(separator: feed), path: "orchard-markitdown.md")
    }

    @Test("notes `N.  text` with two spaces are read, the marks glued to words in the body")
    func twoSpaceNotes() throws {
        let essay = try Self.essay()
        #expect(essay.footnotes.filter { $0.label != "*" }.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("1")?.content.text == "Ann Vale, Water Shares, 12 N. L.J. 4 (2020).")
        #expect(essay.footnote("6")?.content.text == "Id. at 21.")
        #expect(LawReviewNoteTests.markers(essay) == ["1", "2", "3", "4", "5", "6"])
        #expect(!LawReviewNoteTests.bodyText(essay).contains("Id. at"))
    }

    @Test("a note's later paragraph, opening with two spaces, goes on with the note")
    func laterParagraph() throws {
        let essay = try Self.essay()
        let text = try #require(essay.footnote("3")?.content.text)
        #expect(text.hasPrefix("Id. at 8."))
        #expect(text.contains("other  uses") || text.contains("other uses"))
    }

    @Test("the author's note `*  text` as a paragraph of its own above note 1 is the author's")
    func authorNote() throws {
        let essay = try Self.essay()
        #expect(essay.authorNoteLabel == "*")
        #expect(essay.footnote("*")?.content.text.contains("Professor") == true)
        #expect(!LawReviewNoteTests.bodyText(essay).contains("Professor"))
    }

    @Test("the galley's file name and date stamp are furniture, not the title or body text")
    func fileNameHeads() throws {
        let essay = try Self.essay()
        #expect(!essay.title.contains("DOC") && !essay.title.contains("9:05"))
        let body = LawReviewNoteTests.bodyText(essay)
        #expect(!body.contains(".DOC") && !body.contains("9:05") && !body.contains("NORTHERN") && !body.contains("Vol."))
    }

    @Test("a Word draft's notes `8.  See ...` (a full stop and two spaces) go on after a first note printed `1  Text`")
    func dottedNotesAfterABareFirstNote() throws {
        let pages = [
            """
            Book Review: Radical Roe Law

            Ann Vale1

            The  book  under  review  makes  a  bold  claim  about  the  law  of  small  courts.2  It  argues
            that  the  courts  have  made  con-
            tributions  to  the  law  that  others  have  missed.3

            1  Assistant professor of law, Example University.
            2.  Jon Roe, Radical Roe Law (2020).
            3.  Id. at 4.

            1

            """,
            """
            Book Review: Radical Roe Law

            The  author  is  right  in  part.4  But  the  claim  goes  too  far  in  places.5  See  the  cases
            below.6

            4.  See infra note 6. The point is made again there.
            5.  Mary Poe, Courts and Towns, 12 J. SMALL CTS. 1 (1999).
            6.  Carl Ray, The Small Court, 40 REV. 101 (2001).

            2

            """,
        ]
        let essay = try Fixture.essay(pages.joined(separator: Self.feed), path: "review-markitdown.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("4")?.content.text == "See infra note 6. The point is made again there.")
        #expect(essay.footnote("6")?.content.text == "Carl Ray, The Small Court, 40 REV. 101 (2001).")
    }

    @Test("notes `2  See ...` (no full stop, two spaces kept from the justified line) go on after the page's first; an address's code wrapped to a line's start (`3XRS-A4ZG].`) is no note")
    func justifiedNumberWithoutFullStop() throws {
        let essay = try Fixture.essay("# Orchard Rights\n\n"
            + "The  growers  of  the  valley  held  their  water  in  common  for  a  long  time,  and  the\n"
            + "orchards  along  the  river  drew  on  it  as  the  seasons  allowed.1  The  district  was\n"
            + "asked to choose.2 It chose the old rule.3\n\n"
            + "1  See Ann Vale, Water Shares, 12 N. L.J. 4, 9 (2020).\n\n"
            + "2  See  Orchard  Board,  Annual  Report  3  (2021),  https://example.org/report  [https://perma.cc/\n"
            + "3XRS-A4ZG].\n\n"
            + "3  Id. at 5.\n\n"
            + "102\n\n" + Self.feed
            + "NORTHERN LAW JOURNAL\n\n"
            + "The growers appealed.4 They lost.5\n\n"
            + "4  Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).\n\n"
            + "5  Id. at 7.\n\n" + Self.feed
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("2")?.content.text.hasSuffix("3XRS-A4ZG].") == true)
        #expect(essay.footnote("3")?.content.text == "Id. at 5.")
        #expect(essay.footnote("4")?.content.text == "Doe v. Roe, 1 F.4th 2 (9th Cir. 2030).")
        #expect(essay.footnote("5")?.content.text == "Id. at 7.")
    }

    @Test("a justified note `N  (1672) 83 Eng. Rep. 112` opening with a bracketed year is the next note, not the rest of the one before")
    func justifiedNoteOpeningWithABracketedYear() throws {
        let essay = try Fixture.essay("# Keepers of the Gaol\n\n"
            + "The  old  bench  could  call  a  keeper  to  account  for  cruelty  to  those  held.1    In  the\n"
            + "case of one keeper,2 the court fined her.3  The practice went on.4\n\n"
            + "  1  Ann Vale, Old Gaols, 12 N. L.J. 4, 9 (2020).\n"
            + "  2  (1672) 83 Eng. Rep. 112; Raym. Sir T. 216 (KB).\n"
            + "  3  [1726] 2 Str. 710, 711 (KB); see also Vale, supra note 1, at 10.\n"
            + "  4  See id.\n\n"
            + "102\n\n" + Self.feed
            + "The rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("2")?.content.text == "(1672) 83 Eng. Rep. 112; Raym. Sir T. 216 (KB).")
        #expect(essay.footnote("3")?.content.text.hasPrefix("[1726] 2 Str. 710") == true)
    }

    @Test("a note ending in a lead-in (`as follows:`) takes the quotation and source paragraphs after it, up to the page's next note")
    func leadInNoteTakesItsQuotation() throws {
        let pages = [
            Self.pages[0],
            Self.head(102)
                + "The  second  page  goes  on  with  the  argument.5  The  courts  have  not  settled  it.6\n\n"
                + "5.  Professor Vale explains the shift as follows:\n\n"
                + "After the ruling, a grower must first prove that the share was taken. Once this burden\n"
                + "has been met, the grower must prove the loss.\n\n"
                + "Ann Vale, Shares Again, ORCHARD BLOG (June\n"
                + "21, 2021), https://example.org/shares [https://perma.cc/7QX3-THB5]. See also Lowe, supra note 2, at 20.\n\n"
                + "6.  Id. at 21.\n\n"
                + "102\n",
        ]
        let essay = try Fixture.essay(pages.joined(separator: Self.feed), path: "orchard-markitdown.md")
        #expect(essay.footnotes.filter { $0.label != "*" }.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        let five = try #require(essay.footnote("5")?.content.text)
        #expect(five.hasPrefix("Professor Vale explains the shift as follows:"))
        #expect(five.hasSuffix("See also Lowe, supra note 2, at 20."))
        #expect(essay.footnote("6")?.content.text == "Id. at 21.")
        #expect(!LawReviewNoteTests.bodyText(essay).contains("After the ruling"))
    }
}
