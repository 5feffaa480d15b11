import Testing
@testable import EssayKit

@Suite("Bare paragraphs of the decision an essay declares they mean")
struct BareParagraphFormTests {
    /// An essay on one judgment, declared in its first note, with other works cited between.
    private static let declared = [
        "ECtHR (GC) 09.04.2024, Verein X and Others / Ruritania, 53600/20 (hereinafter: KlimaX; all paragraph numbers without further reference are to this judgment).",
        "Para 212.",
        "Cf para 30 ff.",
        "Lind/Ostrava, Rivers as Rights-Holders, Journal of Water Law 7:1 (2020) 44 (51 f).",
        "Para 88 f, 94.",
        "Ibid.",
        "Judge Marlow, para 12.",
        "mn 5; see also Kessl, Kein Recht auf Stille, Tagespost, 03.02.2024.",
    ]

    @Test("after the declaration every bare paragraph is the judgment's, whatever the note before cites")
    func declaredJudgment() throws {
        let essay = try CitationFixture.essay(Self.declared)
        let judgment = try #require(CitationFixture.authority(essay, "1"))
        for (label, place) in [("2", "Para 212"), ("3", "para 30 ff"), ("5", "Para 88 f, 94"), ("6", "Para 88 f, 94"), ("7", "para 12")] {
            let citation = try #require(CitationFixture.only(essay, label), "note \(label)")
            #expect(citation.authorityID == judgment.id, "note \(label)")
            #expect(citation.pinpoint?.text == place, "note \(label)")
        }
        let last = CitationFixture.citations(essay, "8")
        #expect(last.first?.authorityID == judgment.id)
        #expect(last.first?.pinpoint?.text == "mn 5")
        #expect(last.count == 2)
    }

    @Test("the English forms of the declaration, in a note of its own after the judgment's")
    func englishDeclaration() throws {
        let essay = try CitationFixture.essay([
            "Harbour Trust v Freedonia [2021] ECHR 101.",
            "All paragraph references are to the judgment unless otherwise stated.",
            "Roe, Ports and Rights, 12 Harbour L. Rev. 1 (2019).",
            "Para 17.",
        ])
        let judgment = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "4")?.authorityID == judgment.id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "Para 17")
    }

    @Test("without a declaration a bare paragraph is an Id. of the work just cited, never the first judgment")
    func noDeclaration() throws {
        let essay = try CitationFixture.essay([
            "ECtHR 14.03.2019, Varga and Others / Ruritania, application no 12345/18.",
            "Roe, Ports and Rights, 12 Harbour L. Rev. 1 (2019).",
            "Para 17.",
        ])
        let article = try #require(CitationFixture.authority(essay, "2"))
        let citation = try #require(CitationFixture.only(essay, "3"))
        #expect(citation.form == .id)
        #expect(citation.authorityID == article.id)
    }

    @Test("a statement that opens the note means the decision the note cites after it")
    func statementFirst() throws {
        let essay = try CitationFixture.essay([
            "Roe, Ports and Rights, 12 Harbour L. Rev. 1 (2019).",
            "Paragraph numbers in the following notes refer to this decision. ECtHR 14.03.2019, Varga and Others / Ruritania, application no 12345/18.",
            "Para 17.",
        ])
        let citations = CitationFixture.citations(essay, "2")
        let judgment = try #require(citations.last?.authorityID)
        #expect(essay.authority(judgment)?.kind == .case)
        #expect(CitationFixture.only(essay, "3")?.authorityID == judgment)
    }

    @Test("a bare section sign after the declaration is the judgment's paragraph, as the Strasbourg court numbers them")
    func sectionSign() throws {
        let essay = try CitationFixture.essay([
            "ECtHR 14.03.2019, Varga and Others / Ruritania, application no 12345/18 (all paragraphs cited below refer to this judgment).",
            "§ 216.",
        ])
        let judgment = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "2")?.authorityID == judgment.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "§ 216")
    }

    @Test("without a declaration a judge's paragraph names no decision: unresolved, never the essay's first judgment")
    func judgeWithoutDeclaration() throws {
        let essay = try CitationFixture.essay([
            "ECtHR 14.03.2019, Varga and Others / Ruritania, application no 12345/18.",
            "Judge Marlow, para 12.",
        ])
        let citation = try #require(CitationFixture.only(essay, "2"))
        #expect(citation.authorityID == nil)
        #expect(citation.pinpoint?.text == "para 12")
    }

    @Test("the declaration's shapes, and notes that only speak of paragraphs")
    func declarations() {
        let yes = [
            "X v Y (all paragraph numbers without further reference are to this judgment).",
            "All paragraph references are to the judgment unless otherwise stated.",
            "The paragraphs cited below refer to KlimaX.",
            "Paragraph numbers in the following notes refer to the decision.",
            "Marginal numbers cited below refer to the decision.",
            "All Rn cited below refer to the judgment.",
            "All Rz cited below refer to the judgment.",
            "All mn cited below refer to the judgment.",
        ]
        let no = [
            "See para 12 of the judgment.",
            "The Court refers to paragraph 4 of the Protocol in all its judgments.",
            "Roe, Title, 12 Harbour L. Rev. 1 (2019).",
            "All Rv cited below refer to the judgment.",
            "Marvellous ma cited below refer to the judgment.",
        ]
        for note in yes { #expect(DefaultWorkDeclaration.offset(in: CitationText(RichText(text: note))) != nil, "\(note)") }
        for note in no { #expect(DefaultWorkDeclaration.offset(in: CitationText(RichText(text: note))) == nil, "\(note)") }
    }

    @Test("paragraph places with f and ff, lists and ranges")
    func places() {
        let text = CitationText(RichText(text: "para 40 ff Para 88 f, 94 paras 3-5 mn 12 para 4 for"))
        let end = text.bytes.count
        #expect(ContinentalPlace.parse(text, at: 0, end: end)?.pinpoint.text == "para 40 ff")
        #expect(ContinentalPlace.parse(text, at: 11, end: end)?.pinpoint.text == "Para 88 f, 94")
        #expect(ContinentalPlace.parse(text, at: 25, end: end)?.pinpoint.text == "paras 3-5")
        #expect(ContinentalPlace.parse(text, at: 35, end: end)?.pinpoint.text == "mn 12")
        #expect(ContinentalPlace.parse(text, at: 41, end: end)?.pinpoint.text == "para 4")
    }
}
