@testable import EssayKit
import Testing

/// Notes a converter's markup hid: a book's endnotes whose superscript label keeps its full stop
/// (pandoc from XHTML), marks run together after a word's stop (MarkItDown), invisible format
/// characters, and MarkItDown's double spaces. Invented texts in the shapes each converter prints.
@Suite("Notes hidden by converters' markup")
struct ConverterMarkupNoteTests {
    private func notes(_ essay: Essay) -> [String] {
        essay.footnotes.map { "\($0.label): \($0.content.text)" }
    }

    static func chapter(from first: Int) -> String {
        let numbers = (first..<(first + 4)).map(String.init)
        return """
            # Chapter 3. The Commons of Code

            Networks change how goods are made.[<sup>\(numbers[0])</sup>](#note\(numbers[0])) Peer production is older than
            the network.[<sup>\(numbers[1])</sup>](#note\(numbers[1])) Courts noticed it.[<sup>\(numbers[2])</sup>](#note\(numbers[2]))

            Lawyers followed.[<sup>\(numbers[3])</sup>](#note\(numbers[3]))

            ## Notes

            [<sup>\(numbers[0]).</sup>](#note_ref\(numbers[0])) Jane Example, *A Book Title* (New Haven: Example Press, 2006), 12.

            [<sup>\(numbers[1]).</sup>](#note_ref\(numbers[1])) Ibid., 14.

            [<sup>\(numbers[2]).</sup>](#note_ref\(numbers[2])) Pike v. Lowe, 31 U.S. 210, 214 (1832).

            [<sup>\(numbers[3]).</sup>](#note_ref\(numbers[3])) Example, *A Book Title*, 40.
            """
    }

