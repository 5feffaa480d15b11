import Testing
@testable import EssayKit

/// No-break and other wide spaces (LaTeX's ties as Pandoc converts them, Word's fixed spaces, a web
/// page's `&nbsp;`) inside citations: each is read as a space, in every form.
@Suite("Citations with no-break and thin spaces")
struct WideSpaceTests {
    private static let nbsp = "\u{00A0}"

    /// `note` with each `~` made a no-break space, as Pandoc converts a LaTeX tie.
    private static func tied(_ note: String, with space: String = nbsp) -> String {
        note.replacingOccurrences(of: "~", with: space)
    }

    @Test("a case with ties between its parties, volume, reporter and court, then Id. at a tied page")
    func tiedCase() throws {
        let essay = try CitationFixture.essay([
            Self.tied("See Roe~v.~Widgetco, 951~F.2d 369, 377 (D.C.~Cir.~1991)."),
            Self.tied("*Id.*~at~380."),
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(work.title == "Roe v. Widgetco")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "377")
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "380")
    }

    @Test("a statute's section sign tied to its number, and sections joined by a tied and")
    func tiedSection() throws {
        let essay = try CitationFixture.essay([Self.tied("42 U.S.C.~§~1983 (2018).")])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .statute)
    }

    @Test("a supra with a tied note number and pinpoint")
    func tiedSupra() throws {
        let essay = try CitationFixture.essay([
            "Jane Roe, *Widget Markets*, 12 YALE L.J. 100 (2001).",
            Self.tied("Roe, *supra* note~1, at~112."),
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "2")?.authorityID == work.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "112")
    }

    @Test("narrow no-break, thin and figure spaces are spaces too", arguments: ["\u{202F}", "\u{2009}", "\u{2007}"])
    func otherSpaces(space: String) throws {
        let essay = try CitationFixture.essay([Self.tied("See Roe~v.~Widgetco, 951~F.2d 369, 377 (D.C.~Cir.~1991).", with: space)])
        #expect(CitationFixture.authority(essay, "1")?.title == "Roe v. Widgetco")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "377")
    }

    @Test("a web page's &nbsp; is a space")
    func entity() throws {
        let essay = try CitationFixture.essay(["See Roe&nbsp;v.&nbsp;Widgetco, 951&nbsp;F.2d 369, 377 (D.C. Cir. 1991)."])
        #expect(CitationFixture.authority(essay, "1")?.title == "Roe v. Widgetco")
    }

    @Test("a citation's place in the file is where it stands, as with plain spaces")
    func sourcePlace() throws {
        let note = "See Roe~v.~Widgetco, 951~F.2d 369, 377 (D.C.~Cir.~1991)."
        let tied = try #require(CitationFixture.only(try CitationFixture.essay([Self.tied(note)]), "1"))
        let plain = try #require(CitationFixture.only(try CitationFixture.essay([Self.tied(note, with: " ")]), "1"))
        #expect(tied.range == plain.range)
        #expect(tied.text == plain.text)
    }

    @Test("a tie in the running text and the note's text reads as a space")
    func runningText() throws {
        let essay = try CitationFixture.essay([Self.tied("Sections~1503 and~1505 say so.")])
        let note = try #require(essay.footnote("1"))
        #expect(note.content.text == "Sections 1503 and 1505 say so.")
    }
}
