import EssayKit
import Testing

/// Part headings as `pdftotext -layout` centres them (`                II.` over its title,
/// `      III. THE BOARDS ANSWER`, a lone `CONCLUSION`), and lines MarkItDown prints alone that
/// are no headings (a running head's `VOL. 9:1`, a note's words in small capitals). Invented texts.
@Suite("Centred part headings, and capitals lines that are none")
struct CentredHeadingTests {
    /// A line of `text` centred on a page 86 columns wide.
    static func centred(_ text: String) -> String { String(repeating: " ", count: (86 - text.count) / 2) + text }

    /// A paragraph in the layout's shape, its first line indented, marking note `note`.
    static func paragraph(_ note: Int) -> String {
        """
              The boards keep ledgers that no one reads, and this Article reads them closely and
        slowly, year after year, so that the reader may see what the boards decide in advance.\(note)
        The ledgers show that the meetings are a form, and the grants are settled before them.
        """
    }

    static func outline(_ essay: Essay) -> [String] { essay.sections.map { "\($0.level) \($0.displayTitle)" } }

    @Test("pdftotext -layout: a centred roman numeral over its title, after a page's running head, centred with its title, and a lone CONCLUSION")
    func centredHeadings() throws {
        let pages = [
            [Self.centred("THE LEDGER AND THE LAW"), Self.centred("JANE Q. ROE*"), "", Self.centred("INTRODUCTION"), Self.paragraph(1), "",
             Self.centred("I."), Self.centred("THE BOARDS AND THEIR LEDGERS"), Self.paragraph(2), "",
             "   1   Doe v. Roe, 1 F.4th 2, 7 (9th Cir. 2030).", "   2   Id. at 8."],
            ["2031]                      THE LEDGER AND THE LAW                            103", "",
             Self.centred("II."), Self.centred("WHAT THE LEDGERS SHOW"), Self.paragraph(3), "", Self.paragraph(4), "",
             "   3   Id. at 9.", "   4   Id. at 10."],
            ["104                      NORTHERN LAW JOURNAL                 [Vol. 9:101", "",
             Self.centred("III. THE BOARDS ANSWER"), Self.paragraph(5),
             "The boards answer that a ledger is a private thing, and no one else's business.", "",
             Self.centred("CONCLUSION"), Self.paragraph(6), "", "   5   Id. at 11.", "   6   Id. at 12."],
        ]
        let essay = try Fixture.essay(pages.map { $0.joined(separator: "\n") }.joined(separator: "\n\u{0C}") + "\n", path: "ledger.txt")
        #expect(Self.outline(essay) == ["1 INTRODUCTION", "1 I. THE BOARDS AND THEIR LEDGERS", "1 II. WHAT THE LEDGERS SHOW",
                                         "1 III. THE BOARDS ANSWER", "1 CONCLUSION"])
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
    }

    @Test("an indented line that is not centred (a quotation's, a list's) is no heading, though it would be at the margin")
    func indentedLinesStayText() throws {
        let page = [Self.centred("THE LEDGER AND THE LAW"), Self.centred("JANE Q. ROE*"), "", Self.paragraph(1), "",
                    "      II. THE BOARDS AND THE LEDGERS",
                    "      The boards keep ledgers that no one reads, and this Article reads them closely and",
                    "slowly, year after year, so that the reader may see what the boards decide in advance.",
                    "", "   1   Doe v. Roe, 1 F.4th 2, 7 (9th Cir. 2030)."]
        let essay = try Fixture.essay(page.joined(separator: "\n") + "\n\u{0C}2031]     THE LEDGER AND THE LAW     103\n\nThe end.\n", path: "ledger.txt")
        #expect(Self.outline(essay) == ["1 Introduction"])
    }

    @Test("MarkItDown: a running head's `VOL. 9:1` and a note's words in small capitals alone are no headings; INTRODUCTION and CONCLUSION are")
    func markItDownCapitalsLines() throws {
        let text = """
            THE LEDGER AND THE LAW

            JANE Q. ROE

            INTRODUCTION

            The boards keep ledgers that no one reads, and this Article reads them closely.1

            1.  See Ann Vale, Ledgers, in PROC. 2023 ANN. MEETING,

            CONFERENCE

            ON

            SOCIETY

            AND

            [https://perma.cc/8TMS-2DQ4].

            NORTHERN LAW JOURNAL

            VOL. 9:1

            The ledgers show that the meetings are a form, and the grants are settled.2

            2. Id. at 4.

            CONCLUSION

            The boards should publish their ledgers, so that anyone may read them.

            """
        let essay = try Fixture.essay(text, path: "ledger.md")
        #expect(Self.outline(essay).filter { !$0.hasSuffix("Opening") } == ["1 INTRODUCTION", "1 CONCLUSION"])
    }
}
