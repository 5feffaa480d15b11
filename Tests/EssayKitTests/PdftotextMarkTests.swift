import EssayKit
import Testing

/// Marks of notes as pdftotext's default mode prints a report's superscripts: digits glued to the
/// word or punctuation before them, the page's notes at its foot with no rule before them, a form
/// feed before the next page's running head. The texts are invented.
@Suite("Note marks in pdftotext's plain text")
struct PdftotextMarkTests {
    static let head = "Timber Import Certification: Program Overview and Issues"

    /// A page of the report: the running head, the body's lines, a blank line, the notes, the footer.
    static func page(_ number: Int, body: String, notes: String) -> String {
        "\u{0C}\(head)\n\n\(body)\n\n\(notes)\n\nCongressional Research Service\n\n\(number)\n\n"
    }

    /// The report's first page: its title, date and furniture, no notes.
    static let cover = "\(head)\nUpdated April 21, 2026\n\nCongressional Research Service\nhttps://crsreports.congress.gov\nR40001\n\n"

    static let firstPage = page(1, body: """
        Introduction
        The Timber Import Certification Program (TICP) requires importers to report where certain wood
        products were harvested before their entry into U.S. commerce.1 Section 5.2 of the rule sets out the
        data elements, and Table 3.1 lists the covered species. The goal of the program is to keep illegally
        logged timber out of domestic markets, with U.S. Customs and Border Protection (CBP).2
        Congress first authorized the program in 2019. Imports grew 3.5 percent in FY2026 under P.L. 118-42,
        at a cost of $4.1 billion (Table 1).3 TICP also requires records to be kept for two years (as described in
        the agency’s guidance on record retention and in its answers to questions from industry and other
        information).4 One observer called it “a paper exercise that should be replaced by another
        program.”5 Others argue that the program has reduced illegal imports by 12 percent since
        """, notes: """
        1 Department of the Interior (DOI), Office of Trade Compliance, “Timber Import Certification

        Program,” https://www.doi.example.gov/trade/ticp-overview.
        2 U.S. Customs and Border Protection (CBP), “Timber Entry Filing Requirements,”
        https://www.cbp.example.gov/trade/timber.
        3 Government Accountability Office (GAO), Timber Imports: Agencies Should Improve Data Sharing,

        GAO-25-1234, March 2025, p. 14.
        4 89 Fed. Reg. 12345 (March 1, 2024).
        5 Testimony of Jane Roe, Forest Trade Watch, hearing, 118th Cong., 2nd sess., May 2, 2024.
        """)

    static let secondPage = page(2, body: """
        2021.6 In the 119th Congress, H.R. 1234 would extend the program to additional products.7 Section 3
        of the bill would also direct the agency to report on enforcement (Section 4.1 of this report).8
        """, notes: """
        6 American Wood Importers Association, “TICP at Five Years,” press release, June 3, 2025.
        7 H.R. 1234, 119th Cong. (2025).
        8 Ibid.
        """)

    @Test("marks glued to words and punctuation are found on a report's pages; decimals, years and law numbers are not marks")
    func marksOnAReportsPages() throws {
        let essay = try Fixture.essay(Self.cover + Self.firstPage + Self.secondPage, path: "report.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        #expect(Fixture.marks(essay) == ["1<-commerce.", "2<-(CBP).", "3<-1).", "4<-information).", "5<-program.”",
                                      "6<-2021.", "7<-products.", "8<-report)."])
        #expect(essay.diagnostics.allSatisfy { !$0.message.contains("never marked") })
    }

    @Test("a summary's figures and a contents page's leader numbers before the first notes mark nothing")
    func summaryAndContentsMarkNothing() throws {
        let summary = "\u{0C}\(Self.head)\n\nSummary\nImports grew 3.5 percent in FY2026, and the program cost $4.1 billion to run. Section 5.2 of the\n"
            + "rule sets out the data elements.\n\nCongressional Research Service\n\n"
        let contents = "\u{0C}\(Self.head)\n\nContents\nIntroduction .....................................................1\n"
            + "Background.......................................................2\nIssues for Congress..............................................3\n"
            + "Options............................................................4\n\nCongressional Research Service\n\n"
        let essay = try Fixture.essay(Self.cover + summary + contents + Self.firstPage + Self.secondPage, path: "report.md")
        #expect(Fixture.marks(essay) == ["1<-commerce.", "2<-(CBP).", "3<-1).", "4<-information).", "5<-program.”",
                                      "6<-2021.", "7<-products.", "8<-report)."])
    }

    @Test("two marks a conversion printed apart from their words are read where the numbering expects them, and cost no later mark")
    func lostMarksCostNoLaterOne() throws {
        let body = """
            The board kept a ledger of the grants.1 The ledger was audited twice. 2 The auditors found errors. 3
            The board then adopted new rules.4 The rules took effect in the next fiscal year.5
            """
        let notes = """
            1 Board of Grants, Annual Report 2024, p. 3.
            2 Office of Audit, Ledger Review, March 2025.
            3 Ibid., p. 7.
            4 Board of Grants, Resolution 12, April 2025.
            5 Ibid.
            """
        let later = Self.page(2, body: "The board reported on the rules a year later.6", notes: "6 Board of Grants, Annual Report 2025, p. 9.")
        let essay = try Fixture.essay(Self.cover + Self.page(1, body: body, notes: notes) + later, path: "report.md")
        #expect(Fixture.marks(essay) == ["1<-grants.", "2<-twice.", "3<-errors.", "4<-rules.", "5<-year.", "6<-later."])
    }

    @Test("a number glued to a word on a page before its note's page is no mark of that note")
    func markLiesOnItsNotesPage() throws {
        let first = Self.page(1, body: "The program began with a pilot in Region.2 It grew quickly.1",
                              notes: "1 Department of the Interior, Pilot Report, 2020.")
        let second = Self.page(2, body: "A second pilot followed.2", notes: "2 Department of the Interior, Second Pilot Report, 2021.")
        let essay = try Fixture.essay(Self.cover + first + second, path: "report.md")
        #expect(Fixture.marks(essay) == ["1<-quickly.", "2<-followed."])
    }
}
