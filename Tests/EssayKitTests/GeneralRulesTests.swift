import EssayKit
import Testing

@Suite("Rules that hold for other essays converted the same way")
struct GeneralRulesTests {
    static let otherJournal = """
        # Courts, Compliance and Review

        Jane Q. Roe and Rui Sá\\*

        The opening paragraph sets out a claim.<sup>1</sup> It runs on for a while.

        ## I. FIRST PART

        Body of the first part.<sup>2</sup> It is cut by a page break in the middle of the United

        ---

        \\* Professor of Law.

        1. First note.

        2. Second note.

        2020] COURTS, COMPLIANCE AND REVIEW 141

        Nations system, which continues here.<sup>3</sup>

        ## A. A Lettered Subsection

        Text of A.<sup>4</sup>

        B. SECOND LETTERED SUBSECTION

        Text of B.<sup>5</sup>

        ---

        3. Third note.

        4. Fourth note.

        5. Fifth note.

        22

        *OTHER LAW JOURNAL* [Vol. 12:120

        II. SECOND PART

        Closing text.<sup>6</sup>

        ---

        6. Sixth note.
        """

    @Test func headingsByForm() throws {
        let essay = try Fixture.essay(Self.otherJournal)
        #expect(essay.title == "Courts, Compliance and Review")
        #expect(essay.author == "Jane Q. Roe and Rui Sá")
        #expect(essay.sections.map(\.displayTitle) == [
            "Introduction", "I. FIRST PART", "A. A Lettered Subsection", "B. SECOND LETTERED SUBSECTION", "II. SECOND PART",
        ])
        #expect(essay.sections.map(\.level) == [1, 1, 2, 2, 1])
    }

    @Test func pageBreakJoinsAndFurniture() throws {
        let essay = try Fixture.essay(Self.otherJournal)
        let first = essay.sections[1].blocks
        #expect(first.count == 1)
        #expect(first.first?.content.text.contains("in the middle of the United Nations system, which continues here.") == true)
        #expect(essay.footnotes.map(\.label) == ["*", "1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("2")?.content.text == "Second note.")
        #expect(essay.footnote("5")?.content.text == "Fifth note.")
        let all = essay.sections.flatMap(\.blocks).map(\.content.text).joined(separator: " ")
        #expect(!all.contains("OTHER LAW JOURNAL"))
        #expect(!all.contains("COURTS, COMPLIANCE AND REVIEW 141"))
        #expect(essay.diagnostics.filter { $0.severity == .error }.isEmpty)
    }

    @Test func lettersAfterRomanNumerals() throws {
        let essay = try Fixture.essay("""
            # T

            Intro text here.

            ## I. ONE

            x.

            ## H. Eighth

            y.

            ## I. Ninth Letter

            z.
            """)
        #expect(essay.sections.map(\.level) == [1, 1, 2, 2])
    }

    @Test func markdownQuotesAndMarkdownLists() throws {
        let essay = try Fixture.essay("""
            # T

            A lead in, as follows:

            > quoted words that
            > run on two lines.<sup>1</sup>

            * first item;
            * second item.

            ---

            1. Source.
            """)
        let kinds = essay.sections.first?.blocks.map(\.kind)
        #expect(kinds == [.paragraph, .quote, .list])
        #expect(essay.sections.first?.blocks[1].content.text == "quoted words that run on two lines.")
        #expect(essay.sections.first?.blocks[2].items.count == 2)
    }

    @Test func aSyntheticEssayParsesCleanly() throws {
        let text = SyntheticEssay.ofSize(60_000, seed: 7)
        let essay = try Fixture.essay(text, path: "synthetic.md")
        #expect(essay.sections.count > 1)
        #expect(essay.footnotes.count > 100)
        #expect(essay.diagnostics.filter { $0.severity >= .warning } == [])
        let cut = essay.sections.flatMap(\.blocks).filter { $0.pieces.count > 1 }
        #expect(!cut.isEmpty)
        #expect(essay.bodySentences.allSatisfy { !$0.sentence.text.contains("SYNTHETIC LAW REVIEW") })
    }
}
