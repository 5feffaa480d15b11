import Testing
@testable import EssayKit

/// Emphasis and links are presentation: the citation inside them is what a reader reads, as
/// Markdown exported from a legal database writes it (kramdown notes, hard-wrapped). Invented text.
@Suite("Citations inside Markdown emphasis and links")
struct MarkdownPresentationTests {
    /// An essay of kramdown notes `[^1]:` … marked in one body paragraph, each note as written
    /// (continuation lines indented four spaces).
    private static func essay(_ notes: [String]) throws -> Essay {
        let body = notes.indices.map { "Sentence \($0 + 1).[^\($0 + 1)]" }.joined(separator: " ")
        let definitions = notes.enumerated().map { "[^\($0.offset + 1)]: \($0.element)" }.joined(separator: "\n\n")
        let text = "# Fixture Chapter\n\n\(body)\n\n\(definitions)\n"
        return try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
    }

    @Test("a whole case cite in emphasis, around a database link or not, reads as the cite; Id. and short forms follow it")
    func emphasizedCitation() throws {
        let essay = try Self.essay([
            "*[Lumen Tools, Inc. v. Garnet Corp., 233 F.3d 1105, 1111 (9th Cir.\n    1999)](https://research.example.com/api/document/cases/id/XYZ-9?page=1111)*.",
            "Id.",
            "*Tern Devices, Inc. v. Garnet Corp., 178 F.3d 1015, 1021 (9th Cir. 1998)*.",
            "*Lumen Tools, 233 F.3d at 1113*.",
        ])
        let lumen = try #require(CitationFixture.authority(essay, "1"))
        #expect(lumen.kind == .case)
        #expect(lumen.title == "Lumen Tools, Inc. v. Garnet Corp.")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "1111")
        #expect(CitationFixture.authority(essay, "2")?.id == lumen.id)
        let tern = try #require(CitationFixture.authority(essay, "3"))
        #expect(tern.title == "Tern Devices, Inc. v. Garnet Corp.")
        #expect(CitationFixture.authority(essay, "4")?.id == lumen.id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "1113")
    }

    @Test("a title or a name in emphasis stays one field: no comma before a volume and reporter")
    func emphasizedTitleIsNoCitation() {
        func reads(_ text: String) -> Bool {
            let bytes = Array(text.utf8)
            return EmphasizedCitation.readsAsCitation(bytes, 0..<bytes.count)
        }
        #expect(reads("Roe v. Doe, 377 U.S. 58, 60 (1964)"))
        #expect(reads("Roe, 377 U.S. at 60"))
        #expect(reads("Harlow, 2009 U.S. Dist. LEXIS 44521"))
        #expect(!reads("Roe v. Doe"))
        #expect(!reads("The 1996 Act Revisited 2"))
        #expect(!reads("Essays, 1990 edition 2"))
    }

    @Test("a star page in a link's text leaves the emphasis around the link whole; the pinpoint after a parallel WL cite is read")
    func starPageInLink() throws {
        let essay = try Self.essay([
            "FN1. The court so held. *[Harlow, 2009 U.S. Dist. LEXIS 44521, 2009\n    WL 1234567 at\n    *5](https://research.example.com/document?crid=abc-123#)*.\n    We concur.",
            "Harlow, 2009 U.S. Dist. LEXIS 44521, 2009 WL 1234567 at *7.",
        ])
        let note = try #require(essay.footnote("1"))
        #expect(note.content.text.contains("*Harlow") == false)
        #expect(note.content.text.contains("at *5."))
        let harlow = try #require(CitationFixture.authority(essay, "1"))
        #expect(harlow.title.hasPrefix("Harlow"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "*5")
        #expect(CitationFixture.authority(essay, "2")?.id == harlow.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "*7")
    }

    @Test("a link whose text is a number and whose address ends in an empty fragment is text, not a note marker")
    func numberLinkToEmptyFragment() throws {
        let essay = try Self.essay([
            "Next, the code grants remedies. [17 U.S.C. §§\n    702-03](https://research.example.com/document/?pdmfid=100&crid=abc#),\n    [705](https://research.example.com/document/?pdmfid=100&crid=abc#).\n    Third, more words.",
        ])
        let note = try #require(essay.footnote("1"))
        #expect(note.content.text.contains("702-03, 705."))
        #expect(essay.footnote("705") == nil)
        let titles = note.citations.compactMap { $0.authorityID.flatMap { essay.authority($0)?.title } }
        #expect(titles == ["17 U.S.C. § 702-03", "17 U.S.C. § 705"])
    }

