@testable import EssayKit
import LowLevel
import Testing

/// A journal's pages as MarkItDown (pdfminer) prints some: each page one line, its text, its
/// notes glued to their numbers and its foot run together, the form feed inside the line before
/// the next page's header. Names, laws and citations are invented.
@Suite("Pages printed each as one line, notes glued on")
struct PageLineNoteTests {
    static let filler = " The harbour masters kept the ledger in their own hand, and the clerks copied it out"
        + " each quarter for the board, which read it aloud at the spring meeting of the guild."

    /// Two pages: the text marks notes glued before a sentence (`war.1The`) or a word; the notes
    /// open with a word, a section sign and a name; a note's text glues a pinpoint (`Rn.5ff.`).
    static let text: String = {
        let header = "https://example.org/10.0000/ledger, am 01.02.2025, 10:00:00"
        let first = "Harbour Law Review*The Ledger of DuesEinleitungThe harbour rule was read narrowly"
            + " in the decade after the war.1The ports paid for that reading, and the courts said so"
            + " twice, first on wharfage and then on pilotage.2" + filler + filler + filler
            + "1Vgl.: Vane, Das lange Hauptbuch, 1959, S.401ff.2Harrow, Kommentar der Abgaben,"
            + " 2.Aufl. 1765, S.39.\u{0C}" + header
        let second = "The treatise set the rule out at length.3And its second volume went further"
            + " than the first.4" + filler + filler + filler + filler
            + "3§ 12 Hafengesetz vom 1.Mai 1901, RGBl. 1901, S.44.4Vane, Das lange Hauptbuch,"
            + " 1959, S.402, Rn.5ff.; Harrow 1765, S.40.\u{0C}" + header
        return header + "\n\nOpen Access\n\n" + first + "\n\nOpen Access\n\n" + second + "\n"
    }()

    @Test("each page's notes are read in order, each with its own text, the page's text with none")
    func notesOfPageLines() throws {
        let essay = try Fixture.essay(Self.text, path: "ledger-pages.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("1")?.content.text.hasPrefix("Vgl.: Vane") == true)
        #expect(essay.footnote("1")?.content.text.contains("Harrow") == false)
        #expect(essay.footnote("2")?.content.text.hasPrefix("Harrow, Kommentar") == true)
        #expect(essay.footnote("3")?.content.text.hasPrefix("§ 12 Hafengesetz") == true)
        #expect(essay.footnote("4")?.content.text.contains("Rn.5ff.; Harrow 1765") == true)
        // Positions name the file's lines: the second page is its ninth line.
        #expect(essay.footnote("4")?.range.start.line == 9)
    }

    @Test("the notes are the longest chain from the number expected, of equal ones the later")
    func longestChain() {
        let line = Array("Rules.1The ports 2Quays paid.1Vgl.: Vane.2Harrow, S.3.3Nothing".utf8)
        let notes = PageLineNotes.notes(in: line, 0..<line.count, from: 1)
        #expect(notes?.map(\.number) == [1, 2, 3])
        #expect(notes?.first.map { String(decoding: line[$0.start...].prefix(4), as: UTF8.self) } == "1Vgl")
        // A pinpoint's `ff.`, a digit's run and an address's number open no note.
        let other = Array("at S.5ff. and 2019Report and /3Path and 4Text".utf8)
        #expect(PageLineNotes.openings(in: other, 0..<other.count).map(\.number) == [4])
    }

    @Test("a file of ordinary lines, or with one page line only, is read as written")
    func ordinaryFiles() {
        #expect(PageLineNotes.read(Array("A line.\u{0C}\nAnother.1\n1 See Vane.\n".utf8)) == nil)
        let one = "Text.1" + Self.filler + Self.filler + Self.filler + Self.filler + Self.filler + Self.filler
            + Self.filler + "1See Vane.\u{0C}foot\n"
        #expect(PageLineNotes.read(Array(one.utf8)) == nil)
    }

    @Test("a note's number glued to a section sign opens the note numbered next")
    func sectionSign() {
        let line = Array("14§ 142 Act.".utf8)[...]
        #expect(LineRules.gluedNoteStart(line, digits: line.prefix(while: Bytes.isDigit), expected: 14)?.textStart == 2)
        #expect(LineRules.gluedNoteStart(line, digits: line.prefix(while: Bytes.isDigit), expected: 13) == nil)
    }
}

/// A one-digit mark glued to a year (`founded in 20113.`), as converters print a superscript after a
/// year; the note it marks lost nothing else. Names and laws are invented.
@Suite("A one-digit mark glued to a year")
struct YearGluedMarkTests {
    @Test("a year, then the mark, then a sentence's punctuation; not a postal code or a longer run")
    func markAfterYear() {
        func marks(_ text: String, _ offset: Int) -> Bool { EssayBuilder.isOneDigitMarkAfterYear(Array(text.utf8), at: offset) }
        #expect(marks("founded in 20113. The", 15))
        #expect(marks("(19984), said", 5))
        #expect(!marks("founded in 20113 Harbourton", 15))
        #expect(!marks("founded in 20110.", 15))
        #expect(!marks("rule 120113.", 10))
        #expect(!marks("in 15003.", 7))
    }

    /// A journal's pages with form feeds (one inside the running head's line): the second page's
    /// text marks note 3 only after a year, and its foot sets the note apart by a blank line.
    @Test("the page's note marked after a year is read, and the notes after it")
    func noteAfterTheYearMark() throws {
        let text = """
        Harbour Boards

        The harbour board met twice a year, as the charter of the port required of it.1 Its minutes
        were kept by the clerk in a ledger of his own.2

        1  See. R. Vane, The Long Ledger, Harbourton 1959 and T. Mercer, Dues and Tolls,
        Harbourton 1961.

        2  See. T. Mercer, Quays, „Harbour Studies” 2016, Vol. 4, No. 2.

        HARBOUR LAW • PORT STUDIES\u{0C}Ada Lyle  •  The harbour board in the port of Harbourton

        29

        The Architecture of the Board

        The current board of the port is the result of acts passed in the wake of the flood of
        the old quays. The board of wardens was established in 20113. Under that act, the board
        is responsible for the dues of the port, and it shall contribute to the smooth working of
        the quays and thereby ensure a sustainable income for the town4. All kinds of ships can
        be subject to the dues to some extent.5 At this point it is worth noting that the board

        3  Act No 12/2011 of the Council of Harbourton of 24 November 2011 on the dues of the port
        and establishing a Board of Wardens (15.12.2011), Harbour Gazette, L 33/1.

        4  Article 3, Act 12/2011.
        5  Article 1, Act 12/2011.

        30

        \u{0C}
        """
        let essay = try Fixture.essay(text, path: "year-mark.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("3")?.content.text.hasPrefix("Act No 12/2011 of the Council") == true)
    }
}
