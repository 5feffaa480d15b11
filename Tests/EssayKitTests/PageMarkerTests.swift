@testable import EssayKit
import Testing

/// Page separators other than pdftotext's form feed: a line that only marks a page's end
/// (`<<PAGE_BREAK>>`, `<!-- pagebreak -->`, `-----Page 12-----`, `[Page 12]`, `=== Page 12 ===`),
/// and the furniture a page prints at its edges (a galley slug, a running head with its page
/// number, the page number alone, a repository's download footer). The texts, names and journals
/// are invented.
@Suite("Page separators other than the form feed, and the furniture at them")
struct PageMarkerTests {
    static let slug = "4 ROEDOE 101-140 (DO NOT DELETE) 12/4/2031 7:18 PM"
    static let footer = "Electronic copy available at: https://papers.example.org/abstract=1234567"

    /// The pages of a law review as a text corpus has them: each page one run of lines (a galley
    /// slug, a running head, the text, the notes, the page number, a download footer), no blank
    /// line within; the first page has the title, the authors and the author's note.
    static let pages = [
        """
        \(slug)
        ORCHARD WATER RIGHTS
        Jane Roe & John Doe*
        The court heard the case of the orchard in March and held that the
        growers kept their water share.1 The State appealed at once. A panel
        heard the appeal.2 The question is whether the
        * Professor of Law, Northern University. We thank the editors for
        their care.
        1. Doe v. Roe, 1 F.4th 2, 7 (9th Cir. 2030).
        2. Ann Vale, Water Shares, 12 N. L.J. 4 (2020) (discussing the share
        rule at length).
        101
        \(footer)
        """,
        """
        \(slug)
        102 NORTHERN LAW JOURNAL [Vol. 9:101
        share runs with the land. We think it does.3 The old cases agree,
        and the new ones do too.4
        3. See id. at 8.
        4. Roe v. Doe, 5 F.3d 6, 9 (2d Cir. 1999).
        102
        \(footer)
        """,
        """
        \(slug)
        2031] Orchard Water Rights 103
        The critics are wrong, for three reasons.5 The rule has worked for
        decades.6
        5. Id. at 10.
        6. Vale, supra note 2, at 11.
        103
        \(footer)
        """,
    ]

    /// The essay with its pages parted by `separator` lines (blank lines around each).
    static func essay(parting separator: (Int) -> String) throws -> Essay {
        var text = pages[0]
        for (index, page) in pages.enumerated().dropFirst() {
            text += "\n\n" + separator(101 + index) + "\n\n" + page
        }
        return try Fixture.essay(text + "\n", path: "orchard.txt")
    }

    static func bodyText(_ essay: Essay) -> String {
        essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
    }

    static func notes(_ essay: Essay) -> [String] {
        essay.footnotes.map { "\($0.label): \($0.content.text)" }
    }

    @Test("`<<PAGE_BREAK>>` parts pages as a form feed does: the notes at each page's foot, the author's note, the furniture at the edges")
    func pageBreakLines() throws {
        let essay = try Self.essay { _ in "<<PAGE_BREAK>>" }
        #expect(essay.footnotes.map(\.label) == ["*", "1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("*")?.content.text == "Professor of Law, Northern University. We thank the editors for their care.")
        #expect(essay.footnote("2")?.content.text == "Ann Vale, Water Shares, 12 N. L.J. 4 (2020) (discussing the share rule at length).")
        #expect(essay.footnote("4")?.content.text == "Roe v. Doe, 5 F.3d 6, 9 (2d Cir. 1999).")
        #expect(essay.footnote("6")?.content.text == "Vale, supra note 2, at 11.")
        let body = Self.bodyText(essay)
        #expect(body.contains("The question is whether the share runs with the land."))
        for furniture in ["PAGE_BREAK", "DO NOT DELETE", "Electronic copy", "NORTHERN LAW JOURNAL", "2031]", "101", "102", "103"] {
            #expect(!body.contains(furniture), "\(furniture) is furniture")
        }
        #expect(essay.sections.flatMap(\.blocks).flatMap(\.content.markers).map(\.label) == ["1", "2", "3", "4", "5", "6"])
    }

