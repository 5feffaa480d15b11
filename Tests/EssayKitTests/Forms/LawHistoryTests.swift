import Testing
@testable import EssayKit

/// A law's later history after its citation (`(repealed by Pub. L. No. 94-12)`, `, amended by
/// ...`, `(superseded by ...)`) is the law's own: the note cites the one law.
@Suite("Law history")
struct LawHistoryTests {
    @Test("a repeal, an amendment or a replacement after a law names no second work")
    func historyIsTheLaws() throws {
        let essay = try CitationFixture.essay([
            "Quay Safety Act of 1961, Pub. L. No. 87-55, 75 Stat. 310 (repealed by Pub. L. No. 93-18).",
            "Pier Wardens Act, Pub. L. No. 88-14, 77 Stat. 61 (1963), amended by Pub. L. No. 91-7, 83 Stat. 9 (1969).",
            "Tug Licensing Act, 33 U.S.C. § 171 (1976) (superseded by 46 U.S.C. § 8710).",
            "14 U.S.C. § 52 (1970) (repealed 1983).",
            "Buoy Act, 33 U.S.C. § 190 (1980) (as amended by Pub. L. No. 99-4, 100 Stat. 12).",
        ])
        for label in ["1", "2", "3", "4", "5"] {
            #expect(CitationFixture.citations(essay, label).count == 1, "note \(label)")
            #expect(CitationFixture.authority(essay, label)?.kind == .statute, "note \(label)")
        }
        #expect(!essay.authorities.contains { $0.title.contains("93-18") || $0.title.contains("91-7") || $0.title.contains("8710") })
    }

    @Test("history with no comma before it, and the Id. after it, stay with the law")
    func historyWithoutComma() throws {
        let essay = try CitationFixture.essay([
            "Berth Safety Act of 1981, Pub. L. No. 97-401, 95 Stat. 1190 (1981) repealed by 15 U.S.C. § 4110(b)(2) (1990).",
            "*Id.*",
        ])
        let law = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.citations(essay, "1").count == 1)
        #expect(CitationFixture.authority(essay, "2")?.id == law.id)
    }

    @Test("a law the author's prose names after a citation is still cited")
    func proseLawIsCited() throws {
        let essay = try CitationFixture.essay(["This law repealed 10 U.S.C. § 711, first added by Pub. L. No. 101-20."])
        #expect(CitationFixture.citations(essay, "1").count == 2)
    }

    @Test("history opens with its words only")
    func opensOnlyWithItsWords() {
        let text = CitationText(RichText(text: "(repealed by X) (amended by X) (as amended) (repealedly) (amending X) (superseded by X)"))
        let opens = [1, 17, 32, 45, 58, 71].map { LawHistory.opens(text, at: $0, end: text.bytes.count) }
        #expect(opens == [true, true, true, false, false, true])
    }
}
