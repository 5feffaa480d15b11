import Testing
@testable import EssayKit

/// A filing in a case cited by docket number or report, its place before the case (`CaseFilingForm`).
@Suite("A court filing with its case: Complaint at ¶ 18, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234")
struct CaseFilingFormTests {
    @Test("the filing is the work, its place the pinpoint and no part of its identity; court and date may go")
    func filingAndPlace() throws {
        let essay = try CitationFixture.essay([
            "Complaint at ¶ 18, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234 (W.D. Wash. Mar. 2, 2022).",
            "Complaint at 24, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234 (Mar. 2, 2022).",
            "Reply at 7-9, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234.",
            "Memorandum in Support of Motion to Dismiss at 5, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234 (W.D. Wash. Apr. 1, 2022).",
            "Decl. of Ann Roe ¶ 4, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234 (W.D. Wash. Mar. 2, 2022).",
            "Complaint ¶ 3, Orr v. Quillsoft, No. 1:21-cv-5555 (D. Or. May 1, 2021).",
        ])
        let complaint = try #require(CitationFixture.authority(essay, "1"))
        #expect(complaint.kind == .document)
        #expect(complaint.title == "Complaint")
        #expect(complaint.container == "Pell v. Gantry Labs, Inc.")
        #expect(complaint.documentNumber?.contains("4:22-cv-01234") == true)
        #expect(!complaint.id.contains("18"))
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "¶ 18")
        #expect(CitationFixture.authority(essay, "2")?.id == complaint.id)
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "24")
        let reply = try #require(CitationFixture.authority(essay, "3"))
        #expect(reply.title == "Reply")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "7-9")
        let memorandum = try #require(CitationFixture.authority(essay, "4"))
        #expect(memorandum.title == "Memorandum in Support of Motion to Dismiss")
        #expect(CitationFixture.only(essay, "4")?.pinpoint?.text == "5")
        #expect(CitationFixture.authority(essay, "5")?.title == "Decl. of Ann Roe")
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "¶ 4")
        // Each filing a work of its own; another case's complaint is another complaint; no case is cited.
        let ids = Set(["1", "3", "4", "5", "6"].compactMap { CitationFixture.authority(essay, $0)?.id })
        #expect(ids.count == 5)
        #expect(essay.authorities.allSatisfy { $0.kind == .document })
    }

    @Test("the title alone, or a party's name and the title, names the filing cited before; Id. keeps its place")
    func shortForms() throws {
        let essay = try CitationFixture.essay([
            "Complaint at ¶ 18, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234 (W.D. Wash. Mar. 2, 2022).",
            "Pell Complaint ¶ 30.",
            "Complaint ¶ 31.",
            "Id. ¶ 32.",
            "Id.",
            "See id. Ex. C.",
        ])
        let complaint = try #require(CitationFixture.authority(essay, "1"))
        for label in ["2", "3", "4", "5", "6"] {
            #expect(CitationFixture.authority(essay, label)?.id == complaint.id, "note \(label)")
        }
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "¶ 30")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "¶ 31")
        #expect(CitationFixture.only(essay, "5")?.pinpoint?.text == "¶ 32")
        #expect(CitationFixture.only(essay, "6")?.pinpoint?.text == "Ex. C")
    }

    @Test("a title two cases' filings share names neither")
    func ambiguousTitle() throws {
        let essay = try CitationFixture.essay([
            "Complaint at 3, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234 (W.D. Wash. Mar. 2, 2022).",
            "Complaint at 5, Orr v. Quillsoft, No. 1:21-cv-5555 (D. Or. May 1, 2021).",
            "Complaint ¶ 9.",
            "Orr Complaint ¶ 10.",
        ])
        #expect(CitationFixture.only(essay, "3")?.authorityID == nil)
        #expect(CitationFixture.authority(essay, "4")?.id == CitationFixture.authority(essay, "2")?.id)
    }

    @Test("a party's name the comma cut, or words naming no filing, make no filing")
    func notFilings() throws {
        let essay = try CitationFixture.essay([
            "Answer Financial, Inc. v. Roe, No. 1:21-cv-5555 (D. Or. May 1, 2021).",
            "Widget Study at 5, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234 (W.D. Wash. Mar. 2, 2022).",
        ])
        #expect(CitationFixture.authority(essay, "1")?.kind == .case)
        #expect(CitationFixture.authority(essay, "1")?.title == "Answer Financial, Inc. v. Roe")
        // Words with a place before the parties are no case's name.
        #expect(CitationFixture.citations(essay, "2").allSatisfy {
            $0.authorityID.flatMap { essay.authority($0) }.map { $0.kind == .case && $0.title.hasPrefix("Widget") } != true
        })
    }

    @Test("an exhibit is a place in a filing, with a page of it")
    func exhibits() throws {
        let essay = try CitationFixture.essay([
            "Decl. of Ann Roe at ¶ 4, Pell v. Gantry Labs, Inc., No. 4:22-cv-01234 (W.D. Wash. Mar. 2, 2022).",
            "Id. Ex. B at 2.",
            "Id. Exs. 3-4.",
        ])
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "Ex. B at 2")
        #expect(CitationFixture.only(essay, "3")?.pinpoint?.text == "Exs. 3-4")
    }
}
