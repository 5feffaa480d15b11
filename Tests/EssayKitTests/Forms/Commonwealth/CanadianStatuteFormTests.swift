import Testing
@testable import EssayKit

/// Canadian statutes and regulations as the McGill Guide cites them: the title, the jurisdiction's
/// volume with its year and chapter, the section after a comma as the pinpoint.
@Suite("Canadian legislation, McGill style")
struct CanadianStatuteFormTests {
    @Test("the Act with its volume and chapter is the work, the section its pinpoint",
          arguments: [("Ferry Licensing Act, RSNS 1989, c 172, s 12(2)", "Ferry Licensing Act, RSNS 1989, c 172", "s 12(2)"),
                      ("Widget Control Act, RSC 1985, c X-4", "Widget Control Act, RSC 1985, c X-4", nil),
                      ("Lumber Duties Act, SC 1985 (33-34 Eliz II), c 7", "Lumber Duties Act, SC 1985, c 7", nil),
                      ("Harbour Tolls Act, RSO 1990, c H.4, ss 3-5", "Harbour Tolls Act, RSO 1990, c H.4", "ss 3-5"),
                      ("Dock Workers Act, CCSM c D90, s 2", "Dock Workers Act, CCSM c D90", "s 2"),
                      ("An Act respecting ferries, SNB 2011, c 14, s 2", "An Act respecting ferries, SNB 2011, c 14", "s 2"),
                      ("Widget Tax Act, RSC 1985, c 1 (5th Supp), s 248(1)", "Widget Tax Act, RSC 1985, c 1 (5th Supp)", "s 248(1)")] as [(String, String, String?)])
    func act(note: String, title: String, pin: String?) throws {
        let essay = try CitationFixture.essay([note + "."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .statute)
        #expect(work.title == title)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == pin)
    }

    @Test("regulations by their series: SOR, CRC, a province's number over year",
          arguments: [("Orchard Levies Regulations, SOR/94-211", "Orchard Levies Regulations, SOR/94-211"),
                      ("Orchard Inspection Regulations, CRC, c 870", "Orchard Inspection Regulations, CRC, c 870"),
                      ("Ferry Safety, O Reg 191/11, s 4", "Ferry Safety, O Reg 191/11")])
    func regulation(note: String, title: String) throws {
        let essay = try CitationFixture.essay([note + "."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .regulation)
        #expect(work.title == title)
    }

    @Test("volumes whose abbreviation shares its first letters with others, or has a lower-case second letter",
          arguments: [("Ferry Act, SNu 2003, c 5, s 2", "Ferry Act, SNu 2003, c 5", false),
                      ("Ferry Act, RSNWT 1988, c F-2", "Ferry Act, RSNWT 1988, c F-2", false),
                      ("Ferry Act, RSN 1970, c 12", "Ferry Act, RSN 1970, c 12", false),
                      ("Orchard Rules, Alta Reg 23/2011", "Orchard Rules, Alta Reg 23/2011", true),
                      ("Orchard Rules, Nu Reg 4/2005", "Orchard Rules, Nu Reg 4/2005", true)] as [(String, String, Bool)])
    func sharedOpenings(note: String, title: String, isRegulation: Bool) throws {
        let essay = try CitationFixture.essay([note + "."])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == (isRegulation ? .regulation : .statute))
        #expect(work.title == title)
    }

    @Test("the author's words before a colon are no part of the title")
    func leadIn() throws {
        let essay = try CitationFixture.essay(["See the federal rule: Orchard Levies Regulations, SOR/94-211."])
        #expect(CitationFixture.authority(essay, "1")?.title == "Orchard Levies Regulations, SOR/94-211")
    }

    @Test("supra and ibid back at the Act: the Act, at the section they give")
    func laterNotes() throws {
        let essay = try CitationFixture.essay([
            "Lumber Duties Act, RSO 1922, c 80.",
            "Ferry Licensing Act, RSNS 1989, c 172 [FLA].",
            "Lumber Duties Act, supra note 1, s 3.",
            "Ibid, s 4.",
            "Ibid, ss 8-9.",
        ])
        let act = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.shortNames == ["FLA"])
        for (label, pin) in [("3", "s 3"), ("4", "s 4"), ("5", "ss 8-9")] {
            #expect(CitationFixture.authority(essay, label)?.id == act.id, "note \(label)")
            #expect(CitationFixture.only(essay, label)?.pinpoint?.text == pin, "note \(label)")
        }
    }

    @Test("no volume of the table, or prose for a title: not this form")
    func notLegislation() throws {
        let essay = try CitationFixture.essay([
            "Ferry Licensing Act, RSXX 1989, c 172.",
            "We looked at many reports, SC 1985 shows it, c 7 too.",
        ])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { $0.authorityID.flatMap(essay.authority)?.title != "Ferry Licensing Act, RSXX 1989, c 172" })
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.authorityID.flatMap(essay.authority)?.kind != .statute })
    }
}
