@testable import EssayKit
import LowLevel
import Testing

/// A law review's page-foot notes as MarkItDown (pdfminer) prints them with their spaces lost:
/// a note that opens with the volume of a multi-volume work glues the note's number to it
/// (`251BLACKSTONE, supra` is note 25 citing `1 BLACKSTONE`). Names and citations are invented.
@Suite("A glued note number run on into a volume")
struct GluedVolumeNoteTests {
    func start(_ text: String, _ expected: Int) -> Int? {
        let line = Array(text.utf8)[...]
        return LineRules.gluedNoteStart(line, digits: line.prefix(while: Bytes.isDigit), expected: expected)?.textStart
    }

    @Test("the number expected, one more digit, then a name in capitals or id.: the note's text opens at the volume")
    func volumeAfterTheNumber() {
        #expect(start("251HARROWBY,supranote23,at39.", 25) == 2)
        #expect(start("2604HARROWBY, supra note 23, at 436.", 260) == 3)
        #expect(start("391id.at42.", 39) == 2)
        // Not a volume: two more digits, a zero, a short or lower-case word, another number.
        #expect(start("2512HARROWBY, supra note 23.", 25) == nil)
        #expect(start("250HARROWBY, supra note 23.", 25) == nil)
        #expect(start("251CFR 12.", 25) == nil)
        #expect(start("251Harrowby, supra note 23.", 25) == nil)
        #expect(start("261HARROWBY, supra note 23.", 25) == nil)
    }

    /// Pages with no form feed: body lines marking notes glued (`rule.3`), the notes glued to
    /// their numbers under them in the same paragraph, the page's number, a blank line and the
    /// next page's running head.
    @Test("a note opening with a volume keeps the run of notes going")
    func runGoesOn() throws {
        let text = """
        THE LEDGER OF DUES

        The harbour rule was read narrowly in the decade after the war.1 The ports paid
        for that reading, and the courts said so twice.2
        1See Ruth Vane, The Long Ledger, 12 HARB. L.J. 401, 411 (1959).
        2Vane, supra note 1, at 402.
        301

        Ledger Law Review
        [Vol. 4:2 2019]
        The treatise set the rule out at length.3 Its second volume went further.4 The
        courts followed it.5
        31HARROWBY, COMMENTARIES ON DUES 39 (1765).
        42id.at40.
        5Id. at 41.
        302

        """
        let essay = try Fixture.essay(text, path: "ledger-markitdown.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("3")?.content.text.contains("HARROWBY, COMMENTARIES") == true)
        #expect(essay.footnote("4")?.content.text.contains("id.") == true)
        #expect(essay.footnote("5")?.content.text.hasPrefix("Id. at 41.") == true)
    }
}
