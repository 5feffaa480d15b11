import Testing
@testable import EssayKit

/// A record filing cited again by its title alone: `Resp’ts’ Mem. Obj. at 13`.
@Suite("Record filings by title")
struct RecordTitleFormTests {
    @Test("a title alone names the filing cited before under it, with its entry or without")
    func titleNamesFiling() throws {
        let essay = try CitationFixture.essay([
            "Resp’ts’ Mem. Obj., (doc. no. 30-1) at 11 n.4.",
            "See Resp’ts’ Mem. Obj. at 13.",
            "Appellant’s Br. at 5.",
            "Appellant's Br. at 7 n.2.",
            "Id. at 9.",
        ])
        let memorandum = try #require(CitationFixture.authority(essay, "1"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "11 n.4")
        #expect(CitationFixture.only(essay, "2")?.authorityID == memorandum.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "13")
        let brief = try #require(CitationFixture.authority(essay, "3"))
        #expect(brief.kind == .document)
        #expect(brief.id != memorandum.id)
        #expect(CitationFixture.only(essay, "4")?.authorityID == brief.id)
        #expect(CitationFixture.only(essay, "5")?.authorityID == brief.id)
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "9")
    }

    @Test("a transcript's page and lines are the place; a title two entries share names neither")
    func transcriptAndAmbiguity() throws {
        let essay = try CitationFixture.essay([
            "See also Hr’g Tr. 87:19 – 87:22, Jun. 19, 2012.",
            "Decl. of Ivo Sand (doc. no. 5-9) ¶ 2.",
            "Decl. of Ivo Sand (doc. no. 22-1) ¶ 3.",
            "Decl. of Ivo Sand ¶ 4.",
            "H’rg Tr.  89:11  –  89:18.",
        ])
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "87:19 – 87:22")
        #expect(CitationFixture.authority(essay, "1")?.kind == .document)
        #expect(CitationFixture.only(essay, "4")?.authorityID == nil)
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "89:11 – 89:18")
    }

    @Test("a title word without a place, or in a case's name, is no filing")
    func notFilings() throws {
        let essay = try CitationFixture.essay([
            "The Reply came late.",
            "Pl.'s Br. at 5, Roe v. Doe, No. 12-cv-3 (D. Mass. 2020).",
        ])
        #expect(CitationFixture.citations(essay, "1").isEmpty)
        // Another case's filing is that case's (`CaseFilingForm`), never a title alone.
        #expect(CitationFixture.citations(essay, "2").allSatisfy {
            $0.authorityID.flatMap { essay.authority($0) }?.documentNumber?.hasPrefix(RecordTitle.titlePrefix) != true
        })
        #expect(CitationFixture.authority(essay, "2")?.container == "Roe v. Doe")
    }
}
