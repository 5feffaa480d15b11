@testable import EssayKit
import Testing

@Suite("Contents lists: the lines an essay's own contents names are its headings")
struct ContentsHeadingTests {
    @Test("a web edition's contents of links: each entry's paragraph is a heading")
    func webLinks() throws {
        let essay = try Fixture.essay("""
            # A Report on Tickets

            # Contents

            - [Pricing the Seats](https://example.gov/r#_Toc1)
            - [Resale – and Its Limits](https://example.gov/r#_Toc2)

            Summary

            The report looks at tickets.

            Pricing the Seats

            Seats are priced to sell out.

            Resale — and its “Limits”

            Resale is legal in most states.
            """)
        #expect(essay.sections.map(\.title) == [nil, "Pricing the Seats", "Resale — and its “Limits”"])
        #expect(essay.sections.map(\.level) == [1, 1, 1])
        #expect(essay.sections[1].blocks.map(\.content.text) == ["Seats are priced to sell out."])
        #expect(essay.sections[2].blocks.map(\.content.text) == ["Resale is legal in most states."])
        // The list is furniture under its heading: read for the headings, never text.
        #expect(!essay.sections[0].blocks.contains { $0.kind == .list })
    }

    @Test("a nested web contents gives its entries' depths")
    func nestedLinks() throws {
        let essay = try Fixture.essay("""
            # Title

            ## Table of Contents

            - [Background](#a)
              - [The Statute](#b)
              - [The Cases](#c)
            - [Options](#d)

            Background

            Some history.

            The Statute

            The words of the law.

            The Cases

            What courts said.

            Options

            What Congress may do.
            """)
        #expect(essay.sections.compactMap(\.title) == ["Background", "The Statute", "The Cases", "Options"])
        #expect(essay.sections.filter { $0.title != nil }.map(\.level) == [1, 2, 2, 1])
    }

    @Test("a text conversion's dot leaders, nested by indentation; headings inside paragraphs split them")
    func dotLeaders() throws {
        let essay = try Fixture.essay("""
            A Report on Food Law

            Contents
            Background on Preemption ..................................... 3
            Preemption and the Act........................................ 6
                Preemption by the Enforcement Scheme ..................... 7
                Preemption by Product-Specific Provisions ................11
            Observations and Considerations for Congress ................ 43


            Contacts
            Author Information........................................... 45

            Background on Preemption
            Federal law wins where the two conflict.
            That is the rule.
            Preemption and the Act
            The Act said little of preemption at first.

            Preemption by the Enforcement Scheme
            Only the agency may enforce the Act.1
            Preemption by Product-Specific Provisions
            Some parts say more.
            """)
        #expect(essay.sections.compactMap(\.title) == ["Background on Preemption", "Preemption and the Act",
                                                        "Preemption by the Enforcement Scheme", "Preemption by Product-Specific Provisions"])
        #expect(essay.sections.filter { $0.title != nil }.map(\.level) == [1, 1, 2, 2])
        let background = try #require(essay.sections.first { $0.title == "Background on Preemption" })
        #expect(background.blocks.map(\.content.text) == ["Federal law wins where the two conflict. That is the rule."])
        let act = try #require(essay.sections.first { $0.title == "Preemption and the Act" })
        #expect(act.blocks.map(\.content.text) == ["The Act said little of preemption at first."])
    }

    @Test("an entry a line break cut in two in the list, and its heading cut the same way, still match")
    func wrappedEntry() throws {
        let essay = try Fixture.essay("""
            A Report

            Contents
            Introduction .................................................................. 1
            Special Eligibility Provisions for Those Seeking Mental Health Care Services
            from VA ....................................................................... 21
            Figures
            Figure 1. A Chart ............................................................. 4

            Introduction
            The report begins.

            Special Eligibility Provisions for Those Seeking Mental Health Care
            Services from VA
            Some may get care.

            Figure 1. A Chart
            """)
        #expect(essay.sections.compactMap(\.title) == ["Introduction", "Special Eligibility Provisions for Those Seeking Mental Health Care Services from VA"])
        // The list of figures is no part of the contents: its caption stays text.
        #expect(essay.sections.last?.blocks.last?.content.text == "Figure 1. A Chart")
    }

    @Test("an entry no line reads as, or one two lines read as, changes nothing")
    func noMatchAndTwoMatches() throws {
        let essay = try Fixture.essay("""
            # Title

            # Contents

            - [Overview](#a)
            - [Missing Part](#b)
            - [Remedies](#c)

            Overview

            The first part.

            Remedies

            Remedies are many.

            Overview

            A line the same as the first entry, again.
            """)
        #expect(essay.sections.compactMap(\.title) == ["Remedies"])
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text).filter { $0 == "Overview" }.count == 2)
    }

    @Test("an entry already a heading counts as its one line: a paragraph alike stays text")
    func entryAlreadyAHeading() throws {
        let essay = try Fixture.essay("""
            # Title

            ## Contents

            - [Background](#a)
            - [Remedies](#b)

            ## Background

            Some history.

            Background

            Remedies

            Remedies are many.
            """)
        #expect(essay.sections.compactMap(\.title) == ["Background", "Remedies"])
        #expect(essay.sections.first { $0.title == "Background" }?.blocks.map(\.content.text) == ["Some history.", "Background"])
    }

    @Test("a line inside a sentence is no heading, though it reads as an entry")
    func lineInsideASentence() throws {
        let essay = try Fixture.essay("""
            Title

            Contents
            Ticket Pricing ................................................ 2
            Refunds ....................................................... 5

            The report turns later to
            Ticket Pricing
            and to refunds.
            """)
        #expect(essay.sections.compactMap(\.title).isEmpty)
    }

    @Test("an essay without a contents list keeps its paragraphs as they are")
    func noContentsList() throws {
        let essay = try Fixture.essay("""
            # Title

            Background

            Text.
            """)
        #expect(essay.sections.compactMap(\.title).isEmpty)
    }

    @Test("the entry forms, read line by line")
    func entryForms() {
        #expect(ContentsList.leaderEntry(Array("Food Products ......11".utf8)[...]).map { String(decoding: $0, as: UTF8.self) } == "Food Products")
        #expect(ContentsList.leaderEntry(Array("    Summary ........ iii".utf8)[...]).map { String(decoding: $0, as: UTF8.self) } == "Summary")
        #expect(ContentsList.leaderEntry(Array("Some text ending in 1999".utf8)[...]) == nil)
        #expect(ContentsList.linkItem(Array("- [Ticket Pricing](https://x.gov/r#_Toc1)".utf8)[...]).map { String(decoding: $0, as: UTF8.self) } == "Ticket Pricing")
        #expect(ContentsList.linkItem(Array("- [Ticket Pricing](https://x.gov/r) and more".utf8)[...]) == nil)
        #expect(ContentsList.isTitle(Array("## **Table of Contents**".utf8)[...]))
        #expect(!ContentsList.isTitle(Array("Contents of the Act".utf8)[...]))
    }
}

