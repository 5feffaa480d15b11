@testable import EssayKit
import Testing

/// `pdftotext -layout` pages of a report that sets its body and notes in past a margin of side
/// headings: each note's number alone on its line at the page's indent, its text below set in by
/// one or two columns (a superscript's second digit over the text's first letter). Invented text.
@Suite("Numbers alone on pages set in past a margin of side headings")
struct LayoutPageIndentNoteTests {
    static let indent = String(repeating: " ", count: 27)

    static func page(_ heading: String, _ body: [String], notes: [(Int, String)], number: Int) -> String {
        var lines = ["Chapter 9", "Loans and Guarantees", "", ""]
        for (index, line) in body.enumerated() {
            let side = index == 0 ? heading.padding(toLength: 27, withPad: " ", startingAt: 0) : indent
            lines.append(side + line)
        }
        lines += ["", ""]
        for (label, text) in notes {
            lines.append(indent + String(label))
            lines.append(indent + " " + text)
        }
        lines += ["", "", indent + "Page 9-\(number)                              AB-06-382SP Funding Rules—Vol. II", "\u{0C}"]
        return lines.joined(separator: "\n")
    }

    static let sentences = [
        "The guarantee programs differ in what they cover and in whom they serve.",
        "Some reach private borrowers only, and others reach states and towns as well.",
        "The cost of a guarantee is the net present value of the cash flows it brings.",
        "The agency must estimate that value each year, with the help of the budget office.",
    ]

    static let notes = [
        "See GAO, Rural Loans: Better Targets, GAO-04-647 (Washington, D.C.: June 18, 2004).",
        "Tarn v. Ulm, 34 Ct. Cl. 377, 386 (1899).",
        "Id. at 388.",
    ]

    /// Four pages of three notes each, 1 to 12.
    static let text = (0..<4).map { pageIndex in
        let labels = (1...3).map { pageIndex * 3 + $0 }
        return page(["A. Scope", "B. Cost", "C. Fees", "D. Terms"][pageIndex],
                    labels.map { sentences[$0 % sentences.count] + String($0) },
                    notes: labels.map { ($0, notes[($0 - 1) % notes.count]) }, number: pageIndex + 3)
    }.joined(separator: "\n") + "\n"

    @Test("every note is read, one and two digits alike")
    func notesAtThePageIndent() throws {
        let essay = try Fixture.essay(Self.text)
        #expect(essay.footnotes.map(\.label) == (1...12).map(String.init))
        #expect(essay.footnote("11")?.content.text == "Tarn v. Ulm, 34 Ct. Cl. 377, 386 (1899).")
        #expect(essay.footnote("12")?.content.text == "Id. at 388.")
    }
}
