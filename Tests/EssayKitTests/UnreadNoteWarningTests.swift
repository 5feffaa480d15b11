import EssayKit
import Testing

/// The warning for notes the body marks past the last note read: a plain text, its notes at the
/// pages' feet, whose later notes are printed in a form the note rules do not read (here, lost). The
/// texts are invented.
@Suite("A warning where the body marks notes legit read no text for")
struct UnreadNoteWarningTests {
    static func warnings(_ essay: Essay) -> [Diagnostic] {
        essay.diagnostics.filter { $0.message.contains("legit read no note text") }
    }

    /// Pages of a report whose later pages mark notes 3 to 6 and print none of them.
    static let lostNotes = [
        PolicyReportNoteTests.page(1, "The Corps dredges the harbor each year.1", "1 Corps of Engineers, “Harbor Maintenance,” 2030."),
        PolicyReportNoteTests.page(2, "Costs rose in the channel.2 The ports paid a share.", "2 Port Authority, Annual Report, p. 4."),
        PolicyReportNoteTests.page(3, "The fund grew again.3 The board met twice,4 and the ports\nobjected each time.5", ""),
        PolicyReportNoteTests.page(4, "Who pays for the dredging?6 The question stays open.", ""),
    ]

    @Test("notes 3-6 marked in the body but never read give one warning, at the first of their marks")
    func marksPastTheLastNoteRead() throws {
        let essay = try PolicyReportNoteTests.report(Self.lostNotes)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        let warnings = Self.warnings(essay)
        #expect(warnings.count == 1)
        #expect(warnings.first?.severity == .warning)
        #expect(warnings.first?.message.hasPrefix("the text marks notes 3–6 but legit read no note text for them") == true)
        // The report's two lines of title and a blank line come before the pages.
        let before = Self.lostNotes[0..<2].joined().split(separator: "\n", omittingEmptySubsequences: false).count - 1
        let line = 3 + before + 3
        #expect(warnings.first?.range.start.line == line)
        #expect(warnings.first?.range.start.column == 21)
    }

    @Test("an essay whose every marked note is read gets no such warning")
    func allNotesRead() throws {
        let essay = try PolicyReportNoteTests.report([
            PolicyReportNoteTests.page(1, "The Corps dredges the harbor each year.1", "1 Corps of Engineers, “Harbor Maintenance,” 2030."),
            PolicyReportNoteTests.page(2, "Costs rose in the channel.2 The ports paid a share.3", "2 Port Authority, Annual Report, p. 4.\n3 Ibid., p. 9."),
            PolicyReportNoteTests.page(3, "The fund grew in 2031.4 It held 12 million in Section 5.", "4 Treasury, “Harbor Fund Statement,” 2031."),
        ])
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4"])
        #expect(Self.warnings(essay).isEmpty)
    }

    @Test("two numbers glued to words past the last note read are no run of marks")
    func tooFewMarks() throws {
        let essay = try PolicyReportNoteTests.report([
            PolicyReportNoteTests.page(1, "The Corps dredges the harbor each year.1", "1 Corps of Engineers, “Harbor Maintenance,” 2030."),
            PolicyReportNoteTests.page(2, "Costs rose in the channel.2 The ports paid a share.", "2 Port Authority, Annual Report, p. 4."),
            PolicyReportNoteTests.page(3, "The fund counts Route3 and Route4 as its own.", ""),
        ])
        #expect(Self.warnings(essay).isEmpty)
    }

    /// A report whose pages mark notes 2 to 5 and print no note that legit reads: the first
    /// note's text lost, the others printed as prose.
    static let noneRead = [
        PolicyReportNoteTests.page(1, "The Corps dredges the harbor each year, and the ports pay a share of it.", ""),
        PolicyReportNoteTests.page(2, "Costs rose in the channel.2 The ports paid a share.3", ""),
        PolicyReportNoteTests.page(3, "The fund grew again.4 The board met twice,5 and the ports objected.", ""),
    ]

    @Test("a text that marks a run of notes where no note was read at all gets one warning saying what to do")
    func marksWhereNoNoteWasRead() throws {
        let essay = try PolicyReportNoteTests.report(Self.noneRead)
        #expect(essay.footnotes.isEmpty)
        let warnings = essay.diagnostics.filter { $0.message.contains("legit read no note at all") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.hasPrefix("the text marks notes 2–5 but legit read no note at all") == true)
        #expect(warnings.first?.message.contains("convert the PDF another way") == true)
        #expect(warnings.first?.description.hasPrefix(essay.source.path + ":") == true)
    }

    @Test("a text with no notes and no run of marks gets no warning of unread notes")
    func noNotesNoMarks() throws {
        let essay = try PolicyReportNoteTests.report([
            PolicyReportNoteTests.page(1, "The Corps dredges the harbor each year.", ""),
            PolicyReportNoteTests.page(2, "Route3 and Route4 cost 12 million in 2031.", ""),
        ])
        #expect(essay.diagnostics.filter { $0.message.contains("legit read no note") }.isEmpty)
    }

    @Test("notes printed from 2 on (the first one's text lost): the marks are named where no note is read, the missing first note where the rest are")
    func notesStartAboveOne() throws {
        let plain = try PolicyReportNoteTests.report([
            PolicyReportNoteTests.page(1, "The Corps dredges the harbor each year.", ""),
            PolicyReportNoteTests.page(2, "Costs rose in the channel.2 The ports paid a share.3 The board\nmet twice.4",
                                       "2 Port Authority, Annual Report, p. 4.\n3 Ibid., p. 9.\n4 Ibid., p. 12."),
        ])
        if plain.footnotes.isEmpty {
            #expect(plain.diagnostics.contains { $0.message.hasPrefix("the text marks notes 2–4 but legit read no note at all") })
        } else {
            // However many of the printed notes are read, the first read is named and the notes before it.
            let first = plain.footnotes[0].label
            #expect(plain.diagnostics.contains { $0.message.hasPrefix("footnote \(first) is the first numbered footnote, so note") })
        }
        let markdown = try Fixture.essay("# T\n\nCosts rose in the channel.[^2] The ports paid a share.[^3]\n\n[^2]: Port Authority, Annual Report, p. 4.\n[^3]: Ibid., p. 9.\n")
        #expect(markdown.footnotes.map(\.label) == ["2", "3"])
        #expect(markdown.diagnostics.contains { $0.message.hasPrefix("footnote 2 is the first numbered footnote, so note 1 is missing") })
    }
}
