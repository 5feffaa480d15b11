import Testing
@testable import EssayKit

@Suite("Exhibits and transcripts of the record")
struct ExhibitFormTests {
    @Test("an exhibit is a document by its label, the place in it the pinpoint, and an Id. after it means it")
    func exhibitThenId() throws {
        let essay = try CitationFixture.essay(["Ex. B-4A at 2.", "Id. at 3.", "Pl.'s Ex. 17, at 5.", "Def.'s Ex. 17 at 6."])
        let exhibit = try #require(CitationFixture.authority(essay, "1"))
        #expect(exhibit.title == "Ex. B-4A")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "2")
        #expect(CitationFixture.authority(essay, "2")?.id == exhibit.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "3")
        let plaintiffs = try #require(CitationFixture.authority(essay, "3"))
        #expect(plaintiffs.title == "Pl.'s Ex. 17")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "5")
        #expect(CitationFixture.authority(essay, "4")?.id != plaintiffs.id, "the other party's exhibit 17 is another exhibit")
    }

    @Test("a transcript by its title, with page and lines, then Id.")
    func transcripts() throws {
        let essay = try CitationFixture.essay(["Trial Tr. 412:3–414:9.", "Id. at 415:1.", "Hr'g Tr. 22:4–18."])
        let trial = try #require(CitationFixture.authority(essay, "1"))
        #expect(trial.title == "Trial Tr.")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "412:3–414:9")
        #expect(CitationFixture.authority(essay, "2")?.id == trial.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "22:4–18")
    }

    @Test("words that are no exhibit's label are not read as one")
    func notExhibits() throws {
        let text = CitationText(RichText(text: "Ex. The Widget Book 12"))
        #expect(ExhibitForm.read(text, 0..<text.count) == nil)
        let letter = CitationText(RichText(text: "Ex. C"))
        #expect(ExhibitForm.read(letter, 0..<letter.count) == nil, "a letter with no place is no exhibit cited alone")
        let prose = CitationText(RichText(text: "Exhibit 4 shows the widget"))
        #expect(ExhibitForm.read(prose, 0..<prose.count) == nil)
    }
}
