import EssayKit
import Testing

/// Notes of a policy report (a CRS report) as pdftotext's default mode prints it: each page's text,
/// its notes at the foot numbered without a full stop (`12 Agency, “Title,” ...`), the footer
/// (`Congressional Research Service`, the page number), a form feed and the next page's running
/// head. Each fixture is one of the ways the conversion spoils a note's number; the texts are
/// invented.
@Suite("Notes at the feet of a policy report's pages")
struct PolicyReportNoteTests {
    /// A page: its text, a blank line, its notes, and the footer; a form feed and the running head
    /// open every page after the first.
    static func page(_ number: Int, _ text: String, _ notes: String) -> String {
        (number > 1 ? "\u{0C}Harbor Dredging: Issues for Congress\n\n" : "")
            + "\(text)\n\n" + (notes.isEmpty ? "" : "\(notes)\n\n") + "Congressional Research Service\n\n\(number)\n\n"
    }

    /// The report of `pages`, and two pages with no notes after them, as a report ends: its footer
    /// printed page after page is furniture.
    static func report(_ pages: [String]) throws -> Essay {
        let ending = [page(pages.count + 1, "The board will report again.", ""), page(pages.count + 2, "The report ends here.", "")]
        return try Fixture.essay("Harbor Dredging: Issues for Congress\nUpdated May 1, 2031\n\n" + (pages + ending).joined())
    }

    static func bodyText(_ essay: Essay) -> String {
        essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
    }

