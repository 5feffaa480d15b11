import Testing
@testable import EssayKit

@Suite("Pinpoints")
struct CitationPinpointTests {
    private static func parse(_ written: String, roman: Bool = false) -> Pinpoint? {
        let text = CitationText(RichText(text: written))
        return PinpointParser.parse(text, at: 0, end: text.count, allowRoman: roman)?.pinpoint
    }

    @Test("each pinpoint kind is read with its text as written", arguments: [
        ("553", Pinpoint.Kind.page, "553"),
        ("577–88", .pages, "577–88"),
        ("557-58", .pages, "557-58"),
        ("45, 47", .pages, "45, 47"),
        ("556 n.19", .note, "556 n.19"),
        ("557 nn.19, 23", .note, "557 nn.19, 23"),
        ("¶ 72", .paragraph, "¶ 72"),
        ("¶¶ 3–5", .paragraph, "¶¶ 3–5"),
        ("para. 4", .paragraph, "para. 4"),
        ("art. 19(2)", .article, "art. 19(2)"),
        ("§ 12", .section, "§ 12"),
        ("562–66, followed by more", .pages, "562–66"),
        ("p. 3", .page, "p. 3"),
        ("pp. 42-45", .pages, "pp. 42-45"),
        ("pp. 10, 13", .pages, "pp. 10, 13"),
        ("Table 4-1", .other, "Table 4-1"),
        ("Figure ES-4", .other, "Figure ES-4"),
        ("Table A-233", .other, "Table A-233"),
        ("Chapter 1", .other, "Chapter 1"),
        ("Annex 6", .other, "Annex 6"),
    ])
    func kinds(written: String, kind: Pinpoint.Kind, text: String) {
        #expect(Self.parse(written) == Pinpoint(kind: kind, text: text))
    }

    @Test("roman page numbers are read only where allowed (after at)")
    func romanPages() {
        #expect(Self.parse("xxvii", roman: true) == Pinpoint(kind: .page, text: "xxvii"))
        #expect(Self.parse("xxvii") == nil)
        #expect(Self.parse("mild reasons", roman: true) == nil)
    }

    @Test("pinpoints in citations: at N, at a range, without at, paragraphs and articles")
    func inCitations() throws {
        let essay = try CitationFixture.essay([
            "G.A. Res. 56/183, at 1 (Dec. 21, 2001).",
            "See Rept. of the Working Group, at 3–11, U.N. Doc. A/HRC/1/2 (May 2, 2017).",
            "*Id.* 3–4.",
            "*Id.* ¶ 73.",
            "International Covenant on Civil and Political Rights, art. 19(2), Dec. 19, 1966, 999 U.N.T.S. 171.",
            "G.A. Res. 70/125, ¶ 3 (Dec.16, 2015).",
        ])
        let pinpoints = (1...6).map { CitationFixture.only(essay, "\($0)")?.pinpoint }
        #expect(pinpoints == [
            Pinpoint(kind: .page, text: "1"), Pinpoint(kind: .pages, text: "3–11"), Pinpoint(kind: .pages, text: "3–4"),
            Pinpoint(kind: .paragraph, text: "¶ 73"), Pinpoint(kind: .article, text: "art. 19(2)"),
            Pinpoint(kind: .paragraph, text: "¶ 3"),
        ])
        #expect(essay.authority("ga-res-70-125")?.year == 2015)
    }

    @Test("a page mark needs a page, and a label needs a number: prose is no pinpoint")
    func markedWordsWithoutNumbers() {
        #expect(Self.parse("p. see") == nil)
        #expect(Self.parse("Table of Contents") == nil)
        #expect(Self.parse("Chapter eleven") == nil)
    }
}
