import EssayKit
import Testing

/// The title of a plain converted text, read from its first page: the first short run of title
/// lines that a date, a byline or page furniture closes. The texts are invented.
@Suite("Titles of plain converted texts")
struct PlainTitleTests {
    static func warnsOfNoTitle(_ essay: Essay) -> Bool {
        essay.diagnostics.contains { $0.message.contains("no title line") }
    }

    static let reportPage = "\u{0C}Timber Import Certification\n\nThe program requires importers to report where wood was harvested.1\n\n"
        + "1 Department of the Interior, Program Overview, 2024.\n\nCongressional Research Service\n\n1\n"

    @Test("a report by pdftotext: the title's lines, then the date it was updated and the service's furniture")
    func reportInReadingOrder() throws {
        let essay = try Fixture.essay("Timber Import Certification: Program\nOverview and Issues for Congress\nUpdated April 21, 2026\n\n"
            + "Congressional Research Service\nhttps://crsreports.congress.gov\nR40001\n\n" + Self.reportPage, path: "report.md")
        #expect(essay.title == "Timber Import Certification: Program Overview and Issues for Congress")
        #expect(!Self.warnsOfNoTitle(essay))
        #expect(!essay.sections.flatMap(\.blocks).contains { $0.content.text.contains("Overview and Issues") })
        // The cover's date, address and number are furniture too.
        #expect(!essay.sections.flatMap(\.blocks).contains { $0.content.text.contains("crsreports") || $0.content.text.contains("April 21") })
    }