@Suite("Contents lists on real converted reports")
struct RealContentsHeadingTests {
    private func essay(_ name: String) throws -> Essay {
        try EssayParser().parse(contentsOf: Fixture.fixtures.appendingPathComponent("real/\(name).md").path)
    }

    /// The title of the section where footnote `label` is first marked.
    private func section(marking label: String, in essay: Essay) -> String? {
        guard let locator = essay.footnote(label)?.citedBy.first else { return nil }
        return essay.sections[locator.section].title
    }

    @Test("a CRS web edition: every entry of its contents is a section, in order, the notes in theirs")
    func crsWebEdition() throws {
        let essay = try essay("crs-2026-event-tickets-web")
        let titles = essay.sections.compactMap(\.title)
        let entries = ["Overview of Event Ticketing and Selected Issues", "Ticket Pricing", "Vertical Integration and Contracts",
                       "Federal Oversight of Event Ticketing", "Selected Actions by the Federal Trade Commission",
                       "Department of Justice Lawsuits: Live Nation and Ticketmaster", "Selected Legislative Options", "All-In Pricing",
                       "Requirements Related to Supply Chain", "Requirements for Tickets", "Speculative Tickets", "Nontransferable Tickets",
                       "Refundable Tickets", "Legislative Considerations"]
        #expect(Array(titles.suffix(entries.count)) == entries)
        let pricing = try #require(essay.sections.first { $0.title == "Ticket Pricing" })
        #expect(pricing.blocks.first?.content.text.hasPrefix("In the primary market, tickets are often priced") == true)
    }

    @Test("a CRS report through pdftotext: entries nested by indentation; notes stay with their sections")
    func crsPdftotext() throws {
        let essay = try essay("crs-2026-fdca-preemption-pdftotext")
        let promoted = essay.sections.filter { $0.heading != nil && $0.title != "SUMMARY" }
        #expect(promoted.map(\.title) == ["Background on Federal Preemption", "Preemption and the FD&C Act",
                                          "Preemption Based on the FD&C Act’s Enforcement Scheme",
                                          "Preemption Based on FD&C Act’s Product-Specific Provisions"])
        #expect(promoted.map(\.level) == [1, 1, 2, 2])
        #expect(section(marking: "29", in: essay) == "SUMMARY")
        #expect(section(marking: "30", in: essay) == "Background on Federal Preemption")
        #expect(section(marking: "68", in: essay) == "Preemption Based on the FD&C Act’s Enforcement Scheme")
        // One note was unmarked before headings were made; cutting paragraphs loses no marker.
        #expect(essay.footnotes.filter(\.citedBy.isEmpty).count <= 1)
    }

    @Test("a CRS report through MarkItDown: a contents without indentation is flat")
    func crsMarkItDown() throws {
        let essay = try essay("crs-2026-military-discharges-markitdown")
        let titles = essay.sections.compactMap(\.title)
        #expect(titles.first == "Introduction")
        #expect(titles.contains("Board for Correction of Military Records (BCMR) Review Process"))
        #expect(titles.contains("Service Criteria to Establish “Veteran” Status"))
        #expect(section(marking: "1", in: essay) == "Introduction")
        #expect(section(marking: "24", in: essay) == "Board for Correction of Military Records (BCMR) Review Process")
        #expect(essay.sections.filter { $0.heading != nil }.allSatisfy { $0.level == 1 })
        #expect(essay.footnotes.allSatisfy { !$0.citedBy.isEmpty })
    }

    @Test("a contents list in one unit with its title, or with no title, its leaders running into the numbers: none of it is body text, and the headings it lists stay headings")
    func contentsUnitsAreNoText() throws {
        for contents in ["Contents\nBackground ........................ 1\nThe Boards and Their\nLedgers ........................... 2\n\n"
                            + "Figures\nFigure 1. Grants by Year ............ 2\n\n",
                         "Background ..........................1\nThe Boards and Their Ledgers ........2\n\n"] {
            let essay = try Fixture.essay("# A Report on Grant Boards\n\n" + contents
                + "Background\n\nGrant boards keep ledgers that no one reads, though the law asks them to.\n\n"
                + "The Boards and Their Ledgers\n\nThe ledgers are kept in a form that every board shares with the others.\n", path: "report.md")
            let text = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " | ")
            #expect(!text.contains("...."), "\(contents)")
            #expect(!text.contains("Figure 1"), "\(contents)")
        }
    }
}
