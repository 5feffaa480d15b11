@testable import EssayKit
import Testing

/// Notes as pdfminer (MarkItDown) reads many LaTeX-made PDFs: the justified lines lose their
/// word spaces, so `Quill,supranote7.` and `Id.at58.` reach the reader. Names, titles and
/// reporters are invented.
@Suite("Notes whose converter glued the words together: the spaces citations need put back")
struct GluedNoteTextTests {
    static func respaced(_ text: String) -> String {
        GluedNoteText.respaced(RichText(text: text)).text
    }

    @Test("a supra, an Id. and a pin glued to `at` are parted")
    func shortForms() {
        #expect(Self.respaced("Quill,supranote7.") == "Quill, supra note 7.")
        #expect(Self.respaced("Sand,supranote8,at207.") == "Sand, supra note 8, at 207.")
        #expect(Self.respaced("Id.at58.") == "Id. at 58.")
        #expect(Self.respaced("Seeid.at12;Vale,supranotes3–4.") == "See id. at 12; Vale, supra notes 3–4.")
    }

    @Test("a signal glued to a volume parts from it")
    func signalBeforeVolume() {
        #expect(Self.respaced("Seealso33U.S.44,46(1834).") == "See also 33 U.S. 44, 46 (1834).")
        #expect(Self.respaced("See12F.3d100.") == "See 12 F.3d 100.")
    }

    @Test("a case: `v.` between the names, the volume from its reporter, the pin, the year")
    func caseCitation() {
        #expect(Self.respaced("Pellv.Orr,409U.S.88,93(1972)(“Nofareshallbecharged.”).")
            == "Pell v. Orr, 409 U.S. 88, 93 (1972) (“Nofareshallbecharged.”).")
        #expect(Self.respaced("SeeDovev.Lark,185F.3d1234,1240(9thCir.2001).")
            == "See Dove v. Lark, 185 F.3d 1234, 1240 (9th Cir. 2001).")
    }

    @Test("codes: the section sign apart, subdivisions kept to the section")
    func codes() {
        #expect(Self.respaced("42U.S.C.§1983(a)(2).") == "42 U.S.C. § 1983(a)(2).")
        #expect(Self.respaced("Seealso,33C.F.R.§§160.101–160.104(2019).") == "See also, 33 C.F.R. §§ 160.101–160.104 (2019).")
        #expect(Self.respaced("Cal.Civ.Code§1714.") == "Cal. Civ. Code § 1714.")
        #expect(Self.respaced("88Fed.Reg.36,987(June1,2023).") == "88 Fed. Reg. 36,987 (June1, 2023).")
    }

    @Test("an article: et al., the journal's abbreviations, the title left as printed")
    func article() {
        #expect(Self.respaced("Quilletal.,TheFerryQuestion,12Harv.L.Rev.40(2017).")
            == "Quill et al., TheFerryQuestion, 12 Harv. L. Rev. 40 (2017).")
        #expect(Self.respaced("AdaQuillandTomVale,TheFerryQuestion:FaresandRidersintheNorth,")
            == "AdaQuillandTomVale, TheFerryQuestion: FaresandRidersintheNorth,")
    }

    @Test("words that only look glued stay: abbreviations in v., metal, thousands, addresses")
    func leftAlone() {
        #expect(Self.respaced("Gov.Ferry") == "Gov. Ferry")
        #expect(Self.respaced("Civ.Proc.") == "Civ. Proc.")
        #expect(Self.respaced("metal.") == "metal.")
        #expect(Self.respaced("1,000,000riders") == "1,000,000riders")
        #expect(Self.respaced("https://www.example.org/a,b.C") == "https://www.example.org/a,b.C")
        #expect(Self.respaced("See Pell v. Orr, 409 U.S. 88, 93 (1972); 42 U.S.C. § 1983(a).")
            == "See Pell v. Orr, 409 U.S. 88, 93 (1972); 42 U.S.C. § 1983(a).")
    }

    @Test("spans, markers and file offsets move with the inserted spaces")
    func mapsMove() {
        var text = RichText(text: "Quill,supranote7.")
        text.sourceMap = [SourceMapRun(textOffset: 0, sourceOffset: 100)]
        text.spans = [RichText.Span(range: 6..<11, style: .emphasis)]
        let moved = GluedNoteText.respaced(text)
        #expect(moved.text == "Quill, supra note 7.")
        #expect(moved.substring(moved.spans[0].range) == "supra")
        // `note` starts at file byte 111; `7` at byte 115.
        #expect(moved.sourceOffset(at: 13) == 111)
        #expect(moved.sourceOffset(at: 18) == 115)
        #expect(moved.sourceOffset(at: 0) == 100)
    }

    @Test("a note is glued when a run holds a comma before a letter, with no space or address")
    func gate() {
        #expect(GluedNoteText.hasGluedRun(Array("Quill,supranote7.".utf8), 0..<17))
        #expect(!GluedNoteText.hasGluedRun(Array("Quill, supra note 7.".utf8), 0..<20))
        #expect(!GluedNoteText.hasGluedRun(Array("https://example.org/ferry,fares/now".utf8), 0..<35))
    }
}