    @Test("the pages read alike parted by a form feed or by any marker line in use", arguments: [
        "<<PAGE_BREAK>>", "<!-- pagebreak -->", "<!-- PageBreak -->", "-----Page #-----", "[Page #]", "=== Page # ===",
        "<PAGE # END>", "[[Page #]]",
    ])
    func everyMarkerReadsAsAFormFeed(_ marker: String) throws {
        let formFeeds = try Fixture.essay(Self.pages.joined(separator: "\n\u{0C}") + "\n", path: "orchard.txt")
        let marked = try Self.essay { page in marker.replacingOccurrences(of: "#", with: String(page)) }
        #expect(Self.notes(marked) == Self.notes(formFeeds))
        #expect(Self.notes(marked).count == 7)
        #expect(Self.bodyText(marked) == Self.bodyText(formFeeds))
    }

    @Test("a marker that opens the file, or follows another with no text between (a page's end and the next one's start), is no second page")
    func markersAtTheStartAndInPairs() throws {
        var text = "<PAGE 1 START>\n\n" + Self.pages[0]
        for (index, page) in Self.pages.enumerated().dropFirst() {
            text += "\n\n<PAGE \(index) END>\n\n<PAGE \(index + 1) START>\n\n" + page
        }
        let essay = try Fixture.essay(text + "\n\n<PAGE 3 END>\n", path: "orchard.txt")
        #expect(essay.footnotes.map(\.label) == ["*", "1", "2", "3", "4", "5", "6"])
        #expect(!Self.bodyText(essay).contains("PAGE"))
    }

    @Test("the forms of marker lines, and lines that are none: a rule, a heading, a sentence naming a page")
    func markerForms() {
        func form(_ line: String) -> UInt64? { PageMarkers.form(Array(line.utf8)[...]) }
        for marker in ["<<PAGE_BREAK>>", "<!-- pagebreak -->", "-----Page 12-----", "[Page 12]", "=== Page 12 ===",
                       "<PAGE 3 END>", "--- Page 3 of 40 ---", "{{pagebreak}}", "[[Page 1234]]"] {
            #expect(form(marker) != nil, "\(marker) is a marker")
        }
        for line in ["---", "***", "# Page 12", "[Page 12 shows the map]", "<!-- lint disable -->", "(page 12)x", "Page 12",
                     "[See page 12]", "=== Pages ==="] {
            #expect(form(line) == nil, "\(line) is no marker")
        }
        #expect(form("-----Page 12-----") == form("-----Page 13-----"))
        #expect(form("[Page 12]") != form("-----Page 12-----"))
    }

    @Test("a page's running head after a marker that prints the title's first words goes, however few pages print it, as after a form feed")
    func titleHeadAfterAMarker() throws {
        let page = { (body: String, note: String, number: Int) in
            "<<PAGE_BREAK>>\n\nTimber Import Certification: Program Overview\n\n\(body)\n\n\(note)\n\n\(number)\n\n"
        }
        let essay = try Fixture.essay("Timber Import Certification: Program\nOverview and Issues for Congress\nUpdated April 21, 2026\n\n"
            + page("The program requires importers to report where wood was harvested.1 It also requires", "1 Department of the Interior, Overview, 2024.", 1)
            + page("records kept for two years.2", "2 Department of the Interior, Records, 2024.", 2), path: "report.txt")
        #expect(essay.title == "Timber Import Certification: Program Overview and Issues for Congress")
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text)
            == ["The program requires importers to report where wood was harvested. It also requires records kept for two years."])
    }

    /// The page separators a scan of `text` found: form feeds and marker lines.
    static func separators(_ text: String) throws -> [Int] {
        var builder = EssayBuilder(file: try SourceFile.decode(path: "marked.txt", data: Array(text.utf8)), usesEveryCore: false)
        try builder.scan()
        return builder.formFeeds
    }

    @Test("a marker the file prints once, or far apart, marks no pages; where it comes back as pages do, it does")
    func markerWithoutEvidence() throws {
        let long = String(repeating: "The growers sued the State over the water share in the valley. ", count: 400)
        #expect(try Self.separators("# Orchard Rights\n\n\(long)\n\n<!-- pagebreak -->\n\n\(long)\n\n<!-- pagebreak -->\n\nThe end.\n").isEmpty)
        #expect(try Self.separators("ORCHARD RIGHTS\n\nThe growers sued.\n\n[Page 2]\n\nThe court agreed.\n").isEmpty)
        let short = String(long.prefix(3000))
        #expect(try Self.separators("# Orchard Rights\n\n\(short)\n\n<!-- pagebreak -->\n\n\(short)\n\n<!-- pagebreak -->\n\nThe end.\n").count == 2)
        #expect(try Self.separators("ORCHARD RIGHTS\n\nThe growers sued.\n\n[Page 2]\n\nThe court agreed.\n\n[Page 3]\n\nThe end.\n").count == 2)
    }
}
