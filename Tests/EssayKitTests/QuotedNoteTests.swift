import EssayKit
import Testing

@Suite("Notes a conversion quoted at each page's foot (> 12 text)")
struct QuotedNoteTests {
    /// Pages as pymupdf4llm lays them out: body, the page's notes quoted, a `- N -` page number.
    static let essay = """
        **Towards a Test Essay**

        Author Name<sup>*</sup>

        > * The author's note.

        - 1 -

        The body opens.<sup>1</sup> It cites a book.<sup>2</sup> And a report.<sup>3</sup>

        > 1 First note, _see_ a source, _available at_

        http://www.example.org/a_b_c.pdf. 2 The second note, run into the line before.

        > 3 The third note runs over the page, to the next

        - 2 -

        # **I. A Heading Broken Over**

        # **Two Lines**

        more body on the next page.<sup>4</sup> Then body<sup>5</sup> that ends its sentence.

        page's foot, where its tail is.

        > 4 Fourth note.

        5 Fifth note, which the conversion left unquoted.

        (6) and a continuation line after it.

        - 3 -

        The body goes on.
        """

    @Test func notesAreFoundWithTheirTextsWhole() throws {
        let essay = try Fixture.essay(Self.essay)
        #expect(essay.title == "Towards a Test Essay")
        #expect(essay.footnotes.map(\.label) == ["*", "1", "2", "3", "4", "5"])
        #expect(essay.footnote("*")?.content.text == "The author's note.")
        #expect(essay.footnote("1")?.content.text == "First note, see a source, available at http://www.example.org/a_b_c.pdf.")
        #expect(essay.footnote("2")?.content.text == "The second note, run into the line before.")
        #expect(essay.footnote("3")?.content.text == "The third note runs over the page, to the next page's foot, where its tail is.")
        #expect(essay.footnote("5")?.content.text == "Fifth note, which the conversion left unquoted. (6) and a continuation line after it.")
    }

    @Test func theBodyHoldsNoNoteAndNoFurniture() throws {
        let essay = try Fixture.essay(Self.essay)
        #expect(essay.sections.map(\.displayTitle) == ["Introduction", "I. A Heading Broken Over Two Lines"])
        let body = essay.sections.flatMap(\.blocks).map(\.content.text)
        #expect(essay.author == "Author Name")
        #expect(essay.authorNoteLabel == "*")
        #expect(body == [
            "The body opens. It cites a book. And a report.",
            "more body on the next page. Then body that ends its sentence.", "The body goes on.",
        ])
        #expect(essay.footnote("2")?.citedBy.count == 1)
    }

    @Test("a numbered block quotation in body text that no note precedes stays a quotation")
    func aQuotationStartingWithANumberInAConvertedEssay() throws {
        let essay = try Fixture.essay("# T\n\nText.<sup>1</sup>\n\n---\n\n1. A note.\n\nThe statute says:\n\n> 42 U.S.C. § 1983 gives a remedy.\n")
        #expect(essay.footnotes.map(\.label) == ["1"])
        #expect(essay.sections.flatMap(\.blocks).last?.kind == .quote)
    }

    @Test("the first notes a conversion left bare before it quotes the rest (1 text, 2 text, > 3 text) are notes; a bare number before none stays text")
    func bareNotesBeforeQuotedOnes() throws {
        let essay = try Fixture.essay("""
            # T

            The relationship is warm.<sup>1</sup> Ties are close.<sup>2</sup> Talks go on.<sup>3</sup>

            1 U.S. State Department, Relations With Kuwait, January 5, 2021.

            2 U.S. State Department, Statements to the Press, January 26, 2022.

            > 3 Faten Omar, Strategic Dialogue, September 17, 2023.

            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text == "U.S. State Department, Statements to the Press, January 26, 2022.")
        let plain = try Fixture.essay("# T\n\nThe parties agreed.\n\n1 Point only was agreed.\n\n2 Points were not.\n")
        #expect(plain.footnotes.isEmpty)
    }

    @Test("a quoted note whose label the conversion glued to its text (> 2See) is the next note")
    func quotedGluedLabel() throws {
        let essay = try Fixture.essay("""
            # T

            The Act was amended.<sup>1</sup> It sets limits.<sup>2</sup>

            ——————

            > 1 SSA §1927(g)(3)(D), “Drug Use Review.”

            > 2See CRS In Focus IF10222, for more information.

            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2"])
        #expect(essay.footnote("2")?.content.text == "See CRS In Focus IF10222, for more information.")
    }

    @Test("a quoted note run into the one before it opens with a number (37 42 U.S.C.): the next label before a volume starts it")
    func runInNoteOpeningWithAVolume() throws {
        let essay = try Fixture.essay("""
            # T

            The Act was amended.<sup>1</sup> It sets limits.<sup>2</sup> And more.<sup>3</sup>

            ——————

            > 1 See P.L. 101-549, 104 Stat. 2399 (1990). 2 42 U.S.C. §7436(d). 3 Id. §7607, at 4. 12 U.S.C. §1 is another.

            """)
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3"])
        #expect(essay.footnote("2")?.content.text == "42 U.S.C. §7436(d).")
        #expect(essay.footnote("3")?.content.text == "Id. §7607, at 4. 12 U.S.C. §1 is another.")
    }
}

@Suite("Running heads a court or journal prints on every page")
struct RepeatedHeadTests {
    @Test func wordForWordHeadsGo() throws {
        let page = """
            Cite as: 597 U. S. ____ (2022)

            ### Opinion of the Court

            """
        let essay = try Fixture.essay("# T\n\n" + page + "Body one.<sup>1</sup>\n\n——————\n\n> 1 A note that runs over\n\n" + page
            + "### 2 SMITH _v._ JONES\n\nthe page and on.\n\n" + page + "### 3 SMITH _v._ JONES\n\nMore body.\n")
        #expect(essay.footnote("1")?.content.text == "A note that runs over")
        // The opinion's head, read first before any text, titles the opinion's section; printed again, it goes.
        #expect(essay.sections.map(\.displayTitle) == ["Opinion of the Court"])
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["Body one. the page and on.", "More body."])
    }

    @Test("a short line said twice is a head only with a page number and a title's words")
    func twiceIsNotEnoughWithoutANumber() throws {
        let essay = try Fixture.essay("# T\n\nSee the record\n\nText.\n\nSee the record\n\nMore.\n")
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["See the record", "Text.", "See the record", "More."])
    }
}
