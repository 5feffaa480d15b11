import Testing
@testable import EssayKit

/// The McGill Guide's pinpoints: last in a quoting parenthetical (`(“...” at 31)`), the following
/// pages glued (`140ff`), a note on the page (`201, n 4`, `201 fn. 4`), a section after a comma
/// (`supra note 3, s 2.1`), and a bare *ibid* carrying the place before.
@Suite("McGill pinpoints")
struct McGillPinpointTests {
    private static let book = "Ivo Brandt, Public Powers, 4th ed (Halden: Ashgrove Press, 2011)."

    @Test("the place last in a quoting parenthetical, after supra, ibid and a full citation")
    func remarkPlace() throws {
        let essay = try CitationFixture.essay([
            Self.book,
            "Brandt, supra note 1 (“the officer is a conduit” at 31).",
            "See ibid (“the clerk decides most files” at 9).",
            "Ibid (“the board decides”, at para 12).",
            "Ivo Brandt, Public Powers, 4th ed (Halden: Ashgrove Press, 2011) (“a conduit” at 44).",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        for (label, pin) in [("2", "31"), ("3", "9"), ("4", "para 12"), ("5", "44")] {
            #expect(CitationFixture.authority(essay, label)?.id == work.id, "note \(label)")
            #expect(CitationFixture.only(essay, label)?.pinpoint?.text == pin, "note \(label)")
        }
    }

    @Test("a remark that quotes no words, or cites another work's page, gives no place")
    func otherRemarks() throws {
        let essay = try CitationFixture.essay([
            Self.book,
            "Brandt, supra note 1 (discussing the board at 31).",
            "Brandt, supra note 1 (quoting Roe v. Doe, 1 U.S. 1 at 5).",
        ])
        #expect(CitationFixture.only(essay, "2")?.pinpoint == nil)
        #expect(CitationFixture.citations(essay, "3").first?.pinpoint == nil)
    }

    @Test("following pages and paragraphs glued, notes on a page, a section after a comma",
          arguments: [("Brandt, supra note 1 at 140ff.", "140ff"),
                      ("Brandt, supra note 1 at paras 12ff.", "paras 12ff"),
                      ("Brandt, supra note 1 at 140, n 4.", "140, n 4"),
                      ("Brandt, supra note 1 at 201, fn. 4.", "201, fn. 4"),
                      ("Brandt, supra note 1 at 201 fn. 4.", "201 fn. 4"),
                      ("Brandt, supra note 1, s 2.1.", "s 2.1"),
                      ("Brandt, supra note 1, para 7.", "para 7")])
    func shapes(note: String, pin: String) throws {
        let essay = try CitationFixture.essay([Self.book, note])
        #expect(CitationFixture.authority(essay, "2")?.id == CitationFixture.authority(essay, "1")?.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == pin)
    }

    @Test("a bare ibid carries the place before; `Ibid at para 52` after a book or a supra")
    func ibid() throws {
        let essay = try CitationFixture.essay([
            Self.book,
            "Brandt, supra note 1 at 140ff.",
            "See generally ibid.",
            "Ibid at para 52.",
            "Ibid, s 4.",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        for (label, pin) in [("3", "140ff"), ("4", "para 52"), ("5", "s 4")] {
            #expect(CitationFixture.authority(essay, label)?.id == work.id, "note \(label)")
            #expect(CitationFixture.only(essay, label)?.pinpoint?.text == pin, "note \(label)")
        }
    }
}