/// A whole essay of the shape: notes at each page's foot, each number glued to its note's first
/// word, most lines without spaces; one note opens with a volume glued to its number.
@Suite("An essay whose notes MarkItDown glued: citations read, supra and Id. resolved")
struct GluedNoteEssayTests {
    static let text = """
        Harbor Essay

        Ada Quill

        The boards of the river ports have long set fares by custom rather than by rule, and riders have rarely
        asked how those fares were chosen.1 The question matters because fares decide who can cross the
        harbors.2 After this bid was rejected, the board put forward a new rule.3
        1AdaQuillandTomVale,TheFerryQuestion:FaresandRidersintheNorth,12Harb.L.Rev.301
        (2017).
        2Quill,supranote1,at310.
        3Id.at312;seealsoVale,supranote1,at305.

        Harbor Essay 2

        Courts have rarely looked at the question.4 When they have, they read the statutes narrowly.5 The
        second case went the other way.6
        4Pellv.Orr,409U.S.88,93(1972)(“Nofareshallbecharged.”).
        5Id.at90.
        6412U.S.77(2013).

        Harbor Essay 3

        """

    static func essay() throws -> Essay {
        try Fixture.essay(text, path: "harbor-markitdown.md")
    }

    static func works(_ essay: Essay, _ label: String) -> [String] {
        (essay.footnote(label)?.citations ?? []).map { citation in
            citation.authorityID.flatMap { essay.authority($0)?.title } ?? "-"
        }
    }

    @Test("every note is found, the one glued to a volume too")
    func notesFound() throws {
        let essay = try Self.essay()
        #expect(essay.footnotes.map(\.label) == ["1", "2", "3", "4", "5", "6"])
        #expect(essay.footnote("6")?.content.text == "412 U.S. 77 (2013).")
        #expect(essay.footnote("5")?.content.text == "Id. at 90.")
    }

    @Test("the case is read with its pin, Id. after it resolves to it")
    func caseAndId() throws {
        let essay = try Self.essay()
        let note4 = try #require(essay.footnote("4")?.citations.first)
        #expect(note4.pinpoint?.text == "93")
        let id = try #require(note4.authorityID)
        #expect(essay.footnote("5")?.citations.first?.authorityID == id)
        #expect(essay.footnote("5")?.citations.first?.pinpoint?.text == "90")
        #expect(essay.authority(id)?.title.contains("Pell") == true)
    }

    @Test("the article is read; the supra by its glued author's surname and the Id. resolve to it")
    func articleSupraId() throws {
        let essay = try Self.essay()
        let first = try #require(essay.footnote("1")?.citations.first?.authorityID)
        #expect(essay.footnote("2")?.citations.first?.authorityID == first)
        #expect(essay.footnote("2")?.citations.first?.pinpoint?.text == "310")
        #expect(essay.footnote("3")?.citations.first?.authorityID == first)
        #expect(essay.footnote("3")?.citations.first?.pinpoint?.text == "312")
    }

    @Test("a file with one glued-looking note among normal ones keeps every note as printed")
    func normalFileUntouched() throws {
        let text = "Title\n\nBody one.[^1] Body two.[^2] Body three.[^3]\n\n[^1]: Roe,supranote4,at5andmore.\n"
            + "[^2]: See Pell v. Orr, 409 U.S. 88 (1972).\n[^3]: Id.at58.\n"
        let essay = try Fixture.essay(text)
        #expect(essay.footnote("1")?.content.text == "Roe,supranote4,at5andmore.")
        #expect(essay.footnote("3")?.content.text == "Id.at58.")
    }

    @Test("a day glued to its year after a month's name is parted from it; other numbers are not")
    func dayGluedToYear() {
        #expect(GluedNoteTextTests.respaced("CityRadioNews(March,12018)") == "CityRadioNews (March, 1 2018)")
        #expect(GluedNoteTextTests.respaced("Herald(Aug.,162019).") == "Herald (Aug., 16 2019).")
        #expect(GluedNoteTextTests.respaced("Widgets,12018units.") == "Widgets, 12018units.")
        #expect(GluedNoteTextTests.respaced("(March,992018)") == "(March, 992018)")
    }

    @Test("a citation's file range still points at its printed text")
    func ranges() throws {
        let essay = try Self.essay()
        let citation = try #require(essay.footnote("4")?.citations.first)
        // `4Pellv.Orr` is line 17; the citation starts at `P`, column 2.
        #expect(citation.range.start.line == 17)
        #expect(citation.range.start.column == 2)
    }
}
