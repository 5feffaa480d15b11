import Testing
@testable import EssayKit

/// *supra* in brackets after the name (`Brandt (supra note 9) at 40`), and a comma before the
/// note's word (`Calder, supra, note 8`): the work the note cites.
@Suite("supra in brackets")
struct BracketedSupraFormTests {
    @Test("a bracketed supra, with or without its comma, and a comma before `note`")
    func bracketed() throws {
        let essay = try CitationFixture.essay([
            "Ivo Brandt, Public Powers, 4th ed (Halden: Ashgrove Press, 2011).",
            "Mara Quell, “Clerks and Courts” (1999) 12 Dal LJ 301.",
            "Brandt (supra note 1) at 40.",
            "Quell (supra, note 2) at 305.",
            "Quell, supra, note 2 at 306.",
        ])
        let book = try #require(CitationFixture.authority(essay, "1"))
        let article = try #require(CitationFixture.authority(essay, "2"))
        for (label, id, pin) in [("3", book.id, "40"), ("4", article.id, "305"), ("5", article.id, "306")] {
            let citation = try #require(CitationFixture.only(essay, label))
            #expect(citation.authorityID == id, "note \(label)")
            #expect(citation.pinpoint?.text == pin, "note \(label)")
        }
    }

    @Test("a bracket holding more than supra and a note is the author's remark")
    func remark() throws {
        let essay = try CitationFixture.essay(["Ivo Brandt, Public Powers, 4th ed (Halden: Ashgrove Press, 2011).",
                                               "Brandt (supra note 1, and the cases there) at 40."])
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.form != .supra || $0.pinpoint?.text != "40" })
    }
}
