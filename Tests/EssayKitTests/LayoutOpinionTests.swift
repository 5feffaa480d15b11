import EssayKit
import Foundation
import Testing

/// A court's opinion as `pdftotext -layout` prints it (an invented one, `Fixtures/layout/opinion.txt`):
/// a double-spaced body (a blank line after every line, paragraphs opening indented), notes at
/// each page's foot single-spaced, each number alone over its text, and the body's marks set apart
/// after the sentence's end (`(“DOC”). 1 The`, `Commerce. 2 U.S. Dep't`, `2019). 4 A second`,
/// `paid. 5 See id.`, `at 395. 13 The`).
@Suite("A court's opinion converted by pdftotext -layout")
struct LayoutOpinionTests {
    static func text(margin: Int = 0) throws -> String {
        let path = Fixture.fixtures.appendingPathComponent("layout/opinion.txt")
        let text = try String(contentsOf: path, encoding: .utf8)
        guard margin > 0 else { return text }
        let pad = String(repeating: " ", count: margin)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard line.contains(where: { $0 != "\u{0C}" }) else { return String(line) }
            return line.hasPrefix("\u{0C}") ? "\u{0C}" + pad + line.dropFirst() : pad + line
        }.joined(separator: "\n")
    }

    static let expectedMarks = ["1<-(“DOC”).", "2<-Commerce.", "3<-responded.", "4<-2019).", "5<-paid.", "6<-2003).",
                                "7<-(1981).", "8<-lawyer.", "9<-purpose.", "10<-privileged.", "11<-advice.", "12<-issue.",
                                "13<-395.", "14<-part."]

    @Test("every note is read and marked where its sentence ends", arguments: [0, 1, 4])
    func everyNoteMarked(margin: Int) throws {
        let essay = try Fixture.essay(Self.text(margin: margin), path: "opinion.txt")
        #expect(essay.footnotes.map(\.label) == (1...14).map(String.init))
        #expect(Fixture.marks(essay) == Self.expectedMarks)
    }

    @Test("a set-apart mark stands at its word's end, the space after it kept")
    func markAtWordEnd() throws {
        let essay = try Fixture.essay(Self.text(), path: "opinion.txt")
        let block = try #require(essay.sections.first { $0.heading?.text.hasSuffix("OPINION") == true }?.blocks.first)
        let marker = try #require(block.content.markers.first)
        let before = String(decoding: block.content.text.utf8.prefix(marker.offset), as: UTF8.self)
        let after = String(decoding: block.content.text.utf8.dropFirst(marker.offset), as: UTF8.self)
        #expect(before.hasSuffix("(“DOC”)."))
        #expect(after.hasPrefix(" The Commission seeks"))
    }

    @Test("a volume before a name's dotted capitals is the expected mark, not a reporter's")
    func markBeforeNameAbbreviation() throws {
        let essay = try Fixture.essay(Self.text(), path: "opinion.txt")
        let note2 = try #require(essay.footnotes.first { $0.label == "2" })
        #expect(note2.content.text.hasPrefix("Deputy Secretary Ann Roe"))
        #expect(Fixture.sentences(essay).contains { $0.hasPrefix("U.S. Dep't of Commerce, Order No. 4410-2019") })
    }

    @Test("the double-spaced lines of a paragraph make one paragraph", arguments: [0, 4])
    func paragraphsWhole(margin: Int) throws {
        let essay = try Fixture.essay(Self.text(margin: margin), path: "opinion.txt")
        let counts = essay.sections.map { ($0.heading.map { String($0.text.split(separator: " ").last ?? "") } ?? "", $0.blocks.count) }
        let byHeading = Dictionary(counts, uniquingKeysWith: +)
        #expect(byHeading["OPINION"] == 1)
        #expect(byHeading["BACKGROUND"] == 2)
        #expect(byHeading["STANDARD"] == 1)
        #expect(byHeading["ANALYSIS"] == 2)
        let analysis = try #require(essay.sections.first { $0.heading?.text.hasSuffix("ANALYSIS") == true })
        #expect(analysis.blocks.first?.content.text.contains("agrees with the Commission in part. A communication") == true)
        #expect(analysis.blocks.last?.content.text.hasPrefix("The witness also argues") == true)
    }
}