    @Test("a mark printed apart from its word (`channel. 2 The`) still lets its note be read: the next note follows it, marked")
    func markApartFromItsWord() throws {
        let essay = try Self.report([
            Self.page(1, "The Corps dredges the harbor each year.1", "1 Corps of Engineers, “Harbor Maintenance,” 2030."),
            Self.page(2, "Costs rose in the channel. 2 The\nports paid a share of them.3", "2 Port Authority, Annual Report, p. 4.\n3 Ibid., p. 9."),
            Self.page(3, "The fund grew again.4", "4 Treasury, “Harbor Fund Statement,” 2031."),
        ])
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("2")?.content.text == "Port Authority, Annual Report, p. 4.")
        #expect(essay.footnote("4")?.content.text == "Treasury, “Harbor Fund Statement,” 2031.")
    }

    @Test("a note whose number the conversion lost (run into the body's last line) is passed over, and the notes after it are read")
    func lostNumberIsPassedOver() throws {
        let essay = try Self.report([
            Self.page(1, "The Corps dredges the harbor each year.1", "1 Corps of Engineers, “Harbor Maintenance,” 2030."),
            Self.page(2, "Costs rose.2 The ports paid a share.3 The fund then grew.4\nThe board met in the Rural Business2 Treasury, “Fund Statement.”",
                      "3 Port Authority, Annual Report, p. 4.\n4 Ibid., p. 9."),
            Self.page(3, "The board met again.5", "5 Board minutes, June 2031."),
        ])
        #expect(essay.footnotes.map(\.label) == ["1", "3", "4", "5"])
        #expect(essay.footnote("3")?.content.text == "Port Authority, Annual Report, p. 4.")
        #expect(essay.footnote("5")?.content.text == "Board minutes, June 2031.")
    }

    @Test("a note's number alone, its text after a blank line, is read as that note, whether the number ends the body's lines or stands apart")
    func numberAloneOverItsText() throws {
        for gap in ["\n", "\n\n"] {
            let essay = try Self.report([
                Self.page(1, "The Corps dredges the harbor each year.1", "1 Corps of Engineers, “Harbor Maintenance,” 2030."),
                Self.page(2, "The ports pay a share.2 And a third.3" + gap + "2",
                          "Port Authority, Annual Report on Harbor Costs, p. 4.\n3 Ibid., p. 9."),
            ])
            #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
            #expect(essay.footnote("2")?.content.text == "Port Authority, Annual Report on Harbor Costs, p. 4.")
            #expect(essay.footnote("3")?.content.text == "Ibid., p. 9.")
            #expect(!Self.bodyText(essay).contains("Annual Report"))
        }
    }

    @Test("a numbered list in the body (`1. text`) is no run of notes when the page's notes open with the same numbers")
    func numberedListBeforeThePagesNotes() throws {
        let essay = try Self.report([
            Self.page(1, "The Corps dredges the harbor.1 It uses two methods:2\n1. cutting the channel deeper;\n2. widening its turns; and\nThe ports pay a share.3",
                      "1 Corps of Engineers, “Harbor Maintenance,” 2030.\n2 Ibid., p. 3.\n3 Port Authority, Annual Report, p. 4."),
        ])
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "Corps of Engineers, “Harbor Maintenance,” 2030.")
        #expect(essay.footnote("2")?.content.text == "Ibid., p. 3.")
        #expect(Self.bodyText(essay).contains("cutting the channel deeper"))
    }

    @Test("a later note whose number opens with the expected one (`71 Clark, ...` where 7 is next) is not read as note 7")
    func laterNumberIsNotAGluedLabel() throws {
        var notes = (1...6).map { "\($0) Source number \($0), p. \($0)." }.joined(separator: "\n")
        let marks = ["one", "two", "three", "four", "five", "six"].enumerated().map { "Claim \($0.element).\($0.offset + 1)" }.joined(separator: " ")
        notes += "\n71 Clark, “The Design of Harbors,” p. 27."
        let essay = try Self.report([Self.page(1, marks + " The design is old.7", notes)])
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
    }

    @Test("a note's line opening with an address's fragment (`#iso:std:...`) is no heading: the note goes on, and the notes after it are read")
    func addressFragmentAtALineStart() throws {
        let essay = try Self.report([
            Self.page(1, "The Corps dredges the harbor each year.1 The ports pay a share.2",
                      "1 Standards Body, Harbor Works – Part 1, 2030, and\n\nHarbor Works – Part 2: Dredging, 2031, https://www.example.org/obp/ui/\n#std:harbor:works:-1:v1:en.\n2 Port Authority, Annual Report, p. 4."),
        ])
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("1")?.content.text.hasSuffix("#std:harbor:works:-1:v1:en.") == true)
        #expect(essay.footnote("2")?.content.text == "Port Authority, Annual Report, p. 4.")
    }

    @Test("body lines after the page's last marked line that mark a note of the page are no tail of the last page's unfinished note")
    func markedLinesAreNoTail() throws {
        let essay = try Self.report([
            Self.page(1, "The Corps dredges the harbor each year.1", "1 See the Corps’s report on the harbor, which it filed in"),
            Self.page(2, "The ports pay a share.2\nThe fund grew, and its board met in May and\nagreed on the rates.3 And the rates held for\nanother year."
                        + "\n2 Port Authority, Annual Report, p. 4.\n3 Ibid., p. 9.", ""),
        ])
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("1")?.content.text == "See the Corps’s report on the harbor, which it filed in")
        #expect(Self.bodyText(essay).contains("agreed on the rates. And the rates held for another year."))
    }

    @Test("a note citing a title alone (`3 Okafor, “Dredging Costs.”`), printed last at two pages' feet, is a note, not a running head")
    func sameNoteTextAtTwoPagesFeet() throws {
        let essay = try Self.report([
            Self.page(1, "The Corps dredges the harbor each year.1 The ports pay a share.2",
                      "1 Corps of Engineers, “Harbor Maintenance,” 2030.\n2 Okafor, “Dredging Costs.”"),
            Self.page(2, "The fund grew again.3 The board met in May.4",
                      "3 Port Authority, Annual Report, p. 4.\n4 Okafor, “Dredging Costs.”"),
            Self.page(3, "The rates held for another year.5", "5 Board minutes, June 2031."),
        ])
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("2")?.content.text == "Okafor, “Dredging Costs.”")
        #expect(essay.footnote("4")?.content.text == "Okafor, “Dredging Costs.”")
    }

    @Test("a note printed after the next one (`4 As of ...` before `3 The Harbor Act (P.L. 121-45`) is read under its number, a fragment before them its rest")
    func noteAfterTheNextOne() throws {
        let essay = try Self.report([
            Self.page(1, "The Corps dredges the harbor each year.1", "1 Corps of Engineers, “Harbor Maintenance,” 2030."),
            Self.page(2, "The board met in May.2 It runs the works programs.3 The regional\noffice oversees the field staff.4",
                      "2 Harbor Board, Annual Report, 2030.\n\n) created the Office of Harbor Works.\n4 As of May 2031, the board had approved the plan. See Port\n"
                        + "Authority, Annual Report, p. 4.\n3 The Harbor Act of 2030 (P.L. 121-45"),
            Self.page(3, "The fund grew again.5", "5 Board minutes, June 2031."),
        ])
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5"])
        #expect(essay.footnote("2")?.content.text == "Harbor Board, Annual Report, 2030.")
        #expect(essay.footnote("3")?.content.text.hasPrefix("The Harbor Act of 2030 (P.L. 121-45") == true)
        #expect(essay.footnote("3")?.content.text.hasSuffix("created the Office of Harbor Works.") == true)
        #expect(essay.footnote("4")?.content.text == "As of May 2031, the board had approved the plan. See Port Authority, Annual Report, p. 4.")
        #expect(essay.footnote("5")?.content.text == "Board minutes, June 2031.")
    }

    @Test("a body line opening with the next note's number and a word in lower case, after a line that stops mid-sentence, is the body's (`and` / `2 other offices`)")
    func numberGoingOnWithTheBodysSentence() throws {
        let essay = try Self.report([
            Self.page(1, "The Corps dredges the harbor each year.1", "1 Corps of Engineers, “Harbor Maintenance,” 2030."),
            Self.page(2, "Department of the Navy2\nThe department funds harbor research.3 Its account covers the fleet, the yards, and\n"
                        + "2 other offices, as well as classified work.\nThe request would have cut the account.",
                      "2 This section was written by an analyst in harbor policy.\n3 Navy, “Research Funding,” 2031."),
            Self.page(3, "The fund grew again.4", "4 Board minutes, June 2031."),
        ])
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(essay.footnote("2")?.content.text == "This section was written by an analyst in harbor policy.")
        #expect(Self.bodyText(essay).contains("the yards, and 2 other offices, as well as classified work. The request would have cut the account."))
    }

    @Test("the closing matter (`Author Information`, `Disclaimer`, the version line) is no text, and the last page's note after it is read")
    func closingMatterIsNoText() throws {
        let essay = try Fixture.essay("Harbor Dredging: Issues for Congress\nUpdated May 1, 2031\n\n"
            + Self.page(1, "The Corps dredges the harbor each year.1", "1 Corps of Engineers, “Harbor Maintenance,” 2030.")
            + Self.page(2, "The fund grew again.2", "2 Treasury, “Harbor Fund Statement,” 2031.")
            + Self.page(3, "The board will report again in June.3\n\nAuthor Information\nAda Okafor\nSpecialist in Harbor Policy\n\nBen Lutz\nAnalyst in Ports\n\n"
                        + "Disclaimer\nThis document was prepared for the board. It may be reproduced in its entirety\nwithout permission.",
                        "3 Board minutes, June 2031.")
            + "HB12345 · VERSION 3 · UPDATED\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("3")?.content.text == "Board minutes, June 2031.")
        let body = Self.bodyText(essay)
        #expect(body.contains("report again in June."))
        #expect(!body.contains("Okafor") && !body.contains("Disclaimer") && !body.contains("reproduced") && !body.contains("VERSION"))
        #expect(!essay.sections.contains { $0.title?.contains("VERSION") == true })
    }

    @Test("the last page's notes between the authors' list and the next page's disclaimer are read whole")
    func notesBetweenAuthorsAndDisclaimer() throws {
        let essay = try Fixture.essay("Harbor Dredging: Issues for Congress\nUpdated May 1, 2031\n\n"
            + Self.page(1, "The Corps dredges the harbor each year.1", "1 Corps of Engineers, “Harbor Maintenance,” 2030.")
            + Self.page(2, "The board will report again in June.2 And in July.3\n\nAuthor Information\nAda Okafor\nSpecialist in Harbor Policy",
                        "2 Port Authority, “Rates and Dues,” https://www.example.org/rates-\n\nand-dues/.\n3 Board minutes, June 2031.")
            + Self.page(3, "Disclaimer\nThis document was prepared for the board. It may be reproduced in its entirety\nwithout permission.", "")
            + "HB12345 · VERSION 3 · UPDATED\n")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text.hasSuffix("and-dues/.") == true)
        #expect(essay.footnote("3")?.content.text == "Board minutes, June 2031.")
        #expect(!Self.bodyText(essay).contains("Okafor"))
    }
}
