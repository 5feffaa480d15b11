@testable import EssayKit
import Testing

/// Marks of a government report as pdftotext's default mode prints them (superscripts that lost
/// their raise, glued to what comes before): after a section's full stop (`2 U.S.C. § 631.14
/// Numerous`, `§§ 682(1), 683.16 The`), after a heading's last word on lines of its own
/// (`Appropriations` / `Process 18`), and after a year (`Act of 198220`). The report is invented.
@Suite("Marks glued after a section's number or a heading's last word")
struct SectionDecimalMarkTests {
    static let head = "Budget Process: Law and Practice"

    /// A page: the running head, the body, a blank line, its notes, the footer.
    static func page(_ number: Int, _ body: String, _ notes: String) -> String {
        "\u{0C}\(head)\n\n\(body)\n\n\(notes)\n\nPage \(number)\n\nGAO-31-100R Budget Process\n\n"
    }

    /// The cover, then a first page marking notes 1–9 plainly, then `pages`.
    static func report(_ pages: [String]) throws -> Essay {
        let body = (0..<9).map { "Rule \(Character(UnicodeScalar(65 + $0)!)) applies to the budget.\($0 + 1)" }.joined(separator: " ")
        let notes = (0..<9).map { "\($0 + 1) Budget rule, 2 U.S.C. § \(600 + $0)." }.joined(separator: "\n")
        return try Fixture.essay("\(head)\nReport to Congressional Committees\nMay 2031\n\n" + page(1, "Background\n" + body, notes)
            + pages.joined(), path: "report.txt")
    }

    static let sectionPages = [
        page(2, """
            The Congressional Budget Act of 197410 sets the timetable for the budget.11 The
            President submits a budget each February.12 The budget committees then report a
            concurrent resolution under 2 U.S.C. § 632.13 Numerous statutory provisions
            govern the process, and agencies follow the rules in 26 C.F.R. § 1.501 for
            exempt groups. The rule in 2 U.S.C. § 631.14 Numerous other laws apply.
            """, """
            10 Pub. L. No. 93-344, 88 Stat. 297 (1974).
            11 2 U.S.C. § 631.
            12 31 U.S.C. § 1105(a).
            13 2 U.S.C. § 632(a).
            14 See also 2 U.S.C. §§ 632–645.
            """),
        page(3, """
            The Impoundment Control Act of 197415 governs deferrals. The act defines a
            deferral in 2 U.S.C. §§ 682(1), 683.16 The act applies to every agency. A
            rescission is defined in 2 U.S.C. §§ 682(3), 683, 688.17

            Evolution of the Budget
            and Appropriations
            Process 18

            The first general appropriation act was passed in 1789.19 The Anti-Deficiency
            Act of 198220 is a very brief law.
            """, """
            15 Pub. L. No. 93-344, tit. X, 88 Stat. 332 (1974).
            16 2 U.S.C. § 682.
            17 Id. § 688.
            18 See generally GAO, Principles of Federal Appropriations Law, 4th ed.
            19 Act of Sept. 29, 1789, ch. 23, 1 Stat. 95.
            20 31 U.S.C. § 1341.
            """),
    ]

    @Test("a mark glued after a section's full stop, a list's last section's, a heading's last word or a year is read")
    func marksAfterSectionsAndHeadings() throws {
        let essay = try Self.report(Self.sectionPages)
        #expect(essay.footnotes.map(\.label) == (1...20).map(String.init))
        let marks = Fixture.marks(essay)
        let numbers: [String] = marks.map { mark in String(mark.prefix { $0 != "<" }) }
        #expect(numbers == (1...20).map(String.init))
        #expect(marks.contains("13<-632."))
        #expect(marks.contains("14<-631."))
        #expect(marks.contains("16<-683."))
        #expect(marks.contains("17<-688."))
        #expect(marks.contains("18<-Process"))
        #expect(marks.contains("20<-1982"))
    }

    @Test("a decimal section of a code the text cites with decimals, or one that is not the next mark, stays a section")
    func decimalSectionsStaySections() throws {
        let essay = try Self.report([
            Self.page(2, """
                Exempt groups follow 26 C.F.R. § 1.10 The rule in 26 C.F.R. § 1.501 is old,
                and so is 2 U.S.C. § 632.12 Numerous groups are exempt.10 The code
                applies to them all.11
                """, """
                10 26 C.F.R. § 1.501(c)(3)-1 (2030).
                11 2 U.S.C. § 632.
                """),
        ])
        #expect(essay.footnotes.map(\.label) == (1...11).map(String.init))
        let marks = Fixture.marks(essay)
        #expect(marks.contains("10<-exempt."))
        #expect(marks.contains("11<-all."))
        #expect(!marks.contains { $0.hasSuffix("1.") || $0.hasSuffix("632.") })
    }

    @Test("the shape alone: the next mark after `§ N.`; not after a code cited with decimals, nor mid-sentence")
    func shape() {
        func isMark(_ text: String, _ mark: String) -> Bool {
            let bytes = Array(text.utf8)
            let needle = Array(".\(mark)".utf8)
            guard let start = (0...(bytes.count - needle.count)).first(where: { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }) else { return false }
            return SectionDecimalMarks.isMark(bytes, at: start + 1, count: needle.count - 1)
        }
        #expect(isMark("under 2 U.S.C. § 631.49 Numerous", "49"))
        #expect(isMark("under 2 U.S.C. §§ 682(3), 683, 688.63\n", "63"))
        #expect(!isMark("under 2 U.S.C. § 631.49 of the act", "49"))
        #expect(!isMark("under Cal. Health & Safety Code § 1714.45 The rule. See Cal. Health & Safety Code § 1714.45 (West 2030).", "45"))
        #expect(!isMark("under 26 C.F.R. § 1.50 The rule. See 26 C.F.R. § 1.501(c)(3)-1.", "50"))
        #expect(!isMark("in Section 631.49 The", "49"))
    }

    @Test("a heading's last word with a number that numbers it (`Objective 2`), or one word alone, keeps its number")
    func headingNumbersStay() {
        func endsHeading(_ text: String, _ mark: String) -> Bool {
            let bytes = Array(text.utf8)
            let needle = Array(" \(mark)\n".utf8)
            guard let start = (0...(bytes.count - needle.count)).first(where: { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }) else { return false }
            return LooseMarks.isSetApart(bytes, at: start + 1, count: mark.utf8.count)
        }
        #expect(endsHeading("text.\n\nEvolution of the Budget\nand Appropriations\nProcess 19\n\nThe first", "19"))
        #expect(!endsHeading("text.\n\nResults of Objective 2\n\nThe first", "2"))
        #expect(!endsHeading("text.\n\nProcess 19\n\nThe first", "19"))
        #expect(!endsHeading("text.\n\nEvolution of the Budget\nand Appropriations\nProcess 19\nThe first", "19"))
        #expect(!endsHeading("the agency had spent\nit all, as the Budget\nOffice 19\n\nThe first", "19"))
        #expect(!endsHeading("text.\n\nThe Budget Office met on May 19\n\nThe first", "19"))
    }
}