    @Test("a page's running head that prints the title's first words goes, however few pages print it, and the sentence it cut is whole")
    func runningHeadPrintsTheTitle() throws {
        let page = { (body: String, note: String, number: Int) in
            "\u{0C}Timber Import Certification: Program Overview\n\n\(body)\n\n\(note)\n\n\(number)\n\n"
        }
        let essay = try Fixture.essay("Timber Import Certification: Program\nOverview and Issues for Congress\nUpdated April 21, 2026\n\n"
            + page("The program requires importers to report where wood was harvested.1 It also requires", "1 Department of the Interior, Overview, 2024.", 1)
            + page("records kept for two years.2", "2 Department of the Interior, Records, 2024.", 2), path: "report.md")
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text)
            == ["The program requires importers to report where wood was harvested. It also requires records kept for two years."])
    }

    @Test("a report by pdftotext's layout mode: the title, a blank line, a bare date, furniture set in from the margin")
    func reportInLayoutMode() throws {
        let essay = try Fixture.essay("Harbor Dredging and the Federal\nNavigation Program (FNP)\n\nMarch 3, 2026\n\n\n\n"
            + "                              Congressional Research Service\n                               https://crsreports.congress.gov\n"
            + "                                                      R40002\n" + Self.reportPage, path: "report.md")
        #expect(essay.title == "Harbor Dredging and the Federal Navigation Program (FNP)")
    }

    @Test("a law review article: the title in capitals with its dagger, the author in capitals with a star")
    func articleInCapitals() throws {
        let essay = try Fixture.essay("THE LEDGER AND THE LAW:\nA STUDY OF GRANT BOARDS†\n\nJANE Q. ROE*\n\n"
            + "Grant boards keep ledgers that no one reads. This Article reads them, and finds that the boards\n"
            + "decide most grants before they meet.\n", path: "article.md")
        #expect(essay.title == "THE LEDGER AND THE LAW: A STUDY OF GRANT BOARDS")
        #expect(essay.author == "JANE Q. ROE")
    }

    @Test("a slip opinion: its heads and the court's name are furniture, and the case's name in capitals is the title")
    func slipOpinion() throws {
        let essay = try Fixture.essay("(Slip Opinion)\n\nOCTOBER TERM, 2098\n\n1\n\nSyllabus\n"
            + "NOTE: Where it is feasible, a syllabus (headnote) will be released, as is\n"
            + "being done in connection with this case, at the time the opinion is issued.\n\n"
            + "SUPREME COURT OF THE UNITED STATES\nSyllabus\n\nHARBOR DISTRICT v.\nRIVER BOARD ET AL.\n"
            + "CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR\nTHE NINTH CIRCUIT\nNo. 97–123.\n\n"
            + "Argued March 3, 2098—Decided June 1, 2098\n\nThe Harbor Compact allocates the river's water among the States.\n", path: "opinion.md")
        #expect(essay.title == "HARBOR DISTRICT v. RIVER BOARD ET AL.")
        #expect(!Self.warnsOfNoTitle(essay))
    }

    @Test("text that opens with a heading and a paragraph, or with the paragraph, has no title: the warning stays")
    func noTitleWithoutACloser() throws {
        for text in ["Introduction\nThe board kept a ledger of the grants, and the ledger was audited twice a year.\n",
                     "The board kept a ledger of the grants.\nIt was audited twice a year.\n\nApril 3, 2026\n",
                     "Congressional Research Service\nhttps://crsreports.congress.gov\n\nThe board kept a ledger.\n"] {
            let essay = try Fixture.essay(text, path: "plain.md")
            #expect(essay.title == "plain")
            #expect(Self.warnsOfNoTitle(essay))
        }
    }

    @Test("a slip opinion's sections are titled by the heads it prints (`Syllabus`, `Opinion of the Court`) and its parts, never by its court's name or term")
    func slipOpinionSections() throws {
        let essay = try Fixture.essay("(Slip Opinion)\n\nOCTOBER TERM, 2098\n\n1\n\nSyllabus\n"
            + "NOTE: Where it is feasible, a syllabus (headnote) will be released.\n\n"
            + "SUPREME COURT OF THE UNITED STATES\nSyllabus\n\nHARBOR DISTRICT v.\nRIVER BOARD ET AL.\n"
            + "CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR\nTHE NINTH CIRCUIT\nNo. 97–123.\n\n"
            + "The Harbor Compact allocates the river's water among the States.\n\n"
            + "\u{0C}2\n\nHARBOR DISTRICT v. RIVER BOARD\nSyllabus\nThe Court of Appeals affirmed.\n\n"
            + "\u{0C}Cite as: 999 U. S. ____ (2098)\n\n1\n\nOpinion of the Court\n"
            + "NOTICE: This opinion is subject to formal revision before publication.\n\n"
            + "SUPREME COURT OF THE UNITED STATES\n\nNo. 97–123\n\nHARBOR DISTRICT, PETITIONER v. RIVER BOARD ET AL.\n[June 1, 2098]\n\n"
            + "JUSTICE ROE delivered the opinion of the Court.\nThe Harbor Compact binds four States.\nI\nThe river rises in the hills.\n\n"
            + "\u{0C}2\n\nHARBOR DISTRICT v. RIVER BOARD\nOpinion of the Court\nIt runs to the sea.\n\n"
            + "\u{0C}Cite as: 999 U. S. ____ (2098)\n\n3\n\nOpinion of the Court\nThe judgment is affirmed.\n", path: "opinion.md")
        #expect(essay.sections.map { $0.title ?? $0.number ?? "" } == ["Syllabus", "Opinion of the Court", "I"])
        let text = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
        #expect(!text.contains("Slip Opinion") && !text.contains("OCTOBER TERM") && !text.contains("SUPREME COURT"))
    }

    static let articleBody = "Grant boards keep ledgers that no one reads. This Article reads them, and finds that the boards\n"
        + "decide most grants before they meet.\n"

    @Test("a law review's title over two lines in capitals is one title, whatever words its lines hold (`COURT`), over its authors' line and marks")
    func twoLineCapitalsTitle() throws {
        for (head, author) in [("COURT REFORM AND THE\nCONSTITUTION: A PRIMER†\nJANE ROE*\n\n", "JANE ROE"),
                               ("COURT REFORM AND THE\nCONSTITUTION: A PRIMER\nJANE ROE* & JOHN DOE†\nABSTRACT\n", nil),
                               ("COURT REFORM AND THE\nCONSTITUTION: A PRIMER\nJANE ROE,* JOHN Q. DOE† & ANNA POE‡\n\n", nil),
                               ("ARTICLE\nCOURT REFORM AND THE\nCONSTITUTION: A PRIMER\nJane Q. Roe\n\n", "Jane Q. Roe")] {
            let essay = try Fixture.essay(head + Self.articleBody, path: "article.md")
            #expect(essay.title == "COURT REFORM AND THE CONSTITUTION: A PRIMER", "\(head)")
            if let author { #expect(essay.author == author) }
        }
    }

    @Test("a law review's title in title case over two lines, its authors marked `*` and `**`, over notes that open with `**`")
    func twoLineTitleCaseTitle() throws {
        let essay = try Fixture.essay("Court Reform and the\nConstitution: A Primer\nJane Roe* & John Doe**\n" + Self.articleBody
            + "\n* Professor of Law, Example University.\n** Professor of Law, Example College.\n", path: "article.md")
        #expect(essay.title == "Court Reform and the Constitution: A Primer")
    }

    @Test("a title whose first lines a blank line parts from the rest is one title where the first part ends on a joining word or a colon, as no title ends")
    func titlePartedByABlankLine() throws {
        for (head, title) in [("THE LEDGER AND\n\nTHE LAW OF DEBT\nJane Q. Roe*\n", "THE LEDGER AND THE LAW OF DEBT"),
                              ("Ledgers:\n\nThe Law of Debt in Practice\nJane Q. Roe*\n", "Ledgers: The Law of Debt in Practice")] {
            let essay = try Fixture.essay(head + Self.articleBody, path: "article.md")
            #expect(essay.title == title, "\(head)")
            #expect(essay.author == "Jane Q. Roe", "\(head)")
        }
    }

    @Test("a long title line the page wrapped, its short tail after a blank line, is one title; a subtitle stays apart")
    func wrappedTitleTail() throws {
        let essay = try Fixture.essay("Notes from Practice: Teaching Harbour Rules to Adult Learners in the Northern\n\nIslands\n\nJane Q. Roe*\n"
            + Self.articleBody, path: "article.md")
        #expect(essay.title == "Notes from Practice: Teaching Harbour Rules to Adult Learners in the Northern Islands")
        let subtitled = try Fixture.essay("Ledgers of the Harbour Board\n\nThe Law of Debt in Practice\n\nJane Q. Roe*\n" + Self.articleBody, path: "article.md")
        #expect(!subtitled.title.contains("Board The Law"))
    }

    @Test("a journal's cover lines (copyright notice, volume, month, number) are furniture before the title")
    func coverLinesBeforeTheTitle() throws {
        let essay = try Fixture.essay("COPYRIGHT © 2098 EXAMPLE LAW REVIEW ASSOCIATION\n\nEXAMPLE LAW REVIEW\nVOLUME 12\n\nJUNE 2098\n\nNUMBER 3\n\n"
            + "ARTICLES\nTHE LEDGER AND THE LAW\nJane Q. Roe*\n" + Self.articleBody, path: "article.md")
        #expect(essay.title == "THE LEDGER AND THE LAW")
        #expect(essay.author == "Jane Q. Roe")
    }

    @Test("a Markdown conversion of a slip opinion that prints no title line: the case's name under the court's name is the title, not the opinion's head")
    func markdownSlipOpinion() throws {
        let essay = try Fixture.essay("1 \n\nCite as: 999 U. S. ____ (2098) \n\n### Opinion of the Court \n\n"
            + "NOTICE: This opinion is subject to formal revision before publication. \n\n# **SUPREME COURT OF THE UNITED STATES** \n\n"
            + "No. 97–123 \n\nHARBOR DISTRICT, PETITIONER _v._ RIVER BOARD OF THE STATE OF EXAMPLE, ET AL. \n\n"
            + "ON WRIT OF CERTIORARI TO THE UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT \n\n[June 1, 2098] \n\n"
            + "JUSTICE ROE delivered the opinion of the Court. \n\nThe Harbor Compact binds four States. \n", path: "opinion.md")
        #expect(essay.title == "HARBOR DISTRICT, PETITIONER v. RIVER BOARD OF THE STATE OF EXAMPLE, ET AL.")
        #expect(!Self.warnsOfNoTitle(essay))
        #expect(!essay.sections.flatMap(\.blocks).contains { $0.content.text.contains("HARBOR DISTRICT") || $0.content.text.contains("No. 97") })
    }

    @Test("a draft's first page: a printer's slug, a word processor's comment, a rule, where it is forthcoming and a draft's stamp are furniture round the title")
    func draftFurnitureRoundTheTitle() throws {
        for (head, title) in [("Roe_Final (Do Not Delete) 1/2/2098 4:17 PM\nLedgers:\nThe Law of Debt in Practice\nJane Q. Roe*\n",
                               "Ledgers: The Law of Debt in Practice"),
                              ("\\\\jciprod01\\productn\\H\\HLR\\12-1\\HLR101.txt unknown Seq: 1 17-FEB-98 12:20\nThe Law of Debt in Practice\nJane Q. Roe*\n",
                               "The Law of Debt in Practice"),
                              ("LEDGERS 6/2/2098 6:22 PM\nLEDGERS\nFORTHCOMING: 98 HARBOR L. REV. 1 (2099)\nDraft: Comments Welcome!\nJane Q. Roe\n", "LEDGERS"),
                              ("THE LAW OF LEDGERS\n\nCommented [A1]: A remark on the title.\n\n", "THE LAW OF LEDGERS")] {
            let essay = try Fixture.essay(head + Self.articleBody, path: "draft.md")
            #expect(essay.title == title, "\(head)")
        }
    }

    @Test("a working paper's cover: the school and the paper series over the title, the authors each over their school")
    func workingPaperCover() throws {
        let essay = try Fixture.essay("Example University School of Law\nPublic Law and Legal Theory Research Paper Series 2098-61\n"
            + "Research Paper No. 98-27\nThe Law of Ledgers\nJane Q. Roe\nEXAMPLE UNIVERSITY - SCHOOL OF LAW\nJohn Doe\nUniversity of Somewhere\n"
            + "This paper can be downloaded without charge from the\nSocial Science Research Network\n" + Self.articleBody, path: "paper.md")
        #expect(essay.title == "The Law of Ledgers")
        // The cover's lines above the title are no body text.
        #expect(!essay.sections.flatMap(\.blocks).contains { $0.content.text.contains("Research Paper No.") })
    }

    @Test("a law review's cover: the journal, its volume, month and number on one line, the kind of piece, then the title")
    func lawReviewCoverOnOneLine() throws {
        let essay = try Fixture.essay("EXAMPLE LAW REVIEW\nVOLUME 73 MAY 2098 NUMBER 4\n"
            + "ARTICLES\nThe Law of Ledgers:\nWhat Boards Keep and\nWhy No One Reads It\nJane Q. Roe*\nJohn Doe**\n"
            + Self.articleBody, path: "article.md")
        #expect(essay.title == "The Law of Ledgers: What Boards Keep and Why No One Reads It")
    }

    @Test("three authors, each with a comma before a mark of one, two or three stars: the author's line closes the title")
    func authorsWithStarsAfterCommas() throws {
        let essay = try Fixture.essay("The Law of Ledgers\nJane Roe,* John Doe,** & Anna Poe***\n" + Self.articleBody, path: "article.md")
        #expect(essay.title == "The Law of Ledgers")
    }

    @Test("a brief that prints its date alone above the title: the title's one or two lines, up to its first heading or its text")
    func briefUnderItsDate() throws {
        let body = "The board keeps a ledger of the grants that every member\nof the public may read, though few do.\n\n"
        for (head, title) in [("Updated April 10, 2098\n\nGrant Boards: Background and Ledgers\nOverview\n", "Grant Boards: Background and Ledgers"),
                              ("April 10, 2098\n\nGrant Boards: Federal Funding for Keeping Grant\nLedgers\n", "Grant Boards: Federal Funding for Keeping Grant Ledgers"),
                              ("Updated April 10, 2098\n\nGrant Board Ledgers\n", "Grant Board Ledgers"),
                              ("Updated April 10, 2098\n\nGrant Board Ledgers (GBL)\nWhat Is a Grant\nBoard?\n", "Grant Board Ledgers (GBL)"),
                              ("April 10, 2098\n\nSection 12 of the Ledger Act\nOn March 3, 2098, the Board Wrote\n", "Section 12 of the Ledger Act")] {
            let essay = try Fixture.essay(head + body, path: "brief.md")
            #expect(essay.title == title, "\(head)")
        }
    }

    @Test("a title's second line may open with a short joining word (`to`, `from`) before a capital")
    func titleGoesOnWithAJoiningWord() throws {
        let essay = try Fixture.essay("Legal Notes\n\nApplying the Ledger Rules\nto Grant Boards\nApril 10, 2098\n"
            + "The board keeps a ledger of the grants that every member of the public may read.\n", path: "sidebar.md")
        #expect(essay.title == "Applying the Ledger Rules to Grant Boards")
    }

    @Test("a journal's name over a blank line and its issue's designation is no title: the title comes after")
    func journalNameOverItsIssue() throws {
        let essay = try Fixture.essay("EXAMPLE LAW REVIEW\n\nVOLUME 73 MAY 2098 NUMBER 4\nARTICLES\nThe Law of Ledgers\nJane Q. Roe*\n"
            + Self.articleBody, path: "article.md")
        #expect(essay.title == "The Law of Ledgers")
    }

    @Test("a cover's lines are dropped on its first page only: a later note's line that opens with a date or is an address stays the note's")
    func coverLinesOnTheFirstPageOnly() throws {
        let cover = "WIDGETON\nPublic Law Working Paper Series\nWidgets through the Window:\nA Study of Gadget Law\nBy\nAnn Q. Roe\n"
            + "March 3, 2015\nWidgeton University School of Law\nWorking Paper No. 2015-12\n"
            + "Electronic copy available at: https://ssrn.com/abstract=1234567\n"
        let page = "In this Article we show how widget law changed over a decade with\nthe help of gadget makers.1 We argue it matters.2\n"
            + "1 Cara Doe & Kev Crow, Sorry Bill Latest Example of Gadget Clout,\nJune 28, 2014, WIDGET SENTINEL.\n"
            + "2 Ron Avon, Database of Widget Reform, Version 5.1 (Clever),\nhttps://law.example.edu/faculty/avon/db.php.\n"
            + "Electronic copy available at: https://ssrn.com/abstract=1234567\n"
        let essay = try Fixture.essay(cover + page, path: "paper.md")
        #expect(essay.footnote("1")?.content.text.hasSuffix("June 28, 2014, WIDGET SENTINEL.") == true)
        #expect(essay.footnote("2")?.content.text.hasSuffix("https://law.example.edu/faculty/avon/db.php.") == true)
    }

    @Test("a preprint by MarkItDown: the author's name with its note's number glued on is the byline, not the title")
    func bylineWithGluedMarkAboveTitle() throws {
        let essay = try Fixture.essay("""
            JAMES ROE1

            AGAINST THE WIDGET RULE

            Abstract

            This Article argues that the widget rule should go, and shows how courts read it.

            I. INTRODUCTION

            The widget rule is old.2 Courts apply it often.3

            1 Professor of Law, Example University.
            2 See Jane Doe, Widgets, 10 Yale L.J. 1 (2001).
            3 Id. at 5.
            """, path: "preprint.md")
        #expect(essay.title == "AGAINST THE WIDGET RULE")
    }

    @Test("a preprint's title with its note's number glued on, over the author's marked name: the title without the number")
    func titleWithGluedMark() throws {
        let essay = try Fixture.essay("""
            AGAINST THE WIDGET RULE1

            JAMES ROE2

            This Article argues that the widget rule should go, and shows how courts read it.

            I. INTRODUCTION

            The widget rule is old.3 Courts apply it often.

            1 Thanks to all.
            2 Professor of Law, Example University.
            3 See Jane Doe, Widgets, 10 Yale L.J. 1 (2001).
            """, path: "preprint.md")
        #expect(essay.title == "AGAINST THE WIDGET RULE")
    }
}
