@testable import EssayKit
import Testing

@Suite("A court's page heads are furniture wherever the page breaks, printed once or often")
struct CourtHeadTests {
    static func line(_ text: String) -> ArraySlice<UInt8> { Array(text.utf8)[...] }

    @Test("citation heads, case heads and term heads, with or without the page number")
    func courtHeads() {
        for head in ["Cite as: 123 U. S. ____ (2031)", "Cite as: 123 U. S. 456 (2031) 7", "Cite as: 4 F. 4th 88 (CA9 2031)",
                     "### 12 BAKER _v._ NORTHERN TIMBER CO.", "ADAMS v. STATE BOARD OF LICENSING 7", "_FLORES v. UNITED STATES_ 31",
                     "214 OCTOBER TERM, 1961"] {
            #expect(LineRules.isCourtHead(Self.line(head)), "\(head)")
        }
        for text in ["Cite as the authority for this view a case (2031)", "12 Baker v. Northern Timber Co.", "BAKER v. NORTHERN TIMBER CO.",
                     "See Baker v. Timber, 12 U. S. 4 (1901)", "12 ACTS OF 1901", "Cite as: the form the court prefers"] {
            #expect(!LineRules.isCourtHead(Self.line(text)), "\(text)")
        }
    }

    @Test("slip-opinion heads naming the opinion a page belongs to")
    func opinionHeads() {
        for head in ["Opinion of the Court", "### Opinion of the Court", "Opinion of MARTINEZ, J.", "OKAFOR, J., concurring",
                     "LEE, PARK, and SOLIS, JJ., dissenting", "Per Curiam", "Statement of HUANG, C. J.", "BELL, J., concurring in judgment 9"] {
            #expect(LineRules.isOpinionHead(Self.line(head)), "\(head)")
        }
        for text in ["Opinion of the Court below was wrong.", "Judges concurring often write", "Per Curiam opinions are short.",
                     "The opinion of the Court"] {
            #expect(!LineRules.isOpinionHead(Self.line(text)), "\(text)")
        }
        #expect(LineRules.isCaseNameHead(Self.line("BAKER v. NORTHERN TIMBER CO.")))
        #expect(!LineRules.isCaseNameHead(Self.line("Baker v. Northern Timber Co.")))
        #expect(!LineRules.isCaseNameHead(Self.line("BAKER AND THE TIMBER CASES")))
    }

    /// One page break of each shape, each printed once, cutting a sentence of the body and a note.
    static let opinion = """
        # An Opinion

        The Court held that the rule applies.<sup>1</sup> It did

        ——————

        > 1 See _Baker_ v. _Northern_

        Cite as: 123 U. S. ____ (2031)

        2

        Opinion of the Court

        not say more.<sup>2</sup> The rule

        ——————

        _Timber Co._ , 12 U. S. 40, 44 (1901).

        > 2 _Id._, at 45.

        ### 3 BAKER _v._ NORTHERN TIMBER CO.

        ### OKAFOR, J., concurring

        stands.
        """

    @Test("heads printed once are furniture, and the sentence and the case name they cut are whole")
    func headsPrintedOnceGo() throws {
        let essay = try Fixture.essay(Self.opinion)
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text)
            == ["The Court held that the rule applies. It did not say more. The rule stands."])
        #expect(essay.footnote("1")?.content.text == "See Baker v. Northern Timber Co. , 12 U. S. 40, 44 (1901).")
        #expect(essay.footnote("1")?.citations.first?.authorityID.flatMap { essay.authority($0)?.title } == "Baker v. Northern Timber Co.")
    }

    @Test("plain text (pdftotext) runs a court's head into the page's text: the head still goes")
    func headsAtTheEdgesOfPlainText() throws {
        let essay = try Fixture.essay("""
            # An Opinion

            The Court held that the rule applies. It did
            \u{0C}Cite as: 123 U. S. ____ (2031)                3
            Opinion of the Court
            not say more. The rule
            stands.
            """)
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text) == ["The Court held that the rule applies. It did not say more. The rule stands."])
    }

    @Test("a slip opinion in reading order: the page number alone, then the case's name in capitals over the opinion's head")
    func caseNameOverTheOpinionHead() throws {
        let essay = try Fixture.essay("""
            # An Opinion

            The Court held that the rule applies. It did
            \u{0C}2

            BAKER v. NORTHERN TIMBER CO.
            Opinion of the Court

            not say more. The rule
            \u{0C}3

            BAKER v. NORTHERN TIMBER CO.

            stands.
            \u{0C}4

            BAKER v. NORTHERN TIMBER CO.
            Opinion of the Court
            It ends here.
            """)
        #expect(essay.sections.flatMap(\.blocks).map(\.content.text)
            == ["The Court held that the rule applies. It did not say more. The rule stands.", "It ends here."])
    }

    @Test("a slip opinion in reading order: part labels alone on lines inside the text (`I`, `A`, `1`) are its sections, nested")
    func partLabelsInsideTheText() throws {
        let essay = try Fixture.essay("""
            # An Opinion

            The court below ruled for the guild. We reverse.
            I
            A
            The guild was chartered in a river town. Its charter
            named no rival.
            B
            The dispute began later.
            1
            The first claim fails. It had
            2 witnesses and no more.
            2
            The second claim fails too.
            II
            We turn to the remedy.
            """)
        #expect(essay.sections.map(\.displayTitle) == ["Introduction", "I", "A", "B", "1", "2", "II"])
        #expect(essay.sections.map(\.level) == [1, 1, 2, 2, 3, 3, 1])
        #expect(essay.sections.map { $0.blocks.map(\.content.text) } == [
            ["The court below ruled for the guild. We reverse."], [],
            ["The guild was chartered in a river town. Its charter named no rival."],
            ["The dispute began later."], ["The first claim fails. It had 2 witnesses and no more."],
            ["The second claim fails too."], ["We turn to the remedy."],
        ])
    }

    @Test("a capital letter alone on a line stays text where no sentence ends before it or no capital follows it")
    func letterInsideASentenceStaysText() throws {
        let essay = try Fixture.essay("""
            # An Opinion

            The grades given were
            A
            and B, then C.
            D
            was the lowest.
            """)
        #expect(essay.sections.count == 1)
        #expect(essay.sections[0].blocks.map(\.content.text) == ["The grades given were A and B, then C. D was the lowest."])
    }

    @Test("an essay's part headed `Opinion of the Court` away from any page furniture stays a heading")
    func anEssaysHeadingStays() throws {
        let essay = try Fixture.essay("""
            # A Comment

            ## Opinion of the Court

            The majority wrote at length.

            ## Dissent

            The dissent was short.
            """)
        #expect(essay.sections.map(\.displayTitle) == ["Opinion of the Court", "Dissent"])
    }
}