    @Test("a note's own number linked to its anchor is still a marker")
    func numberLinkToNoteAnchor() throws {
        let text = "# Fixture\n\nA claim.[12](#fn12) More.\n\n---\n\n12. *Roe v. Doe*, 377 U.S. 58, 60 (1964).\n"
        let essay = try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
        #expect(essay.footnote("12") != nil)
    }

    @Test("a stray asterisk after a signal is no part of the name that follows")
    func strayAsteriskAfterSignal() throws {
        let essay = try Self.essay([
            "*Bellamy Co. v. Hardy Corp., 541 F.2d 10, 12 (2d Cir. 1976)*.",
            "FN2. See* [Bellamy, 541 F.2d at\n    22](https://research.example.com/doc?id=1)*\n    (holding so).",
        ])
        let bellamy = try #require(CitationFixture.authority(essay, "1"))
        let short = try #require(CitationFixture.citations(essay, "2").first)
        #expect(short.authorityID == bellamy.id)
        #expect(short.pinpoint?.text == "22")
        #expect(essay.authorities.count == 1)
    }

    @Test("a company suffix in emphasis of its own ends the case name in the emphasis before it")
    func suffixInOwnEmphasis() throws {
        let essay = try Self.essay([
            "_Guild of Lantern Makers v. Creative Beacon Promotions_,\n    _Inc._, 955 F.2d 1338, 1349 (9th Cir. 1990).",
            "_Marsh Wren v. Heron Tools_, _Inc._, 956 F.2d 1338, 1349 (9th Cir. 1990).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Guild of Lantern Makers v. Creative Beacon Promotions, Inc.")
        #expect(CitationFixture.authority(essay, "2")?.title == "Marsh Wren v. Heron Tools, Inc.")
    }

    @Test("a part of a page written before its address is the pinpoint; the titled and the bare address are one page")
    func partOfAddress() throws {
        let essay = try Self.essay([
            "See https://www.example.org/licenses/agreement.txt.",
            "See Clause 4 of https://www.example.org/licenses/agreement.txt.",
            "\"Quote.\" Section 9 of The Example Foundation Contributor Agreement, at\n    https://www.example.org/licenses/agreement.txt",
        ])
        let page = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == page.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Clause 4")
        #expect(CitationFixture.authority(essay, "3")?.id == page.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "Section 9")
    }

    @Test("a page's address keys it without scheme, www. and closing slash; a site's home address keys nothing")
    func pageAlias() {
        #expect(URLParts.pageAlias(of: "https://example.org/licenses/a.txt") == "url:example.org/licenses/a.txt")
        #expect(URLParts.pageAlias(of: "http://www.example.org/licenses/a.txt/") == URLParts.pageAlias(of: "https://example.org/licenses/a.txt"))
        #expect(URLParts.pageAlias(of: "https://example.org/licenses/a.txt") != URLParts.pageAlias(of: "https://example.org/licenses/b.txt"))
        #expect(URLParts.pageAlias(of: "www.portreview.example.eu") == nil)
        #expect(URLParts.pageAlias(of: "https://www.portreview.example.eu/") == nil)
    }

    @Test("a web page after a signal, its address after the date with no comma, then an explanatory parenthetical")
    func addressAfterDateAndSignal() throws {
        let essay = try Self.essay([
            "See also Lena Ortiz, Parser.js has split into Quill, CodeNotes (Mar. 3, 2019)\n    https://codenotes.example.com/2019/03/03/parser-js-split/ (describing the split).",
        ])
        let page = try #require(CitationFixture.authority(essay, "1"))
        #expect(page.url == "https://codenotes.example.com/2019/03/03/parser-js-split/")
        #expect(page.year == 2019)
    }

    @Test("an MLA access date is no reporter cite")
    func accessDateIsNoReporterCite() throws {
        let essay = try Self.essay([
            "Lisbon Accord On Heritage, Article 9(3). Example.org. N.p.,\n    2015\\. Web. 12 Mar. 2015.",
        ])
        #expect(!CitationFixture.citations(essay, "1").isEmpty)
        #expect(!essay.authorities.contains { $0.kind == .case || $0.container == "A.K. Marsh." })
    }
}
