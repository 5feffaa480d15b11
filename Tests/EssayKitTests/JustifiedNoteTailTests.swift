import EssayKit
import Testing

/// A law review's pages as MarkItDown (pdfminer) converts them, pages parted by form feeds: the
/// notes under a rule of en dashes, each `N  text` (a justified line's two spaces after the
/// number), and a note's last line parted from it by a blank line, as pdfminer parts lines set
/// further apart (`... 39 J.` / blank / `MAR. L. & COM. 167, 171 (1948).`). Names and works are invented.
@Suite("A page's note whose tail a blank line parts from it, before the next note `N  text`")
struct JustifiedNoteTailTests {
    /// The first page and the second's opening lines, which both fixtures print.
    static let firstPage = """
        THE QUIET HARBOR:
        A HISTORY OF PORT COURTS

        Ada Pell∗

        INTRODUCTION

        The harbor court sat every month in the old customs house,1  where the
        wardens kept their books and the clerks recorded each vessel that came
        in from the northern passage.2  The judges heard the masters' complaints
        and fixed the duties owed on every cargo landed at the quay.3  Few
        records of its work survive, and fewer still have been read by the
        historians of the port.4

        –––––––––––––––––––––––––––––––––––––––––––––––––––––––––––––
        ∗  Lecturer in Law, Harbor University.  My thanks to the archivists.

        1  See Tom Aske, The Customs House at Pellham, 1790–1801, 39 J.

        MAR. L. & COM. 167, 171 (1948).

        2  Rosa Vell, Port Wardens and Their Books, 1992 BYU L. REV. 857, 862.
        3  Aske, supra note 1, at 171.
        4  Id.

        \u{0C}1716

        HARBOR LAW REVIEW

        [Vol. 138:1715

        Yet the court's records show a busy bench.5  It ruled on wrecks, on
        salvage, on the pay of seamen and on the fees of pilots.6  In a single
        year it heard more than two hundred causes, most of them brought by

        """

    static let text = firstPage + """
        masters against the owners of the vessels they sailed.7  The judges
        wrote short opinions, and the clerks copied them into a bound book.8

        –––––––––––––––––––––––––––––––––––––––––––––––––––––––––––––
        5  Vell, supra note 2, at 862.
        6  Id. at 863.
        7  Lena Ost, The Salvage Docket of the Harbor Court, 12 HARBOR L.Q. 44, 50

        (1951).

        8  Id. at 52.

        \u{0C}2025]

        THE QUIET HARBOR

        1717

        The bound book is now lost.9  Only a copy survives, made in 1850 for a
        committee of the legislature.10  The copy omits the opinions in cases
        of salvage, which the committee thought of no public interest.11

        –––––––––––––––––––––––––––––––––––––––––––––––––––––––––––––
        9  Ost, supra note 7, at 53.
        10  Id. at 54.
        11  Id.

        """

    @Test("the tail in capitals goes on with its note, and the notes after it are read")
    func tailInCapitals() throws {
        let essay = try Fixture.essay(Self.text, path: "harbor-markitdown.md")
        #expect(essay.footnotes.filter { $0.label != "*" }.map(\.label) == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"])
        #expect(essay.footnote("1")?.content.text == "See Tom Aske, The Customs House at Pellham, 1790–1801, 39 J. MAR. L. & COM. 167, 171 (1948).")
        #expect(essay.footnote("7")?.content.text == "Lena Ost, The Salvage Docket of the Harbor Court, 12 HARBOR L.Q. 44, 50 (1951).")
    }

    /// The second page's note 5 quotes a rule set off as a paragraph, and the notes after it run on
    /// in the same paragraph, each indented as a paragraph's first line (`  6  Id. at 863.`).
    static let indented = firstPage + """
        masters against the owners of the vessels they sailed.7  Most were settled.8  The judges
        wrote short opinions, and the clerks copied them into a bound book.9

        –––––––––––––––––––––––––––––––––––––––––––––––––––––––––––––
        5  Vell, supra note 2, at 862.  Vell quotes the warden's rule:

        the books shall be kept daily and read to the court at each sitting, and the clerk
        shall answer for any page that is missing . . . .

        Id.  The clerks kept a second copy for the masters.
          6  Id. at 863.
          7  See Ost, The Salvage Docket, at 4.
        8  Lena Ost, The Salvage Docket of the Harbor Court, 12 HARBOR L.Q. 44, 50

        (1951).

        9  Id. at 52.

        \u{0C}2025]

        THE QUIET HARBOR

        1717

        The bound book is now lost.10  Only a copy survives, made in 1850 for a
        committee of the legislature.11  The copy omits the opinions in cases
        of salvage, which the committee thought of no public interest.12

        –––––––––––––––––––––––––––––––––––––––––––––––––––––––––––––
        10  Ost, supra note 8, at 53.
        11  Id. at 54.
        12  Id.

        """

    @Test("a note indented as a paragraph's first line (`  6  Id.`) opens after a note's quotation")
    func indentedNoteAfterAQuotation() throws {
        let essay = try Fixture.essay(Self.indented, path: "harbor-markitdown.md")
        #expect(essay.footnotes.filter { $0.label != "*" }.map(\.label) == (1...12).map(String.init))
        #expect(essay.footnote("5")?.content.text.hasSuffix("The clerks kept a second copy for the masters.") == true)
        #expect(essay.footnote("6")?.content.text == "Id. at 863.")
    }
}
