import Testing
@testable import EssayKit

/// A case cited by a court's docket number with no date, or with its court alone (`DocketCaseForm`).
@Suite("A case by docket number alone: Orr v. Quillsoft, No. 1:21-cv-5555 (D. Or.)")
struct DocketOnlyCaseTests {
    @Test("a court's docket number makes the parties a case, with its court or nothing after it")
    func docketAlone() throws {
        let essay = try CitationFixture.essay([
            "E.g., Orr v. Quillsoft, No. 1:21-cv-5555 (D. Or.).",
            "Orr v. Quillsoft, No. 1:21-cv-5555.",
            "Vale v. Stone, No. 22-1234 (9th Cir. argued Jan. 5, 2024).",
            "See Lark v. Finch, No. 3:20-cv-763 (holding that the clause binds).",
        ])
        let orr = try #require(CitationFixture.authority(essay, "1"))
        #expect(orr.kind == .case)
        #expect(orr.title == "Orr v. Quillsoft")
        #expect(CitationFixture.authority(essay, "2")?.id == orr.id)
        let vale = try #require(CitationFixture.authority(essay, "3"))
        #expect(vale.kind == .case)
        #expect(vale.year == 2024)
        #expect(vale.courtName?.contains("argued") == false)
        #expect(CitationFixture.authority(essay, "4")?.title == "Lark v. Finch")
    }

    @Test("a filing of a case by docket, and a brief in it, are the filing and the brief")
    func filingsOfDocketCases() throws {
        let essay = try CitationFixture.essay([
            "Order at 3, Orr v. Quillsoft, No. 1:21-cv-5555 (D. Or. June 2, 2022).",
            "Brief for Petitioner at 12, Vale v. Stone, No. 22-1234 (9th Cir. Dec. 1, 2023).",
        ])
        let order = try #require(CitationFixture.authority(essay, "1"))
        #expect(order.kind == .document)
        #expect(order.title == "Order")
        #expect(CitationFixture.only(essay, "1")?.pinpoint?.text == "3")
        let brief = try #require(CitationFixture.authority(essay, "2"))
        #expect(brief.kind == .brief)
        #expect(brief.container == "Vale v. Stone")
        #expect(CitationFixture.only(essay, "2")?.pinpoint?.text == "12")
        #expect(essay.authorities.allSatisfy { $0.kind != .case })
    }
}
