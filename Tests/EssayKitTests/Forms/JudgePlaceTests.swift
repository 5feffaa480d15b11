import Testing
@testable import EssayKit

@Suite("A judge's place in the judgment just cited")
struct JudgePlaceTests {
    @Test("a judge named with a title, perhaps a verb of saying, then `at` and the place",
          arguments: [("see Lord Vale MR at 90-1", "90-1"), ("Stone LJ at 95-6", "95-6"), ("Marlow J said (at para 120) that", "para 120"),
                      ("per Hale J (at para. 55)", "para. 55"), ("per Lord Anvers at [41]", "[41]"), ("Lady Hale P held at [12]-[14]", "[12]-[14]")])
    func reads(written: String, place: String) {
        let text = CitationText(RichText(text: written))
        #expect(JudgePlace.read(text, at: 0, end: text.count)?.pinpoint.text == place)
    }

    @Test("capitals with no judge's title, other words before the place, or more in its parentheses are no judge's place",
          arguments: ["Jane Roe at 5", "Marlow J looked at 5", "Marlow J (at 5 and elsewhere)", "Lord Vale MR said so"])
    func rejects(written: String) {
        let text = CitationText(RichText(text: written))
        #expect(JudgePlace.read(text, at: 0, end: text.count) == nil)
    }

    @Test("after a semicolon, the judge's place is the pinpoint of the case before, not a short form of its own")
    func afterSemicolon() throws {
        let essay = try CitationFixture.essay([
            "Sutton v Press Ltd [1988] 2 QB 77; see Lord Vale MR at 90-1; Stone LJ at 95-6.",
            "Hart v Lane [2009] EWHC 2222 QB; Marlow J said (at para 120) that the duty was owed.",
        ])
        let sutton = try #require(CitationFixture.only(essay, "1"))
        #expect(sutton.pinpoint?.text == "90-1")
        #expect(CitationFixture.authority(essay, "1")?.title == "Sutton v Press Ltd")
        let hart = try #require(CitationFixture.only(essay, "2"))
        #expect(hart.pinpoint?.text == "para 120")
        #expect(essay.footnote("2")?.segments.contains { $0.kind == .commentary && $0.text.contains("the duty was owed") } == true)
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("one judge's place ending the note, or before the author's words, is the case's pinpoint too; a judge is never a short form's name")
    func lastPlace() throws {
        let essay = try CitationFixture.essay([
            "Sutton v Press Ltd [1988] 2 QB 77; see Lord Vale MR at 90-1.",
            "Sutton v Press Ltd [1988] 2 QB 77; see Lord Vale MR at 92; it was so.",
            "Lord Vale MR at 93.",
        ])
        for (label, place) in [("1", "90-1"), ("2", "92")] {
            let sutton = try #require(CitationFixture.only(essay, label))
            #expect(sutton.pinpoint?.text == place)
            #expect(CitationFixture.authority(essay, label)?.title == "Sutton v Press Ltd")
        }
        #expect(CitationFixture.citations(essay, "3").allSatisfy { $0.form != .short })
        #expect(CitationFixture.citationErrors(essay).isEmpty)
    }

    @Test("a judge's place after a semicolon following no case is left to the other forms")
    func noCaseBefore() throws {
        let text = CitationText(RichText(text: "Jane Roe, A Book 12 (2001); Stone LJ at 95-6"))
        let semicolon = try #require(text.string(0..<text.count).utf8.firstIndex(of: UInt8(ascii: ";")))
        let offset = text.string(0..<text.count).utf8.distance(from: text.string(0..<text.count).utf8.startIndex, to: semicolon)
        #expect(!JudgePlace.continuesCase(text, semicolon: offset, pieceStart: 0, end: text.count))
    }
}
