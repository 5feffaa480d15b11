import Testing
@testable import EssayKit

@Suite("Reporters in any letter case and spacing")
struct ReporterCiteTests {
    @Test("a reporter printed in capitals or with other spacing is the reporter reporters-db spells, so the cite is a case")
    func reporterInAnyCase() throws {
        let essay = try CitationFixture.essay([
            "Alpha Corp. v. Beta Co., 83 F.3D 1553, 1560 (Fed. Cir. 1996).",
            "Gamma v. Delta, 572 F.3D 868 (9th Cir. 2009).",
            "Epsilon v. Zeta, 12 F. 3d 40, 44 (2d Cir. 1993).",
            "Eta v. Theta, 300 F. Supp. 2d 10, 12 (D. Mass. 2004).",
            "Iota v. Kappa, 410 U. S. 113, 150 (1973).",
            "Lambda v. Mu, 20 F. SUPP. 2D 30 (S.D.N.Y. 1998).",
        ])
        let expected: [(String, String, String, String?)] = [
            ("1", "F.3d", "83", "1560"), ("2", "F.3d", "572", nil), ("3", "F.3d", "12", "44"),
            ("4", "F. Supp. 2d", "300", "12"), ("5", "U.S.", "410", "150"), ("6", "F. Supp. 2d", "20", nil),
        ]
        for (label, reporter, volume, pinpoint) in expected {
            let work = try #require(CitationFixture.authority(essay, label))
            #expect(work.kind == .case, "note \(label)")
            #expect(work.container == reporter, "note \(label)")
            #expect(work.volume == volume, "note \(label)")
            #expect(CitationFixture.only(essay, label)?.pinpoint?.text == pinpoint, "note \(label)")
        }
    }

    @Test("a case cited once in capitals and once as reporters-db spells it is one case")
    func sameCaseInTwoCases() throws {
        let essay = try CitationFixture.essay([
            "Alpha Corp. v. Beta Co., 83 F.3D 1553 (Fed. Cir. 1996).",
            "Alpha Corp. v. Beta Co., 83 F.3d 1553, 1561 (Fed. Cir. 1996).",
            "*Alpha*, 83 F.3d at 1562.",
        ])
        let first = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.authority(essay, "2")?.id == first.id)
        #expect(CitationFixture.authority(essay, "3")?.id == first.id)
    }

    @Test("a word in capitals with no period after a number is no reporter")
    func capitalsWithoutPeriod() throws {
        let essay = try CitationFixture.essay(["The committee met 5 DAY 30 times in all."])
        #expect(CitationFixture.citations(essay, "1").allSatisfy { essay.authority($0.authorityID ?? "")?.kind != .case })
    }
}

@Suite("Blank pages in slip opinions")
struct BlankPageTests {
    @Test("a blank first page and a blank range of pages keep the range as the pinpoint; a later short form with a blank range too")
    func blankRange() throws {
        let essay = try CitationFixture.essay([
            "Alpha v. Beta, 597 U. S. ___, ___–___ (2022).",
            "Gamma v. Delta, 576 U. S. 644, 671 (2015).",
            "Alpha, 597 U. S., at ___–___.",
            "576 U. S., at 675.",
            "*Gamma*, 576 U.S. at 680.",
        ])
        let alpha = try #require(CitationFixture.authority(essay, "1"))
        #expect(alpha.kind == .case)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "___–___")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "___–___")
        let gamma = try #require(CitationFixture.authority(essay, "2"))
        #expect(CitationFixture.authority(essay, "4")?.id == gamma.id)
        #expect(CitationFixture.authority(essay, "5")?.id == gamma.id)
    }
}

@Suite("Reporter cites as drafts print them")
struct ReporterSlipTests {
    @Test("a reporter cite right after a case's pinpoint with no comma is its parallel cite, no case of its own")
    func parallelWithoutComma() throws {
        let essay = try CitationFixture.essay([
            "Roe Leasing Corp. v. Doe (2004) 612 N.W.2d 300, at 305 240 Mich.App. 18 (enforcing a clause).",
        ])
        let works = CitationFixture.citations(essay, "1").compactMap { $0.authorityID }
        #expect(works.count == 1)
        #expect(CitationFixture.citations(essay, "1").first?.pinpoint?.text == "305")
    }

    @Test("a reporter's series with a stray period after it is still the reporter")
    func strayPeriodAfterSeries() throws {
        let essay = try CitationFixture.essay([
            "Roe v. Doe Motors Corp., 812 N.E.2d. 410, 415 (Ill. 2004).",
        ])
        let work = try #require(CitationFixture.authority(essay, "1"))
        #expect(work.kind == .case)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "415")
    }
}
