@testable import EssayKit
import Testing

/// A scanned review's text layer (OCR) that lost a note's label altogether: the note's text runs
/// on in the note before, and the note after it must still be read, with every later note.
/// Texts invented, in the shapes `pdftotext` (plain and `-layout`) leaves such a scan.
@Suite("Note labels OCR lost")
struct LostNoteLabelTests {
    /// Two pages of `-layout` text: notes set in after their labels, note 3's label lost (its first
    /// line keeps the notes' indent), its mark set apart, note 4's glued.
    static func layoutScan(lostMark: String = " 3", secondLost: Bool = false) -> String {
        [
            """
                                 THE TESTS OF COPYING

                 The law of copying has long been a muddle of terms.1 A court
            must first find that the work was copied,2 and then that what was
            copied is protected. The circuits call the second step an "extrinsic
            test."\(lostMark) Others use the "ordinary observer test" for the
            same end.4 Neither test is applied with much care.


            1     See Roe v. Doe, 964 F.2d 131, 139-40 (2d Cir. 1992).
            2     See Vale v. West, 692 F.3d 629, 633-34 (7th Cir. 2012).
                  See, e.g., Ames v. Nike, Inc., 883 F.3d 1111, 1118 (9th Cir. 2018); Cole v.
            Random House, Inc., 297 F.3d 815, 822-23 (9th Cir. 2002).\(secondLost ? "\n      Tate v. Lord, 1 F.3d 1 (2d Cir. 1993)." : "")
            4     See, e.g., Price, Inc. v. Toy Mfg. Corp., 25 F.3d 119, 123-24 (2d
            Cir. 1994); Roe, 964 F.2d at 141-42.
            """,
            """
            2020]            SUBSTANTIAL SIMILARITY                    739

                 The works must also be alike in their total concept.5 The
            standard is applied through a subjective method.6


            5     Tufenkian Imp. v. Einstein, Inc., 338 F.3d 127, 133-34 (2d Cir. 2003).
            6     See Boisson v. Banian, Ltd., 273 F.3d 262, 272 (2d Cir. 2001).
            """,
        ].joined(separator: "\n\u{0C}") + "\n"
    }

    /// The same scan as plain `pdftotext` prints it: labels followed by one space, the lost note's
    /// first line not set in.
    static let rawScan = [
        """
        THE TESTS OF COPYING

        The law of copying has long been a muddle of terms.1 A court
        must first find that the work was copied,2 and then that what was
        copied is protected. The circuits call the second step an "extrinsic
        test." 3 Others use the "ordinary observer test" for the
        same end.4 Neither test is applied with much care.

        1 See Roe v. Doe, 964 F.2d 131, 139-40 (2d Cir. 1992).
        2 See Vale v. West, 692 F.3d 629, 633-34 (7th Cir. 2012); see also
        Lane v. Moor, 9 F.3d 4, 6 (2d Cir. 1993).
        See, e.g., Ames v. Nike, Inc., 883 F.3d 1111, 1118 (9th Cir. 2018); Cole v.
        Random House, Inc., 297 F.3d 815, 822-23 (9th Cir. 2002).
        4 See, e.g., Price, Inc. v. Toy Mfg. Corp., 25 F.3d 119, 123-24 (2d
        Cir. 1994); Roe, 964 F.2d at 141-42.
        """,
        """
        2020] SUBSTANTIAL SIMILARITY 739

        The works must also be alike in their total concept.5 The
        standard is applied through a subjective method.6

        5 Tufenkian Imp. v. Einstein, Inc., 338 F.3d 127, 133-34 (2d Cir. 2003).
        6 See Boisson v. Banian, Ltd., 273 F.3d 262, 272 (2d Cir. 2001).
        """,
    ].joined(separator: "\n\u{0C}") + "\n"

    @Test("-layout: a note with no label, set in as the notes' text is, is split from the note before, and the notes after it are read")
    func layoutLostLabel() throws {
        let essay = try Fixture.essay(Self.layoutScan(), path: "scan.layout.md")
        #expect(essay.footnotes.map(\.label) == (1...6).map(String.init))
        #expect(essay.footnote("2")?.content.text == "See Vale v. West, 692 F.3d 629, 633-34 (7th Cir. 2012).")
        #expect(essay.footnote("3")?.content.text.hasPrefix("See, e.g., Ames v. Nike, Inc.") == true)
        #expect(essay.footnote("3")?.content.text.hasSuffix("822-23 (9th Cir. 2002).") == true)
        #expect(essay.footnote("4")?.content.text.hasPrefix("See, e.g., Price, Inc.") == true)
    }

    @Test("plain text: the one line after a sentence's end that opens with a capital starts the note whose label was lost")
    func rawLostLabel() throws {
        let essay = try Fixture.essay(Self.rawScan, path: "scan.raw.md")
        #expect(essay.footnotes.map(\.label) == (1...6).map(String.init))
        #expect(essay.footnote("2")?.content.text.hasSuffix("Lane v. Moor, 9 F.3d 4, 6 (2d Cir. 1993).") == true)
        #expect(essay.footnote("3")?.content.text.hasPrefix("See, e.g., Ames v. Nike, Inc.") == true)
    }

    @Test("no split without the lost note's mark, or where two lines may open it: no note is made up")
    func doubtLeavesTheNotes() throws {
        let unmarked = try Fixture.essay(Self.layoutScan(lostMark: ""), path: "scan.layout.md")
        #expect(unmarked.footnote("3") == nil)
        #expect(unmarked.footnote("2")?.content.text.contains("Ames v. Nike") == true)
        let twoLines = try Fixture.essay(Self.layoutScan(secondLost: true), path: "scan.layout.md")
        #expect(twoLines.footnote("3") == nil)
    }
}
