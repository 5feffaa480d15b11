@testable import EssayKit
import Foundation
import Testing

/// A scanned review's text layer (OCR, `pdftotext`): a note's one-digit label printed as the
/// letter it resembles (`s Scott` for `8 Scott`) must not end the notes after it, and a number
/// before `Ibid.` is a note's label, not a label glued to a volume. Texts invented.
@Suite("Note labels OCR misread")
struct MisreadNoteLabelTests {
    /// Three pages parted by form feeds, as plain `pdftotext` leaves a 1950s scan: note 7's label
    /// glued to its text, note 8's printed `s`, marks set apart after `?` and `.`.
    static let scan = [
        """
        Old Review of Law
        Keeping Liberties and the Constitution
        JANE ROE *

        For the most part, freedoms have been kept in the land, but the
        Padlock Act struck at speech;1 the Press Bill struck at the press;2 the
        deportations of 1945,3 and the inquiry of 1946, all show it. Since the
        Declaration,4 the wish for a charter has grown, as one member said.5
        Now we have the Bill for the Keeping of Freedoms.6 Or is it wiser to
        leave the judges to
        * Ms. Roe is a student at the Law School.
        1 See Padlock Act, R.S.Q. 1941, c. 52; Doe v. Roe, [1957] S.C.R. 265.
        2 See Reference re Press Bill, [1938] S.C.R. 100.
        3 See Committee v. Canada, [1947] A.C. 87 (P.C.).
        4 For the drafts see (1948), 26 Can. Bar Rev. 548.
        5 House of Commons Debates: 1947, vol. 4, at p. 3155.
        6 Bill C-60, first reading September 5, 1958.
        """,
        """
        1959]

        Keeping Liberties

        guard our liberties as the judges have done for so
        long? 7 To answer these questions, the first part of this article
        defines the term. A leading writer holds that freedom and right are
        one in law.8 In his view, there is no freedom where there is no right.
        A right exists where there is positive law on the subject, a liberty
        where there is no law against it. 9
        A right is the other side of a duty, while a liberty is not.10
        7See Ann Vale, The Keeping of Liberties (1947), 13 Can. J. Pol. at 394.
        s Scott, Power over Human Rights (1949), 27 Can. Bar Rev. 497.
        9 See generally, Doe v. Roe, [1899] 1 Q.B. at p. 411 per Channel L.J.
        10 Williams, The Concept of Liberty (1956), 56 Col. L. Rev. 1129.

        OLD REVIEW OF LAW

        [VOL. I
        """,
        """
        1959]

        Keeping Liberties

        The courts have said as much.11 And they have said it again.12
        11 Saumur v. Quebec, [1953] 2 S.C.R. 299 at p. 329.
        12 Ibid., at p. 330.
        """,
    ]

    @Test("a one-digit label printed as a letter (`s Scott`) is split from the note before, and the notes after it are read")
    func misreadLabelDoesNotEndTheNotes() throws {
        let essay = try Fixture.essay(Self.scan.joined(separator: "\n\u{0C}") + "\n", path: "scan.txt")
        #expect(essay.footnotes.filter { $0.number > 0 }.map(\.label) == (1...12).map(String.init))
        #expect(essay.footnote("7")?.content.text == "See Ann Vale, The Keeping of Liberties (1947), 13 Can. J. Pol. at 394.")
        #expect(essay.footnote("8")?.content.text == "Scott, Power over Human Rights (1949), 27 Can. Bar Rev. 497.")
        #expect(essay.footnote("9")?.content.text.hasPrefix("See generally, Doe v. Roe") == true)
        #expect(essay.footnote("12")?.content.text == "Ibid., at p. 330.")
    }

    @Test("-layout sets the page's labels in (`    s Scott`): the misread label is read past the indent")
    func setInMisreadLabel() throws {
        // Every note's opening line set in by four spaces, as `-layout` prints the scan's pages.
        let openings = ["1 See Padlock", "2 See Reference", "3 See Committee", "4 For the", "5 House of", "6 Bill C-60", "7See Ann", "s Scott",
                        "9 See generally", "10 Williams", "11 Saumur", "12 Ibid."]
        let pages = Self.scan.map { page in
            openings.reduce(page) { $0.replacingOccurrences(of: "\n" + $1, with: "\n    " + $1) }
        }
        #expect(pages[1].contains("\n    s Scott"))
        let essay = try Fixture.essay(pages.joined(separator: "\n\u{0C}") + "\n", path: "scan.layout.md")
        #expect(essay.footnotes.filter { $0.number > 0 }.map(\.label) == (1...12).map(String.init))
        #expect(essay.footnote("8")?.content.text == "Scott, Power over Human Rights (1949), 27 Can. Bar Rev. 497.")
    }

    @Test("the letters OCR reads for a digit: only lower case, before a capital or a digit")
    func misreadLetters() {
        #expect(MisreadNoteLabel.textStart(Array("s Scott, Power".utf8)[...], number: 8) == 2)
        #expect(MisreadNoteLabel.textStart(Array("l See id.".utf8)[...], number: 1) == 2)
        #expect(MisreadNoteLabel.textStart(Array("s Scott, Power".utf8)[...], number: 7) == nil)
        #expect(MisreadNoteLabel.textStart(Array("S Scott, Power".utf8)[...], number: 8) == nil)
        #expect(MisreadNoteLabel.textStart(Array("s scott, power".utf8)[...], number: 8) == nil)
    }

    @Test("a number before `Ibid.` or `Id.` is a note's label, never a label glued to a volume")
    func numberBeforeIbidIsALabel() {
        let ibid = Array("84 Ibid., at p. 83.".utf8)[...]
        #expect(LineRules.gluedNoteStart(ibid, digits: ibid.prefix(2), expected: 8) == nil)
        let id = Array("84 Id. at 83.".utf8)[...]
        #expect(LineRules.gluedNoteStart(id, digits: id.prefix(2), expected: 8) == nil)
        // A reporter after the digits still reads as note 8 citing volume 4.
        let reporter = Array("84 U.S. 3 (1850).".utf8)[...]
        #expect(LineRules.gluedNoteStart(reporter, digits: reporter.prefix(2), expected: 8)?.textStart == 1)
    }
}
