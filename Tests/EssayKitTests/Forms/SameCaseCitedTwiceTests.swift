import Testing
@testable import EssayKit

/// A case cited in full twice with a slip in one citation (a party's name abbreviated otherwise, a
/// first page off by one): later short forms and *Id.* name the one cited last, with a warning.
@Suite("One case cited twice with a slip")
struct SameCaseCitedTwiceTests {
    @Test("a short form after two full citations that differ by a name's abbreviation and a first page off by one names the later")
    func shortFormNamesTheLater() throws {
        let essay = try CitationFixture.essay([
            "*Cormorant Watch of the Sound v. Evening Ledger Pub., Inc.*, 812 F.2d 301, 305 (9th Cir. 1987).",
            "*See Cormorant Watch of the Sound v. Evening Ledger Publ'g, Inc.*, 812 F.2d 302, 306 (9th Cir. 1987).",
            "*See Cormorant Watch*, 812 F.2d at 307-08.",
            "*Id.* at 309.",
        ])
        let later = try #require(CitationFixture.authority(essay, "2"))
        #expect(CitationFixture.authority(essay, "1")?.id != later.id)
        #expect(CitationFixture.authority(essay, "3")?.id == later.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "307-08")
        #expect(CitationFixture.authority(essay, "4")?.id == later.id)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "309")
        #expect(essay.diagnostics.contains { $0.severity == .warning && $0.message.contains("look like one case cited twice") })
    }

    @Test("a redundant Id. before a reporter's short form is that short form, its volume no pinpoint")
    func idBeforeReporterShortForm() throws {
        let essay = try CitationFixture.essay([
            "*Pelham Growers v. Sorrel Canning Co.*, 412 F.3d 77, 81 (2d Cir. 2005).",
            "*See Pelham Growers v. Sorrel Canning Co., Inc.*, 412 F.3d 78, 83 (2d Cir. 2005).",
            "*Id.* 412 F.3d at 84.",
            "Id. at 85.",
        ])
        let later = try #require(CitationFixture.authority(essay, "2"))
        #expect(CitationFixture.authority(essay, "3")?.id == later.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "84")
        #expect(CitationFixture.authority(essay, "4")?.id == later.id)
    }

    @Test("two cases of one volume that differ in year, court, first party or by more than two first pages stay ambiguous")
    func differentCasesStayAmbiguous() throws {
        let essay = try CitationFixture.essay([
            "*Heron Bay Ass'n v. Coastal Paper Co.*, 812 F.2d 301, 305 (9th Cir. 1987).",
            "*Heron Bay Ass'n v. Coastal Paper Mills*, 812 F.2d 340, 342 (9th Cir. 1987).",
            "*Heron Bay*, 812 F.2d at 345.",
            "*Marsh Trust v. Lee*, 640 F.3d 10, 12 (1st Cir. 2011).",
            "*Marsh Trust v. Lee*, 640 F.3d 11, 12 (2d Cir. 2011).",
            "*Marsh Trust*, 640 F.3d at 14.",
        ])
        #expect(CitationFixture.only(essay, "3")?.authorityID == nil)
        #expect(CitationFixture.only(essay, "6")?.authorityID == nil)
    }
}
