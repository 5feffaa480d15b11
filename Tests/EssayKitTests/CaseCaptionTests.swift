@testable import EssayKit
import Testing

/// A court paper's title is the case name of its caption, not its docket line, neutral citation
/// or clerk's stamp. Invented texts.
@Suite("Case captions as titles")
struct CaseCaptionTests {
    @Test("Parties over and under a `v.` line, roles and capacity left out, the docket beside it passed by")
    func captionWithDocketColumn() throws {
        let essay = try Fixture.essay("""
            UNITED STATES DISTRICT COURT
            DISTRICT OF WEST HARBOR

            Civil No. 31-cv-100-XY
            Opinion No. 2031 DHB 17

            Harbor Ferry Company, et al.,

            Plaintiffs,

            v.                                  Civil No. 31-cv-100-XY

            John Pell, in his official capacity as Commissioner of the

            Harbor Board,

            Defendant.

            MEMORANDUM ORDER

            The ferry company sued the harbor commissioner, seeking a declaration that its boats may land.
            """)
        #expect(essay.title == "Harbor Ferry Company, et al. v. John Pell")
    }

    @Test("`versus` and role lines with dashes, in one unit, under a court's name and a clerk's stamp")
    func captionInOneUnit() throws {
        let essay = try Fixture.essay("""
            United States Court of Appeals
            for the Twelfth Circuit
            FILED
            No. 31-50400
            MARGARET ROE,
            Plaintiff—Appellant,
            versus
            Harbor Insurance Company; Pell Mutual Life
            Insurance Company,
            Defendants—Appellees.

            Before Alder, Birch, and Cedar, Circuit Judges.

            This case arises from a dispute over a life insurance policy on a ferry captain.
            """)
        #expect(essay.title == "MARGARET ROE versus Harbor Insurance Company; Pell Mutual Life Insurance Company")
    }

    @Test("A `v.` in running text or a Markdown essay is no caption")
    func noCaption() throws {
        let plain = try Fixture.essay("""
            THE FERRY CASES

            Jane Roe

            The harbor cases of the last century turned on one question, and the answer was

            v. the board in every one of them, as the reports of the time show plainly.
            """)
        #expect(plain.title == "THE FERRY CASES")
        let markdown = try Fixture.essay("""
            # Ferries Reconsidered

            Roe,

            v.

            Doe.
            """)
        #expect(markdown.title == "Ferries Reconsidered")
    }
}
