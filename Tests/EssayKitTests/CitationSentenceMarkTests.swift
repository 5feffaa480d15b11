@testable import EssayKit
import Foundation
import Testing

/// Marks a court's opinion sets apart around its citation sentences, as `pdftotext -layout`
/// prints them (an invented opinion, `Fixtures/layout/opinion-citations.txt`, its notes each a
/// number alone over its text at the page's foot): after an `Id.` that is a sentence of its own
/// (`sent.” Id. 2 A copy`), before one (`offer. 3 Id.`), after the semicolon closing a numbered
/// list's item (`Id. at` / `23:24–25, 24:1–3; 4` over `5)`), and after a transcript's pinpoint
/// (`Id. at 26:12–20. 5`).
@Suite("Marks set apart around an opinion's citation sentences")
struct CitationSentenceMarkTests {
    static func essay() throws -> Essay {
        let path = Fixture.fixtures.appendingPathComponent("layout/opinion-citations.txt")
        return try Fixture.essay(String(contentsOf: path, encoding: .utf8), path: "opinion.txt")
    }

    @Test("each mark is read where its citation sentence ends, and each note under it")
    func marksAroundCitationSentences() throws {
        let essay = try Self.essay()
        #expect(essay.footnotes.map(\.label) == (1...6).map(String.init))
        #expect(Fixture.marks(essay).map { $0.prefix(2) } == ["1<", "2<", "3<", "4<", "5<", "6<"])
        let marks = Fixture.marks(essay)
        #expect(marks.contains("2<-Id."))
        #expect(marks.contains("3<-offer."))
        #expect(marks.contains("4<-24:1–3;"))
        #expect(marks.contains("5<-26:12–20."))
        #expect(essay.footnote("4")?.content.text == "The clerk's answer is quoted in full in the Board's reply.")
        #expect(essay.footnote("5")?.content.text == "The witness declined to answer this question on counsel's advice.")
    }

    @Test("`Id. at 3`, a note's `Id. 3-4`, a list's label `4)` and a transcript's `12:6–9` are no marks")
    func numbersStayNumbers() throws {
        let essay = try Self.essay()
        #expect(essay.footnote("2")?.content.text == "The letter is dated May 3, 2021. Id. 3-4 repeats it.")
        #expect(!Fixture.marks(essay).contains { $0.hasSuffix("12:6–9;") || $0.hasSuffix("at") || $0.hasSuffix("See") })
    }

    @Test("the shapes alone: `Id.` as a sentence, `Id.` after the number, a pinpoint list after `at`, a list item's end")
    func shapes() {
        func setApart(_ text: String, _ mark: String) -> Bool {
            let bytes = Array(text.utf8)
            let needle = Array(" \(mark)".utf8)
            // The last place the mark stands after a space.
            guard let start = (0...(bytes.count - needle.count)).last(where: { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }) else { return false }
            return LooseMarks.isSetApart(bytes, at: start + 1, count: needle.count - 1)
        }
        #expect(setApart("as they were sent.” Id. 3 A copy", "3"))
        #expect(setApart("they were sent. See id. 3 The Board", "3"))
        #expect(!setApart("as they were sent, Id. 3 a copy", "3"))
        #expect(setApart("the Board declined this offer. 5 Id.\n", "5"))
        #expect(setApart("    4) “What about it?” Id. at\n       23:24–25, 24:1–3; 6\n\n    5) “When", "6"))
        #expect(!setApart("    4) “What about it?” Id. at\n       23:24–25, 24:1–3; 6\n\nThe Court", "6"))
        #expect(!setApart("The clerk said so. Id. at\n       23:24–25, 24:1–3; 6\n\n    5) “When", "6"))
        #expect(setApart("so[?]” Id. at 26:12–20. 7\n", "7"))
        #expect(setApart("so[?]” Id. at 12–14, 26:12–20. 7 The", "7"))
        #expect(!setApart("so[?]” Id. 3-4. 7 The", "7"))
    }
}
