import Testing
@testable import EssayKit

/// A filing of the case's own record by title and docket entry: `Compl. (doc. no. 1) at 16`.
@Suite("Record filings by docket entry")
struct RecordDocumentFormTests {
    @Test("a filing with its entry in brackets is a work, its page or paragraph the pinpoint, and Id. after it means it")
    func filingThenId() throws {
        let essay = try CitationFixture.essay([
            "Compl. (doc. no. 1) at 16.",
            "Id. ¶¶ 2, 4.",
            "See Decl. of Ivo Sand (doc no. 5-9) at ¶ 6.",
            "Id. at ¶ 7.",
            "Decl. Ivo Sand (doc. no. 5-9) ¶ 8.",
        ])
        let complaint = try #require(CitationFixture.authority(essay, "1"))
        #expect(complaint.kind == .document)
        #expect(complaint.title == "Compl. (doc. no. 1)")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "16")
        #expect(CitationFixture.only(essay, "2")?.authorityID == complaint.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "¶¶ 2, 4")
        let declaration = try #require(CitationFixture.authority(essay, "3"))
        #expect(declaration.id != complaint.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "¶ 6")
        #expect(CitationFixture.only(essay, "4")?.authorityID == declaration.id)
        // The same entry under a title written otherwise is the same filing.
        #expect(CitationFixture.only(essay, "5")?.authorityID == declaration.id)
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "¶ 8")
    }

    @Test("two entries of one declarant are two filings; an attachment is not its motion")
    func entriesAreFilings() throws {
        let essay = try CitationFixture.essay([
            "Decl. of Ivo Sand (ECF No. 5-9) ¶ 2.",
            "Suppl. Decl. of Ivo Sand (ECF No. 22-1) ¶ 3.",
            "Pl.'s Mot. Summ. J. (Dkt. 3) at 7.",
            "Pl.'s Mem. Mot. Summ. J. (Dkt. 3-1) at 4 n.2.",
        ])
        let ids = ["1", "2", "3", "4"].compactMap { CitationFixture.authority(essay, $0)?.id }
        #expect(ids.count == 4)
        #expect(Set(ids).count == 4)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "7")
    }

    @Test("entries written after a comma, in square brackets or alone, and a transcript's page and lines")
    func otherDesignations() throws {
        let essay = try CitationFixture.essay([
            "Compl., ECF No. 1 ¶ 29.",
            "Am. Compl. [D.E. 33] ¶¶ 3, 5.",
            "ECF No. 7-2 at 4.",
            "Hr'g Tr. (Dkt. 40) at 4:12-19.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.kind == .document)
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "¶ 29")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "¶¶ 3, 5")
        #expect(CitationFixture.authority(essay, "3")?.kind == .document)
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "4:12-19")
    }

    @Test("a place written before the entry, and another court's docket")
    func placeBeforeEntry() throws {
        let essay = try CitationFixture.essay([
            "Appellant’s Br. at 3, Doc. 5.",
            "See Bankr. Doc. 848.",
            "BCT Admin. Expense Mot. ¶¶ 9-10, Bankr. Doc. 863.",
            "Doc. 848 at 2.",
        ])
        #expect(CitationFixture.authority(essay, "1")?.title == "Appellant’s Br. (Doc. 5)")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "3")
        let bankruptcyEntry = try #require(CitationFixture.authority(essay, "2"))
        #expect(bankruptcyEntry.kind == .document)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "¶¶ 9-10")
        #expect(CitationFixture.authority(essay, "3")?.title == "BCT Admin. Expense Mot. (Doc. 863)")
        // The district court's own entry 848 is not the bankruptcy court's.
        #expect(CitationFixture.authority(essay, "4")?.id != bankruptcyEntry.id)
    }

    @Test("another case's filing carries that case's number, so it is not this case's entry")
    func anotherDocket() throws {
        let essay = try CitationFixture.essay([
            "Pls. Mot. Prelim. Inj. (doc. no. 12) at 3.",
            "See Harbor Riders v. Orr, 1:24-cv-00061-AB-CD, Pls. Mot. for Prelim. Inj. (doc. no. 12).",
            "Defs. Obj., 1:24-cv-00061-AB-CD, (doc. no. 19) at 8.",
        ])
        let own = try #require(CitationFixture.authority(essay, "1"))
        let other = try #require(CitationFixture.authority(essay, "2"))
        #expect(own.id != other.id)
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "8")
    }

    @Test("a case named before an entry, or words naming no filing, are no record citation")
    func notFilings() throws {
        let essay = try CitationFixture.essay([
            "Roe v. Doe, No. 20-cv-5 (D. Mass. 2021) (ECF No. 5).",
            "The parties met twice (doc. no. 5).",
            "See Appellees’ Br. at 9 n.7 (citing Bankr. Doc. 1186 at 14 n.2).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.kind != .document)
        #expect(CitationFixture.citations(essay, "2").allSatisfy { $0.authorityID.flatMap { essay.authority($0) }?.kind != .document })
        // An entry inside another citation's remark is not the title's entry.
        #expect(CitationFixture.citations(essay, "3").first?.pinpoint?.text == "9 n.7")
    }
}
