import Testing
@testable import EssayKit

/// A case cited in full in the running text, its citation broken by a hard line wrap, found by a
/// note's short form; and a short form in the volume of a subsequent history with no name of its own.
@Suite("Running-text cases across a hard wrap")
struct WrappedRunningTextCaseTests {
    private func essay(_ text: String) throws -> Essay {
        try EssayParser().parse(SourceFile(path: "fixture.md", bytes: Array(text.utf8)))
    }

    @Test("a wrap between reporter and first page, between volume and reporter, or inside the name still finds the case")
    func wrappedCites() throws {
        let essay = try essay("""
        # Fixture Essay

        The court so held. _See also_ _Pollard v. Drexel Mfg., Inc._, 61 F.3d
        902, 907 (8th Cir. 1996) (finding no control). More text.[^1]

        Another paragraph. _Brindle Fish Co. v. Brindle Foods, Inc._, 181
        F.3d 1201, 1203 (11th Cir. 1998). The rule applies.[^2]

        [^1]: _See, e.g._, _Pollard_, 61 F.3d at 907 (holding so).

        [^2]: 181 F.3d at 1205, n. 3 (internal quotation omitted).
        """)
        let one = try #require(CitationFixture.authority(essay, "1"))
        #expect(one.title == "Pollard v. Drexel Mfg., Inc.")
        #expect(one.firstPage == "902")
        let two = try #require(CitationFixture.authority(essay, "2"))
        #expect(two.title == "Brindle Fish Co. v. Brindle Foods, Inc.")
        #expect(two.firstPage == "1201")
    }

    @Test("a short form in the volume of a nameless subsequent history names the case, in the running text and in the notes")
    func historyVolume() throws {
        let essay = try essay("""
        # Fixture Essay

        One must show two things. _Quarry Steakhouse & Grill,
        Inc. v. Antler Steaks, Inc._, 107 F.3d 455, 460 (11th Cir. 1996) (citing
        _Verona Inc. v. Pike_, 744 F.2d 1608, 1612 (11th Cir. 1983)), _modified,_
        123 F.3d 1479 (1996). More.[^1] Then.[^2] Last.[^3]

        [^1]: _See Quarry_, 123 F.3d at 1482.

        [^2]: _Lantern Co. v. Wick Corp._, 90 F.4th 12, 15 (3d Cir. 2023), _amended_, 95 F.4th 300 (3d Cir. 2024).

        [^3]: _Lantern_, 95 F.4th at 303.
        """)
        let quarry = try #require(CitationFixture.authority(essay, "1"))
        #expect(quarry.firstPage == "455")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "1482")
        let lantern = try #require(CitationFixture.authority(essay, "2"))
        #expect(CitationFixture.authority(essay, "3")?.id == lantern.id)
    }

    @Test("a paragraph ends at a blank line and at a footnote's definition")
    func paragraphEnds() {
        let text = Array("one\ntwo 12\nthree\n\nfour\n[^1]: five\n    six".utf8)
        let offset = text.firstIndex(of: UInt8(ascii: "1")) ?? 0
        let lines = RunningTextCases.paragraph(around: offset, in: text)
        #expect(lines.map { String(decoding: text[$0], as: UTF8.self) } == ["one", "two 12", "three"])
        let six = text.count - 1
        #expect(RunningTextCases.paragraph(around: six, in: text).map { String(decoding: text[$0], as: UTF8.self) } == ["[^1]: five", "six"])
    }
}