    @Test("a book's endnotes by pandoc: `[<sup>1.</sup>](#note_ref1) text`, the full stop inside the superscript")
    func superscriptLabelWithFullStop() throws {
        let essay = try Fixture.essay(Self.chapter(from: 1))
        #expect(notes(essay) == [
            "1: Jane Example, A Book Title (New Haven: Example Press, 2006), 12.", "2: Ibid., 14.",
            "3: Pike v. Lowe, 31 U.S. 210, 214 (1832).", "4: Example, A Book Title, 40.",
        ])
        #expect(Fixture.marks(essay) == ["1<-made.", "2<-network.", "3<-it.", "4<-followed."])
        let book = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("2")?.citations.first?.authorityID == book)
    }

    @Test("a chapter whose endnotes go on from an earlier chapter's (154 on) reads them as numbered")
    func chapterNumberedOn() throws {
        let essay = try Fixture.essay(Self.chapter(from: 154))
        #expect(essay.footnotes.map(\.label) == ["154", "155", "156", "157"])
        #expect(essay.footnote("155")?.content.text == "Ibid., 14.")
        #expect(Fixture.marks(essay) == ["154<-made.", "155<-network.", "156<-it.", "157<-followed."])
    }

    @Test("the label reader takes a full stop after the number only inside a note's label")
    func listedLabel() {
        #expect(InlineParser.listedNoteLabel(Array("<sup>12.</sup>".utf8)[...]) == "12")
        #expect(InlineParser.listedNoteLabel(Array("12.".utf8)[...]) == "12")
        #expect(InlineParser.listedNoteLabel(Array("<sup>12</sup>".utf8)[...]) == "12")
        #expect(InlineParser.listedNoteLabel(Array("1.2".utf8)[...]) == nil)
        #expect(InlineParser.listedNoteLabel(Array("A.".utf8)[...]) == nil)
        #expect(InlineParser.noteLabel(Array("<sup>12.</sup>".utf8)[...]) == nil)
    }

    @Test("marks run together after a word's stop split into the numbers that follow")
    func fusedMarks() {
        func marks(_ text: String, first: Int? = nil) -> [Int]? {
            let bytes = Array(text.utf8)
            let start = bytes.firstIndex(where: { $0 >= 0x30 && $0 <= 0x39 }) ?? 0
            var end = start
            while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
            return FusedMarks.marks(bytes, digits: start..<end, first: first)?.map(\.number)
        }
        #expect(marks("human rights.414243 The") == [41, 42, 43])
        #expect(marks("obligations.12\n", first: 1) == [1, 2])
        #expect(marks("obligations.1112 More") == [11, 12])
        #expect(marks("the rights.”99100 The") == [99, 100])
        #expect(marks("obligations.12", first: 12) == nil)
        // Not after a word's stop, or not consecutive: numbers of the text.
        #expect(marks("in 1920 the") == nil)
        #expect(marks("rights.2019 The") == nil)
        #expect(marks("No.1213 of") == nil)
        #expect(marks("U.S.1213 of") == nil)
        #expect(marks("rights.4142a") == nil)
    }

    @Test("marks run together after a year's stop (`in 2019.4142`) split after the year; a decimal's digits do not")
    func fusedMarksAfterAYear() {
        func marks(_ text: String, first: Int? = nil) -> [Int]? {
            let bytes = Array(text.utf8)
            guard let stop = bytes.lastIndex(of: UInt8(ascii: ".")) else { return nil }
            var end = stop + 1
            while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
            return FusedMarks.marks(bytes, digits: (stop + 1)..<end, first: first)?.map(\.number)
        }
        #expect(marks("were decided in 2019.4142 The", first: 41) == [41, 42])
        #expect(marks("the survey (2019).789 Most") == [7, 8, 9])
        #expect(marks("the Act of 1958.1213\n") == [12, 13])
        // A version's or a longer number's decimals, and a year out of range, are no marks.
        #expect(marks("release v2019.4142 of") == nil)
        #expect(marks("the sum 12019.4142 in") == nil)
        #expect(marks("the value 3019.4142 in") == nil)
    }

    static let feed = "\u{0C}"

    @Test("MarkItDown's page notes whose marks ran together (`rights.414243`) are each read and marked")
    func fusedPageMarks() throws {
        let pages = [
            "ORCHARD  RIGHTS\n\n"
                + "Growers have long argued about water.1 The debate goes on, and the courts have said little\n"
                + "about human rights.234 The label hides more than it shows.5\n\n"
                + "1  Ann Vale, Water Shares, 12 N. L.J. 4 (2020).\n"
                + "2  Ben Lowe, Orchards and Law, 88 S. L. Rev. 1, 12 (2019).\n"
                + "3  Id. at 14.\n"
                + "4  Cora Dunn, Rivers, 7 E. L.J. 9 (2018).\n"
                + "5  Vale, supra note 1, at 8.\n\n"
                + "1\n",
            "The second page goes on with the argument, which no court has settled.67 The end.\n\n"
                + "6  Lowe, supra note 2, at 20.\n"
                + "7  Dunn, supra note 4, at 11.\n\n"
                + "2\n",
        ]
        let essay = try Fixture.essay(pages.joined(separator: Self.feed), path: "orchard-markitdown.md")
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6", "7"])
        #expect(essay.footnote("3")?.content.text == "Id. at 14.")
        #expect(Fixture.marks(essay) == ["1<-water.", "2<-rights.", "3<-rights.", "4<-rights.", "5<-shows.", "6<-settled.", "7<-settled."])
    }

    @Test("zero-width spaces: gone from note text and citations, and no bar to a note's number")
    func invisibleCharacters() throws {
        let essay = try Fixture.essay("""
            # Privacy at Home

            The Act governs agencies.<sup>1</sup> Courts read it narrowly.<sup>2</sup> Later too.<sup>3</sup> Again.<sup>4</sup>

            ## Notes

            1.\u{200B} Smith v Jones [2010]\u{200B} NZSC 5 at [12]; Privacy Act 1988\u{200B} (Cth) s 6.

            \u{200B}2. Ben Lowe, Orchards and Law, 88 S. L. Rev. 1, 12 (2019).

            3. Smi\u{200B}th v Jones [2010] NZSC\u{FEFF} 5 at [14].

            4.\u{200B}Ben Lowe, Orchards and Law, 88 S. L. Rev. 1, 14 (2019).
            """)
        #expect(notes(essay) == [
            "1: Smith v Jones [2010] NZSC 5 at [12]; Privacy Act 1988 (Cth) s 6.",
            "2: Ben Lowe, Orchards and Law, 88 S. L. Rev. 1, 12 (2019).", "3: Smith v Jones [2010] NZSC 5 at [14].",
            "4: Ben Lowe, Orchards and Law, 88 S. L. Rev. 1, 14 (2019).",
        ])
        let judgment = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("3")?.citations.first?.authorityID == judgment)
        #expect(essay.footnote("3")?.citations.first?.pinpoint?.text == "[14]")
    }

    @Test("a joiner inside an emoji sequence or between letters beyond ASCII is text, kept; one after a Latin letter is dropped")
    func joinersKeptBetweenCharactersBeyondASCII() throws {
        let family = "\u{1F469}\u{200D}\u{1F467}"
        let essay = try Fixture.essay("""
            # Joined

            A family \(family) and a word \u{0645}\u{06CC}\u{200C}\u{0647} and Pri\u{200D}vacy.<sup>1</sup>

            ## Notes

            1. Smith v Jones [2010] NZSC 5 at [12].
            """)
        let text = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ")
        #expect(text.contains("A family \(family) and"))
        #expect(text.unicodeScalars.contains { $0.value == 0x200C })
        #expect(text.contains("Privacy"))
    }

    @Test("an invisible character moves past the spaces after a line's number; the text keeps its place")
    func invisibleNoteLabels() throws {
        let line = Array("1.\u{200B} Text\n\u{200B}2. More\n3\u{200B}Glued\n".utf8)
        let rewritten = try #require(InvisibleNoteLabels.rewritten(line))
        #expect(rewritten.count == line.count)
        #expect(String(decoding: rewritten, as: UTF8.self) == "1. \u{200B}Text\n2. \u{200B}More\n3 \u{00AD}Glued\n")
        #expect(InvisibleNoteLabels.rewritten(Array("No number\u{200B} here\n".utf8)) == nil)
    }

    @Test("curly quotes and dashes before, between and after the invisible characters leave them found")
    func invisibleNoteLabelsAmongOtherCharacters() throws {
        let line = Array("\u{201C}Quoted\u{201D} \u{2013} text\n4.\u{FEFF} Text \u{2014} more\n\u{2019}\n5\u{200B}Glued\u{FEFF}\n\u{200D}6 Six\n".utf8)
        let rewritten = try #require(InvisibleNoteLabels.rewritten(line))
        #expect(String(decoding: rewritten, as: UTF8.self)
            == "\u{201C}Quoted\u{201D} \u{2013} text\n4. \u{FEFF}Text \u{2014} more\n\u{2019}\n5 \u{00AD}Glued\u{FEFF}\n6 \u{200D}Six\n")
        #expect(InvisibleNoteLabels.rewritten(Array("\u{201C}Quoted\u{201D}\n7. Text \u{FEFF}\u{2014}\n".utf8)) == nil)
    }

    @Test("MarkItDown's double spaces are one space in a note's text, so its citation reads")
    func doubleSpaces() throws {
        let essay = try Fixture.essay("""
            # Privacy at Home

            The Act governs agencies.[^1] Courts read it narrowly.[^2]

            [^1]: See  Ben  Lowe,  Orchards  and  Law,  88  S.  L.  Rev.  1,  12  (2019).

            [^2]: Lowe,  supra  note  1,  at  14.
            """)
        #expect(essay.footnote("1")?.content.text == "See Ben Lowe, Orchards and Law, 88 S. L. Rev. 1, 12 (2019).")
        #expect(essay.footnote("2")?.content.text == "Lowe, supra note 1, at 14.")
        let article = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("2")?.citations.first?.authorityID == article)
        #expect(essay.footnote("2")?.citations.first?.pinpoint?.text == "14")
    }
}
