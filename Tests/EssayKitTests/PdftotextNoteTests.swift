import EssayKit
import Testing

/// Notes as pdftotext's default (reading-order) output leaves them on a footnoted page: the page's
/// text, a rule of em dashes (glued to the last line when pdftotext took a hyphen off its last
/// word), the notes, a form feed, and the next page's head. The texts are invented.
@Suite("Notes in pdftotext's reading order")
struct PdftotextNoteTests {
    /// The head pdftotext prints after a form feed: the court's cite line, the page number and the
    /// opinion's head, each a paragraph of its own.
    static func head(_ page: Int) -> String {
        "\u{0C}Cite as: 999 U. S. ____ (2099)\n\n\(page)\n\nOpinion of the Court\n\n"
    }

    static func bodyText(_ essay: Essay) -> String {
        essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
    }

    @Test("a rule glued to a word cut at the page's foot (`un——————`) opens the notes, and the word goes on whole on the next page")
    func ruleGluedToACutWord() throws {
        let essay = try Fixture.essay("# An Opinion\n\n"
            + "The board kept a ledger of the grants.1 Each entry was un——————\n"
            + "1 The ledger is reproduced in the record, at 12.\n\n"
            + Self.head(2)
            + "dated, as the clerk later admitted.\n")
        #expect(essay.footnotes.map(\.label) == ["1"])
        #expect(essay.footnote("1")?.content.text == "The ledger is reproduced in the record, at 12.")
        #expect(Self.bodyText(essay) == "The board kept a ledger of the grants. Each entry was undated, as the clerk later admitted.")
    }

    @Test("a blank line after a note's first line: the rest, up to the page's end, is the same note, whatever it opens with")
    func restAfterTheFirstLine() throws {
        let essay = try Fixture.essay("# An Opinion\n\n"
            + "The panel read the charter narrowly.1 It then turned to the\n"
            + "——————\n"
            + "1 The charter was drafted by a commission so that its\n\n"
            + "members “would know the scope of their mandate.” Charter, Preface, 2 Rec. 4.\n"
            + "2 A second note, which ends here.\n\n"
            + Self.head(2)
            + "bylaws, which say nothing of it.2 Nor does the statute.3\n"
            + "——————\n"
            + "3 See Harbor Act, §4, 12 Stat.\n\n"
            + "(“No port shall levy a toll”); id., §5.\n\n"
            + Self.head(3)
            + "The rest of the opinion.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text
            == "The charter was drafted by a commission so that its members “would know the scope of their mandate.” Charter, Preface, 2 Rec. 4.")
        #expect(essay.footnote("3")?.content.text == "See Harbor Act, §4, 12 Stat. (“No port shall levy a toll”); id., §5.")
        let body = Self.bodyText(essay)
        #expect(body.contains("It then turned to the bylaws, which say nothing of it."))
        #expect(!body.contains("members") && !body.contains("No port"))
    }

    @Test("a note the page cuts goes on after the next page's rule, glued or not, even when its rest opens with a capital")
    func noteContinuedOnTheNextPage() throws {
        let essay = try Fixture.essay("# An Opinion\n\n"
            + "The compact binds the parties.1 Its terms are\n"
            + "——————\n"
            + "1 The compact was approved by statute. The\n\n"
            + Self.head(2)
            + "plain, and the parties read them alike. Each party ac——————\n"
            + "Commission then confirmed the reading. See Report 3.\n\n"
            + Self.head(3)
            + "cepted the allocation.2\n"
            + "——————\n"
            + "2 Id., at 4.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text
            == "The compact was approved by statute. The Commission then confirmed the reading. See Report 3.")
        #expect(Self.bodyText(essay) == "The compact binds the parties. Its terms are plain, and the parties read them alike. Each party accepted the allocation.")
    }

    @Test("a note's line that opens with the next number and a word in lower case is the note's text, not the next note")
    func numberBeforeALowerCaseWordIsText() throws {
        let essay = try Fixture.essay("# An Opinion\n\n"
            + "The order fixed two shares.1 The district appealed.2\n"
            + "——————\n"
            + "1 The order gave 60 percent of reach\n"
            + "2 and 40 percent of reach 3 to the lower State.\n"
            + "2 Appeal docketed, No. 12–345.\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text == "The order gave 60 percent of reach 2 and 40 percent of reach 3 to the lower State.")
        #expect(essay.footnote("2")?.content.text == "Appeal docketed, No. 12–345.")
    }

    @Test("digits opening with a zero (`§1.01`, `CIV–07–`) or closing a range (`1–2`) mark no note")
    func numbersThatAreNoMarks() throws {
        let essay = try Fixture.essay("# An Opinion\n\n"
            + "Under §1.01 the board sits twice. See No. CIV–07–0045. It held so.1 See pp. 1–2. It said more.2\n"
            + "——————\n"
            + "1 Id., at 3.\n"
            + "2 Id., at 4.\n")
        let markers = essay.sections.flatMap(\.blocks).flatMap(\.content.markers)
        #expect(markers.map(\.label) == ["1", "2"])
        #expect(Self.bodyText(essay) == "Under §1.01 the board sits twice. See No. CIV–07–0045. It held so. See pp. 1–2. It said more.")
    }

    @Test("a mark glued to a year (`the Seed Act of 194710`) is the note's mark when its number is the next one expected, and the year stays")
    func markGluedToAYear() throws {
        let claims = (1...9).map { "Claim \($0) holds.\($0)" }.joined(separator: " ")
        let notes = (1...9).map { "\($0) Id., at \($0)." }.joined(separator: "\n")
        let essay = try Fixture.essay("# An Opinion\n\n" + claims
            + " The Seed Act of 194710 and the Grain Act of 1952,11 changed it. The fund held 2047112 bushels.\n"
            + "——————\n" + notes + "\n10 Pub. L. No. 80-1, 61 Stat. 1.\n11 Pub. L. No. 82-2, 66 Stat. 2.\n")
        #expect(essay.footnotes.count == 11)
        let markers = essay.sections.flatMap(\.blocks).flatMap(\.content.markers)
        #expect(markers.map(\.label) == (1...11).map(String.init))
        let body = essay.sections.flatMap(\.blocks).map(\.content.text).joined()
        #expect(body.hasSuffix("The Seed Act of 1947 and the Grain Act of 1952, changed it. The fund held 2047112 bushels."))
    }

    @Test("the author's note at the first page's foot (`∗ Professor ...`), before note 1 in the same run of lines, is the author's note, not body text")
    func authorsNoteBeforeTheFirstNote() throws {
        let essay = try Fixture.essay("# The Limits of Discretion\n\n"
            + "The agency claimed broad power over the harbor.1 Its reading\n"
            + "was contested by every party,2 and the court then turned to the\n"
            + "∗ Professor of Law, Harbor University. I thank\nA. Reader for comments.\n"
            + "1 See Harbor Act of 1950, 64 Stat. 10.\n"
            + "2 Brief for Respondents 12.\n\n"
            + "\u{0C}2\n\nmeaning of the word.3\n3 Id., at 4.\n")
        #expect(essay.footnotes.map(\.label) == ["*", "1", "2", "3"])
        #expect(essay.footnote("*")?.content.text == "Professor of Law, Harbor University. I thank A. Reader for comments.")
        #expect(essay.footnote("1")?.content.text == "See Harbor Act of 1950, 64 Stat. 10.")
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text)
            == ["The agency claimed broad power over the harbor. Its reading was contested by every party, and the court then turned to the meaning of the word."])
    }
}
