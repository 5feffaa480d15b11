import EssayKit
import LegitCommands
import Testing

/// The table of authorities of a paper with a reference list: every entry is a work, and one no note
/// cites says so rather than listing no notes (an invented paper).
@Suite("The table of authorities with a reference list")
struct ReferenceListReportTests {
    @Test("an entry no note cites is listed as such")
    func uncitedEntry() throws {
        let text = """
            # Widgets

            A claim.[^1]

            ## References

            Plum, Ada. 2010. “Borrowers Who Hide.” Journal of Odd Studies 12: 3–40.

            Roe, Jan. 2012. “Widgets.” Law Quarterly 3: 1–9.

            [^1]: Plum (2010, 5).
            """
        let essay = try EssayParser().parse(SourceFile.decode(path: "paper.md", data: Array(text.utf8)))
        let report = AuthorityReport.text(essay)
        #expect(report.contains("[plum-2010-borrowers]  note 1"))
        #expect(report.contains("[roe-2012-widgets]  listed in the references, cited in no note"))
    }
}
