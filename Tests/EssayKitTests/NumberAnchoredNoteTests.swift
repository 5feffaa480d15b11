import EssayKit
import Testing

/// A page's notes as pdftotext prints a word processor's page set in two columns: each note's
/// number alone over its text, a number now and then lost or printed out of its place. The texts,
/// names and journals are invented.
@Suite("Notes whose numbers stand alone over their texts, in two columns")
struct NumberAnchoredNoteTests {
    static let filler = "The ferry board met in the spring, and the harbor clerks kept the\n"
        + "registers of the boats as the tides allowed, with no quarrel worth the\n"
        + "name until the storm years came and the board was asked to choose.\n"

    @Test("each number alone over its text starts its note, though a text ends with no full stop")
    func numbersOverTexts() throws {
        let essay = try Fixture.essay("# Harbor Rules\n\n"
            + Self.filler
            + "The board kept the rule.1 The clerks\n"
            + "disagreed.2 The court held otherwise.3\n\n"
            + "1\n\n"
            + "K. Marlow, “Harbor Boards”, (2011) 14 Journal\n"
            + "of Port Studies 1\n"
            + "2\n"
            + "S. Tesser, “Clerks and Tides” (2015) 25\n"
            + "Journal of Port Studies 493\n"
            + "3\n"
            + "Ivo Sand, Dock Rules (Harbor Press 2019)\n\n"
            + "\u{0C}2\n\nThe rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "K. Marlow, “Harbor Boards”, (2011) 14 Journal of Port Studies 1")
        #expect(essay.footnote("2")?.content.text == "S. Tesser, “Clerks and Tides” (2015) 25 Journal of Port Studies 493")
        #expect(essay.footnote("3")?.content.text == "Ivo Sand, Dock Rules (Harbor Press 2019)")
    }

    @Test("a number printed out of its place starts nothing; the texts before the next number are parted between the notes it lost")
    func displacedNumber() throws {
        let essay = try Fixture.essay("# Harbor Rules\n\n"
            + Self.filler
            + "The board kept the rule.1 The clerks disagreed.2 The court\n"
            + "held otherwise.3 The board appealed.4 It lost.5\n\n"
            + "1\n\n"
            + "Port Office, Harbor Study, Available at:\n"
            + "https://example.org/reports/harbor_study_2019\n"
            + "2\n"
            + "Ibid, MARLOW, 44.\n"
            + "Ibid, MARLOW, 47.\n"
            + "4\n"
            + "Ibid, TESSER, 9\n"
            + "5\n"
            + "Treaty on Coastal Waters (adopted 2 May 1961, entered into\n"
            + "3\n"
            + "force 5 June 1963) 402 UNTS 77, Article 4.\n\n"
            + "\u{0C}2\n\nThe rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("1")?.content.text == "Port Office, Harbor Study, Available at: https://example.org/reports/harbor_study_2019")
        #expect(essay.footnote("2")?.content.text == "Ibid, MARLOW, 44.")
        #expect(essay.footnote("3")?.content.text == "Ibid, MARLOW, 47.")
        #expect(essay.footnote("4")?.content.text == "Ibid, TESSER, 9")
        #expect(essay.footnote("5")?.content.text.hasPrefix("Treaty on Coastal Waters") == true)
    }

    @Test("the other column's body after a page's notes (a blank line, then lower case after a finished note, or a glued mark) is body, not the last note's; a note stopped mid-sentence keeps its rest")
    func bodyAfterTheNotes() throws {
        let essay = try Fixture.essay("# Harbor Rules\n\n"
            + Self.filler
            + "The board kept the rule.1 The clerks disagreed.2 The court\n"
            + "held otherwise.3\n\n"
            + "1\n\n"
            + "Port Office, Harbor Study, Available at:\n"
            + "https://example.org/reports/harbor_study_2019\n"
            + "2\n"
            + "Ann Vale wrote that the clerks had kept\n\n"
            + "the registers in a locked room\n"
            + "3\n"
            + "Ibid, MARLOW, 44.\n\n"
            + "registers of the boats, and the crews could not say where\n"
            + "they were bound when the storm came over the point.4\n\n"
            + "\u{0C}2\n\nThe rest of the essay.\n")
        #expect(essay.footnotes.map(\.label).prefix(3) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text == "Ann Vale wrote that the clerks had kept the registers in a locked room")
        #expect(essay.footnote("3")?.content.text == "Ibid, MARLOW, 44.")
        let body = Fixture.sentences(essay).joined(separator: " ")
        #expect(body.contains("could not say where they were bound"))
    }

    @Test("a body column printed inside a note (a run after a blank line marking a note glued to a word) is body, not the note's")
    func bodyColumnInsideANote() throws {
        let essay = try Fixture.essay("# Harbor Rules\n\n"
            + Self.filler
            + "The board kept the rule.1 The clerks disagreed.2\n\n"
            + "1\n\n"
            + "Ivo Sand, Harbor Boards, Available at:\n"
            + "https://example.org/docs-\n\n"
            + "The crews could not say where they were bound.3 The\n"
            + "board asked the clerks for the registers of the boats.4\n\n"
            + "2\n"
            + "Ibid, SAND, 12.\n\n"
            + "\u{0C}2\n\nThe rest of the essay.\n")
        #expect(essay.footnote("1")?.content.text == "Ivo Sand, Harbor Boards, Available at: https://example.org/docs-")
        #expect(essay.footnote("2")?.content.text == "Ibid, SAND, 12.")
        let body = Fixture.sentences(essay).joined(separator: " ")
        #expect(body.contains("The crews could not say where they were bound."))
    }

    @Test("numbers stacked over the texts they share are paired with them in order, at the lines opening with `Ibid` where no sentence ends")
    func stackedNumbers() throws {
        let essay = try Fixture.essay("# Harbor Rules\n\n"
            + Self.filler
            + "The board kept the rule.1 The clerks disagreed.2 The court\n"
            + "held otherwise.3\n\n"
            + "1\n\n2\n3\n\n"
            + "Port Office, Harbor Study, Available at:\n"
            + "https://example.org/reports/harbor_study_2019\n"
            + "Ibid, MARLOW, 44\n"
            + "Ibid, TESSER, 9\n\n"
            + "\u{0C}2\n\nThe rest of the essay.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "Port Office, Harbor Study, Available at: https://example.org/reports/harbor_study_2019")
        #expect(essay.footnote("2")?.content.text == "Ibid, MARLOW, 44")
        #expect(essay.footnote("3")?.content.text == "Ibid, TESSER, 9")
    }

    @Test("the other column's body under a number printed out of its place is body, not the note's before it")
    func bodyUnderADisplacedNumber() throws {
        let essay = try Fixture.essay("# Harbor Rules\n\n"
            + Self.filler
            + "The board kept the rule.1 The clerks disagreed.2 The court\n"
            + "held otherwise.3 The board appealed.4\n\n"
            + "1\n\n"
            + "Ibid, MARLOW, 44.\n"
            + "Ibid, MARLOW, 47.\n"
            + "3\n"
            + "Ibid, TESSER, 9.\n"
            + "2\n\n"
            + "the crews could not say where they were bound.5 The\n"
            + "board asked the clerks for the registers of the boats.6\n"
            + "4\n"
            + "Ivo Sand, Dock Rules (Harbor Press 2019).\n\n"
            + "\u{0C}2\n\nThe rest of the essay.\n")
        #expect(essay.footnotes.map(\.label).prefix(4) == ["1", "2", "3", "4"])
        #expect(essay.footnote("2")?.content.text == "Ibid, MARLOW, 47.")
        #expect(essay.footnote("3")?.content.text == "Ibid, TESSER, 9.")
        #expect(essay.footnote("4")?.content.text == "Ivo Sand, Dock Rules (Harbor Press 2019).")
        let body = Fixture.sentences(essay).joined(separator: " ")
        #expect(body.contains("could not say where they were bound."))
    }

    @Test("a number in its place that stands inside a sentence (an OCR'd scan's number lines away from its note's start) leaves the notes to the sentence starts")
    func numberInsideASentence() throws {
        let essay = try Fixture.essay("# Harbor Rules\n\n"
            + Self.filler
            + "The board kept the rule.1 The clerks disagreed.2\n\n"
            + "1\n\n"
            + "Roe v. Doe Corp., 60 F.2d 90, 95 (2d Cir. 1980).\n"
            + "See, e.g., Moe v. Poe Co., 80 F.2d 50, 51 (9th Cir. 1987) (applies to things that are\n"
            + "2\n\n"
            + "\"essential, or at least usual\" in the trade).\n\n"
            + "\u{0C}2\n\nThe rest of the essay.\n")
        #expect(essay.footnote("1")?.content.text == "Roe v. Doe Corp., 60 F.2d 90, 95 (2d Cir. 1980).")
        #expect(essay.footnote("2")?.content.text.hasPrefix("See, e.g., Moe v. Poe Co.") == true)
    }
}
